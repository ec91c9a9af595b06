import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { LightNodeApiError } from '../src/client/errors.js'
import type { LightNodeClient } from '../src/client/lightnode.js'
import { parseInstance, type Raw } from '../src/client/models.js'
import { Deadline, TimeoutError } from '../src/deadline.js'
import {
  TaskFailedError,
  describeInstance,
  describeTarget,
  nextPollDelay,
  reachedTarget,
  waitForInstance,
  waitForTask,
  type TargetState,
  type WaitOptions
} from '../src/wait.js'
import {
  TestServer,
  reply,
  sequence,
  testClient,
  type Handler
} from './support/http-server.js'

const TASK = { taskId: 'cm00007dyy36', action: 'stop of ecs-wr00007bgadt' }
const INSTANCE_ID = 'ecs-wr00007bgadt'

function taskBody(info: Raw): Raw {
  return { asyncTaskInfo: info, httpStatus: 202, rowCount: 0 }
}

const RUNNING = reply(
  202,
  taskBody({ taskStatus: 'PROCESSING', processResult: 'RETRY' })
)
const FINISHED = reply(
  202,
  taskBody({ taskStatus: 'FINISHED', processResult: 'SUCCESS' })
)

function detail(fields: Raw): Handler {
  return reply(200, {
    instance: {
      ecsResourceUUID: INSTANCE_ID,
      ecsStatus: 'STARTED',
      ecsPendingStatus: 'NONE',
      publicIpAddress: '203.0.113.10',
      ...fields
    },
    httpStatus: 202,
    rowCount: 0
  })
}

const GONE = reply(404, { code: 'InvalidInstanceId.NotFound' })

function instance(fields: Raw) {
  return parseInstance({
    ecsResourceUUID: INSTANCE_ID,
    ecsStatus: 'STARTED',
    ecsPendingStatus: 'NONE',
    publicIpAddress: '203.0.113.10',
    ...fields
  })
}

let server: TestServer
let client: LightNodeClient

beforeEach(async () => {
  server = await TestServer.start()
  client = testClient(server)
})

afterEach(async () => {
  client.dispose()
  await server.close()
})

function options(deadlineMs = 5000, pollIntervalMs = 20): WaitOptions {
  return { client, deadline: new Deadline(deadlineMs), pollIntervalMs }
}

/** Awaits `promise` and returns what it rejects with. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Error) return error
    throw error
  }
  throw new Error('expected the wait to fail, but it succeeded')
}

describe('nextPollDelay', () => {
  it.each([
    [0, 5000, 1, 1000],
    [1000, 5000, 1, 1000],
    [5000, 5000, 1, 1000],
    [20_000, 5000, 1, 4000],
    [100_000, 5000, 1, 5000],
    [0, 100, 1, 100],
    [0, 5000, 2, 2000],
    [100_000, 5000, 4, 20_000]
  ])('waited %i of %i, factor %i', (waited, interval, factor, expected) => {
    expect(nextPollDelay(waited, interval, factor)).toBe(expected)
  })

  it('never shrinks as time passes', () => {
    const delays = Array.from({ length: 120 }, (_, second) =>
      nextPollDelay(second * 1000, 5000)
    )
    const shrinking = delays.filter(
      (delay, i) => i > 0 && delay < delays[i - 1]
    )

    expect(shrinking).toEqual([])
  })

  it('stays within the interval', () => {
    const delays = Array.from({ length: 120 }, (_, second) =>
      nextPollDelay(second * 1000, 5000)
    )

    expect(Math.max(...delays)).toBe(5000)
  })
})

describe('reachedTarget', () => {
  it.each<[string, Raw | undefined, TargetState, boolean]>([
    ['STARTED and idle', {}, { status: 'STARTED' }, true],
    [
      'still pending',
      { ecsPendingStatus: 'STARTING' },
      { status: 'STARTED' },
      false
    ],
    ['empty pending', { ecsPendingStatus: '' }, { status: 'STARTED' }, false],
    ['wrong status', { ecsStatus: 'STOPPED' }, { status: 'STARTED' }, false],
    ['STOPPED wanted', { ecsStatus: 'STOPPED' }, { status: 'STOPPED' }, true],
    [
      'no IP yet',
      { publicIpAddress: '' },
      { status: 'STARTED', needsPublicIp: true },
      false
    ],
    [
      'zero IP',
      { publicIpAddress: '0.0.0.0' },
      { status: 'STARTED', needsPublicIp: true },
      false
    ],
    ['with IP', {}, { status: 'STARTED', needsPublicIp: true }, true],
    ['idle, any status', { ecsStatus: 'STOPPED' }, {}, true],
    ['missing instance', undefined, { status: 'STARTED' }, false],
    ['gone when missing', undefined, { gone: true }, true],
    ['gone while present', {}, { gone: true }, false]
  ])('%s', (_label, fields, target, expected) => {
    const seen = fields === undefined ? undefined : instance(fields)

    expect(reachedTarget(seen, target)).toBe(expected)
  })
})

describe('describeInstance', () => {
  it('describes a missing instance', () => {
    expect(describeInstance(undefined)).toBe('not found')
  })

  it('describes a running instance', () => {
    expect(describeInstance(instance({}))).toBe(
      'ecsStatus STARTED, ecsPendingStatus NONE, public IP 203.0.113.10'
    )
  })

  it('marks empty fields', () => {
    const seen = instance({
      ecsStatus: '',
      ecsPendingStatus: null,
      publicIpAddress: '0.0.0.0'
    })

    expect(describeInstance(seen)).toBe(
      'ecsStatus (empty), ecsPendingStatus (empty), public IP none'
    )
  })
})

describe('describeTarget', () => {
  it.each<[TargetState, string]>([
    [{ gone: true }, 'deleted'],
    [{ status: 'STOPPED' }, 'STOPPED'],
    [{ status: 'STARTED', needsPublicIp: true }, 'STARTED with a public IP'],
    [{}, 'idle']
  ])('describes %j', (target, expected) => {
    expect(describeTarget(target)).toBe(expected)
  })
})

describe('waitForTask', () => {
  it('returns a finished task', async () => {
    server.handle(FINISHED)
    const result = await waitForTask(options(), TASK)

    expect(result?.state).toBe('success')
    expect(server.requests[0].query.get('asyncTaskUUID')).toBe(TASK.taskId)
  })

  it('polls until the task finishes', async () => {
    server.handle(
      sequence(
        RUNNING,
        reply(202, taskBody({ taskStatus: 'PROCESSING' })),
        reply(202, taskBody({ taskStatus: 'RUNNING' })),
        FINISHED
      )
    )
    const result = await waitForTask(options(), TASK)

    expect(result?.state).toBe('success')
    expect(server.count('/asynctask/getResult')).toBe(4)
  })

  it('reports the failure text', async () => {
    server.handle(
      reply(
        202,
        taskBody({
          taskStatus: 'FINISHED',
          processResult: 'FAIL',
          errorMessage: 'insufficient stock in ru-moscow-1-a'
        })
      )
    )
    const error = await rejection(waitForTask(options(), TASK))

    expect(error).toBeInstanceOf(TaskFailedError)
    expect(error.message).toContain(`Task ${TASK.taskId} (${TASK.action})`)
    expect(error.message).toContain('FINISHED/FAIL')
    expect(error.message).toContain('insufficient stock in ru-moscow-1-a')
    expect((error as TaskFailedError).taskId).toBe(TASK.taskId)
  })

  it('says when no reason is given', async () => {
    server.handle(
      reply(202, taskBody({ taskStatus: 'FINISHED', processResult: 'CANCEL' }))
    )
    const error = await rejection(waitForTask(options(), TASK))

    expect(error.message).toContain('FINISHED/CANCEL')
    expect(error.message).toContain('the API gave no reason')
  })

  it.each<[string, number, Raw]>([
    ['HTTP 404', 404, { code: 'InvalidAsyncTaskUUID.NotFound' }],
    ['an error body', 400, { code: 'InvalidAsyncTaskUUID.NotFound' }]
  ])('returns undefined on %s', async (_label, status, body) => {
    server.handle(reply(status, body))

    await expect(waitForTask(options(), TASK)).resolves.toBeUndefined()
  })

  it('passes auth errors on', async () => {
    server.handle(reply(401, { code: 'Authenticated.Error' }))
    const error = await rejection(waitForTask(options(), TASK))

    expect(error).toBeInstanceOf(LightNodeApiError)
    expect((error as LightNodeApiError).kind).toBe('auth')
  })

  it('times out with the last status', async () => {
    server.handle(RUNNING)
    const started = performance.now()
    const error = await rejection(waitForTask(options(300), TASK))

    expect(error).toBeInstanceOf(TimeoutError)
    expect(error.message).toContain(TASK.taskId)
    expect(error.message).toContain('PROCESSING/RETRY')
    expect(performance.now() - started).toBeLessThan(1500)
  })
})

describe('waitForInstance', () => {
  it('waits for STARTED with an IP', async () => {
    server.handle(
      sequence(
        detail({ ecsStatus: 'STOPPED', ecsPendingStatus: 'STARTING' }),
        detail({ ecsPendingStatus: 'STARTING' }),
        detail({ publicIpAddress: '' }),
        detail({})
      )
    )
    const seen = await waitForInstance(options(), INSTANCE_ID, {
      status: 'STARTED',
      needsPublicIp: true
    })

    expect(seen?.publicIpAddress).toBe('203.0.113.10')
    expect(server.count('/instance/detail')).toBe(4)
  })

  it('reads a bare detail', async () => {
    server.handle(
      reply(200, {
        ecsResourceUUID: INSTANCE_ID,
        ecsStatus: 'STOPPED',
        ecsPendingStatus: 'NONE'
      })
    )
    const seen = await waitForInstance(options(), INSTANCE_ID, {
      status: 'STOPPED'
    })

    expect(seen?.ecsStatus).toBe('STOPPED')
  })

  it('returns when the instance is gone', async () => {
    server.handle(sequence(detail({ ecsPendingStatus: 'RELEASING' }), GONE))
    const seen = await waitForInstance(options(), INSTANCE_ID, { gone: true })

    expect(seen).toBeUndefined()
    expect(server.count('/instance/detail')).toBe(2)
  })

  it('fails when the instance disappears', async () => {
    server.handle(sequence(detail({ ecsPendingStatus: 'STARTING' }), GONE))
    const error = await rejection(
      waitForInstance(options(), INSTANCE_ID, { status: 'STARTED' })
    )

    expect(error.message).toContain(`Instance ${INSTANCE_ID} disappeared`)
    expect(error.message).toContain('to be STARTED')
  })

  it('times out with the last state', async () => {
    server.handle(
      detail({ ecsStatus: 'STOPPED', ecsPendingStatus: 'STARTING' })
    )
    const error = await rejection(
      waitForInstance(options(300), INSTANCE_ID, { status: 'STARTED' })
    )

    expect(error).toBeInstanceOf(TimeoutError)
    expect(error.message).toContain(INSTANCE_ID)
    expect(error.message).toContain('ecsStatus STOPPED')
    expect(error.message).toContain('ecsPendingStatus STARTING')
  })
})
