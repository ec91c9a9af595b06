/**
 * Maps items with at most `limit` calls of `fn` in flight at once. After a
 * call fails, no further call starts, and the first error is thrown.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (next < items.length && !failed) {
      const index = next++
      try {
        results[index] = await fn(items[index], index)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const workers = Array.from({ length: Math.min(limit, items.length) }, worker)
  await Promise.all(workers)
  return results
}

/** Like Promise.allSettled, but with at most `limit` calls in flight. */
export async function settleLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<PromiseSettledResult<R>[]> {
  return mapLimit(items, limit, async (item, index) => {
    try {
      return { status: 'fulfilled', value: await fn(item, index) } as const
    } catch (reason) {
      return { status: 'rejected', reason } as const
    }
  })
}
