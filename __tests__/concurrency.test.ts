import { describe, expect, it } from '@jest/globals'
import { mapLimit, settleLimit } from '../src/concurrency.js'

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Wraps `fn` and records the highest number of calls in flight at once. */
function tracked<T, R>(fn: (item: T, index: number) => Promise<R>) {
  const stats = { inFlight: 0, maxInFlight: 0, calls: 0 }
  const wrapped = async (item: T, index: number): Promise<R> => {
    stats.calls++
    stats.inFlight++
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight)
    try {
      return await fn(item, index)
    } finally {
      stats.inFlight--
    }
  }
  return { stats, wrapped }
}

const ITEMS = Array.from({ length: 20 }, (_, i) => i)

describe('mapLimit', () => {
  it.each([1, 3, 7])('keeps at most %i in flight', async (limit) => {
    const { stats, wrapped } = tracked(async (item: number) => {
      await delay(1 + ((item * 7) % 5))
      return item
    })
    await mapLimit(ITEMS, limit, wrapped)

    expect(stats.maxInFlight).toBe(limit)
  })

  it('keeps the input order', async () => {
    const results = await mapLimit(ITEMS, 4, async (item) => {
      await delay(ITEMS.length - item)
      return item * 10
    })

    expect(results).toEqual(ITEMS.map((item) => item * 10))
  })

  it('passes each index', async () => {
    const results = await mapLimit(
      ['a', 'b', 'c'],
      2,
      async (item, index) => `${index}:${item}`
    )

    expect(results).toEqual(['0:a', '1:b', '2:c'])
  })

  it('calls once per item', async () => {
    const { stats, wrapped } = tracked(async (item: number) => item)
    await mapLimit(ITEMS, 3, wrapped)

    expect(stats.calls).toBe(ITEMS.length)
  })

  it('runs everything under a high limit', async () => {
    const { stats, wrapped } = tracked(async (item: number) => {
      await delay(5)
      return item
    })
    await mapLimit([1, 2, 3], 10, wrapped)

    expect(stats.maxInFlight).toBe(3)
  })

  it('returns nothing for no items', async () => {
    const { stats, wrapped } = tracked(async (item: number) => item)
    const results = await mapLimit([], 3, wrapped)

    expect(results).toEqual([])
    expect(stats.calls).toBe(0)
  })

  it('rejects when a call rejects', async () => {
    const failing = mapLimit(ITEMS, 3, async (item) => {
      if (item === 5) throw new Error('item 5 failed')
      return item
    })

    await expect(failing).rejects.toThrow('item 5 failed')
  })
})

describe('settleLimit', () => {
  it('collects rejections in order', async () => {
    const results = await settleLimit([1, 2, 3, 4], 2, async (item) => {
      await delay(5 - item)
      if (item % 2 === 0) throw new Error(`item ${item} failed`)
      return item * 10
    })

    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected'
    ])
    expect(results[0]).toEqual({ status: 'fulfilled', value: 10 })
    expect(results[1]).toEqual({
      status: 'rejected',
      reason: new Error('item 2 failed')
    })
  })

  it('keeps non-Error reasons', async () => {
    const results = await settleLimit(['x'], 1, async () => {
      throw { code: 'ECONNRESET' }
    })

    expect(results[0]).toEqual({
      status: 'rejected',
      reason: { code: 'ECONNRESET' }
    })
  })

  it('runs every item after a failure', async () => {
    const { stats, wrapped } = tracked(async (item: number) => {
      if (item === 0) throw new Error('first item failed')
      await delay(1)
      return item
    })
    const results = await settleLimit(ITEMS, 3, wrapped)

    expect(stats.calls).toBe(ITEMS.length)
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(19)
  })

  it('keeps at most the limit in flight', async () => {
    const { stats, wrapped } = tracked(async (item: number) => {
      await delay(2)
      if (item % 3 === 0) throw new Error('failed')
      return item
    })
    await settleLimit(ITEMS, 4, wrapped)

    expect(stats.maxInFlight).toBe(4)
  })
})
