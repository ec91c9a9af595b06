import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { LightNodeEmulator } from '../emulator/index.js'
import {
  EmulatorClient,
  sleep,
  waitUntil,
  type JsonBody
} from '../emulator/testing.js'

let emulator: LightNodeEmulator
let api: EmulatorClient

beforeEach(async () => {
  emulator = new LightNodeEmulator({ taskDurationMs: 20 })
  api = new EmulatorClient(await emulator.start())
})

afterEach(async () => {
  await emulator.stop()
})

async function createBody(): Promise<JsonBody> {
  const images = await api.get('/image/list', { regionCode: 'tr-ist-1' })
  return {
    packageConfig: {
      packageCode: 'tr-ist-1-a-1c1g',
      regionCode: 'tr-ist-1',
      zoneCode: 'tr-ist-1-a',
      instanceName: 'fault-1',
      imageResourceUUID: images.body.images[0].imageResourceUUID,
      password: 'Abcd1234@'
    }
  }
}

async function taskInfo(taskId: string): Promise<JsonBody> {
  const response = await api.get('/asynctask/getResult', {
    asyncTaskUUID: taskId
  })
  return response.body.asyncTaskInfo
}

async function waitForTask(taskId: string): Promise<JsonBody> {
  let info: JsonBody = {}
  await waitUntil(async () => {
    info = await taskInfo(taskId)
    return info.taskStatus === 'FINISHED'
  })
  return info
}

async function postCreate() {
  return api.post('/instance/create', await createBody())
}

describe('request faults', () => {
  it('answers with an injected status', async () => {
    emulator.addFault({ path: '/region/list', kind: 'status', status: 503 })
    const response = await api.get('/region/list')
    expect(response.status).toBe(503)
    expect(response.body).toEqual({
      code: 'ServiceUnavailable.Unavailable',
      httpStatus: 503,
      message: 'injected fault: HTTP 503',
      success: false
    })
  })

  it('sets Retry-After on an injected 429', async () => {
    emulator.addFault({ kind: 'status', status: 429, retryAfter: 2 })
    const response = await api.get('/region/list')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('2')
  })

  it('answers with an injected body', async () => {
    emulator.addFault({ kind: 'status', status: 500, body: { oops: true } })
    const response = await api.get('/sshKey/list')
    expect(response.body).toEqual({ oops: true })
  })

  it('lets requests through before the fault', async () => {
    emulator.addFault({
      method: 'GET',
      path: '/region/list',
      after: 2,
      kind: 'status',
      status: 502
    })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++)
      statuses.push((await api.get('/region/list')).status)
    expect(statuses).toEqual([202, 202, 502, 202])
  })

  it('repeats a fault the given times', async () => {
    emulator.addFault({
      path: '/region/list',
      times: 2,
      kind: 'status',
      status: 500
    })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++)
      statuses.push((await api.get('/region/list')).status)
    expect(statuses).toEqual([500, 500, 202])
  })

  it('repeats a fault forever', async () => {
    emulator.addFault({
      path: '/region/list',
      times: Infinity,
      kind: 'status',
      status: 500
    })
    const statuses: number[] = []
    for (let i = 0; i < 5; i++)
      statuses.push((await api.get('/region/list')).status)
    expect(statuses).toEqual([500, 500, 500, 500, 500])
  })

  it('matches only the given method', async () => {
    emulator.addFault({ method: 'POST', kind: 'status', status: 500 })
    const response = await api.get('/region/list')
    expect(response.status).toBe(202)
  })

  it('drops a request before applying it', async () => {
    emulator.addFault({ path: '/instance/create', kind: 'drop-before' })
    await expect(postCreate()).rejects.toThrow()
    expect(emulator.instances()).toHaveLength(0)
    expect(emulator.calls[emulator.calls.length - 1].status).toBe('dropped')
  })

  it('drops the response after applying', async () => {
    emulator.addFault({ path: '/instance/create', kind: 'drop-after' })
    await expect(postCreate()).rejects.toThrow()
    expect(emulator.instances()).toHaveLength(1)
    expect(emulator.tasks()).toHaveLength(1)
  })

  it('delays the response', async () => {
    emulator.addFault({ path: '/region/list', kind: 'delay', delayMs: 150 })
    const started = Date.now()
    const response = await api.get('/region/list')
    expect(response.status).toBe(202)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('applies a delayed write first', async () => {
    emulator.addFault({ path: '/instance/create', kind: 'delay', delayMs: 600 })
    let settled = false
    const pending = postCreate().finally(() => {
      settled = true
    })
    await waitUntil(() => emulator.instances().length === 1)
    expect(settled).toBe(false)
    expect((await pending).status).toBe(202)
  })

  it('answers a malformed body', async () => {
    emulator.addFault({ path: '/instance/create', kind: 'malformed' })
    const response = await postCreate()
    expect(response.status).toBe(200)
    expect(() => JSON.parse(response.text)).toThrow()
    expect(emulator.instances()).toHaveLength(0)
  })

  it('clears faults', async () => {
    emulator.addFault({ kind: 'status', status: 500, times: Infinity })
    emulator.clearFaults()
    const response = await api.get('/region/list')
    expect(response.status).toBe(202)
  })

  it('rejects an invalid fault rule', () => {
    expect(() => emulator.addFault({ kind: 'status' })).toThrow(
      'numeric status'
    )
  })
})

describe('task faults', () => {
  it('fails a task', async () => {
    emulator.addTaskFault({
      operation: 'create',
      kind: 'fail',
      message: 'no capacity'
    })
    const created = await postCreate()
    const info = await waitForTask(created.body.asyncTaskInfo.asyncTaskUUID)
    expect(info).toEqual({
      processResult: 'FAIL',
      taskStatus: 'FINISHED',
      errorMessage: 'no capacity'
    })
  })

  it('cancels a task', async () => {
    emulator.addTaskFault({ kind: 'cancel' })
    const created = await postCreate()
    const info = await waitForTask(created.body.asyncTaskInfo.asyncTaskUUID)
    expect(info.processResult).toBe('CANCEL')
  })

  it('keeps a stuck task running', async () => {
    emulator.addTaskFault({ kind: 'stuck' })
    const created = await postCreate()
    await sleep(60)
    const info = await taskInfo(created.body.asyncTaskInfo.asyncTaskUUID)
    expect(info.taskStatus).toBe('PROCESSING')
    expect(emulator.tasks()[0].finishesAt).toBeNull()
  })

  it('releases an instance with a stuck create', async () => {
    emulator.addTaskFault({ operation: 'create', kind: 'stuck' })
    const created = await postCreate()
    const instanceId = created.body.asyncTaskInfo.ecsResourceUUID
    const release = await api.post('/instance/release', {
      ecsResourceUUID: instanceId
    })
    await waitForTask(release.body.asyncTaskInfo.asyncTaskUUID)
    expect(emulator.instances()).toHaveLength(0)
  })

  it('makes the instance vanish', async () => {
    emulator.configure({ taskDurationMs: 100 })
    const seeded = emulator.addInstance()
    emulator.addTaskFault({
      instanceId: seeded.ecsResourceUUID,
      kind: 'vanish'
    })
    const stop = await api.post('/instance/stop', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    await sleep(60)
    const detail = await api.get('/instance/detail', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    expect(detail.status).toBe(404)
    const info = await waitForTask(stop.body.asyncTaskUUID)
    expect(info.processResult).toBe('FAIL')
  })

  it('restores the power state after a failed stop', async () => {
    emulator.addTaskFault({ operation: 'stop', kind: 'fail' })
    const seeded = emulator.addInstance()
    const stop = await api.post('/instance/stop', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    await waitForTask(stop.body.asyncTaskUUID)
    const [instance] = emulator.instances()
    expect(instance.ecsStatus).toBe('STARTED')
    expect(instance.ecsPendingStatus).toBe('NONE')
  })

  it('fires a task fault only the given times', async () => {
    emulator.addTaskFault({ operation: 'start', kind: 'fail', times: 1 })
    const seeded = emulator.addInstance()
    const body = { ecsResourceUUID: seeded.ecsResourceUUID }
    const first = await api.post('/instance/start', body)
    const firstInfo = await waitForTask(first.body.asyncTaskUUID)
    const second = await api.post('/instance/start', body)
    const secondInfo = await waitForTask(second.body.asyncTaskUUID)
    expect(firstInfo.processResult).toBe('FAIL')
    expect(secondInfo.processResult).toBe('SUCCESS')
  })
})

describe('throttling and latency', () => {
  it('answers 429 past the request rate', async () => {
    emulator.configure({
      variants: { throttle: { requestsPerSecond: 3, retryAfterSeconds: 5 } }
    })
    const statuses: number[] = []
    for (let i = 0; i < 5; i++)
      statuses.push((await api.get('/region/list')).status)
    expect(statuses).toEqual([202, 202, 202, 429, 429])
    const response = await api.get('/region/list')
    expect(response.headers.get('retry-after')).toBe('5')
    expect(response.body.code).toBe('Throttling.TooManyRequests')
  })

  it('answers 429 past the concurrency limit', async () => {
    emulator.configure({
      latencyMs: 500,
      variants: { throttle: { maxConcurrent: 2 } }
    })
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => api.get('/region/list'))
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses).toEqual([202, 202, 429, 429])
  })

  it('adds latency to every response', async () => {
    emulator.configure({ latencyMs: 120 })
    const started = Date.now()
    await api.get('/region/list', {}, { token: null })
    expect(Date.now() - started).toBeGreaterThanOrEqual(110)
  })

  it('drops pending responses on stop', async () => {
    emulator.configure({ latencyMs: 5000 })
    const pending = api.get('/region/list')
    await waitUntil(() => emulator.calls.length === 1)
    await emulator.stop()
    await expect(pending).rejects.toThrow()
    expect(emulator.calls[0].status).toBe('dropped')
  })
})
