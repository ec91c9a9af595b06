import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { LightNodeEmulator, type Variants } from '../emulator/index.js'
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

function useVariants(variants: Partial<Variants>): void {
  emulator.configure({ variants })
}

async function createBody(): Promise<JsonBody> {
  const images = await api.get('/image/list', { regionCode: 'ru-moscow-1' })
  return {
    packageConfig: {
      packageCode: 'ru-moscow-1-a-2c4g',
      regionCode: 'ru-moscow-1',
      zoneCode: 'ru-moscow-1-a',
      instanceName: 'variant-1',
      imageResourceUUID: images.body.images[0].imageResourceUUID,
      password: 'Abcd1234@'
    }
  }
}

async function create(): Promise<{ instanceId: string; taskId: string }> {
  const response = await api.post('/instance/create', await createBody())
  const body = response.body
  return {
    instanceId: body.asyncTaskInfo?.ecsResourceUUID ?? body.ecsResourceUUID,
    taskId: body.asyncTaskInfo?.asyncTaskUUID ?? body.asyncTaskUUID
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

async function detailOf(instanceId: string): Promise<JsonBody> {
  const response = await api.get('/instance/detail', {
    ecsResourceUUID: instanceId
  })
  return response.body.instance
}

async function failedTaskInfo(): Promise<JsonBody> {
  emulator.addTaskFault({ kind: 'fail', message: 'disk error' })
  const { taskId } = await create()
  return waitForTask(taskId)
}

function stopBody(instanceId: string): JsonBody {
  return { ecsResourceUUID: instanceId }
}

describe('success variants', () => {
  it('answers 200 with httpStatus 202', async () => {
    useVariants({ successStatus: 200 })
    const response = await api.post('/instance/create', await createBody())
    expect(response.status).toBe(200)
    expect(response.body.httpStatus).toBe(202)
  })

  it('acknowledges stop with shape A', async () => {
    useVariants({ ackShape: 'A' })
    const seeded = emulator.addInstance()
    const response = await api.post(
      '/instance/stop',
      stopBody(seeded.ecsResourceUUID)
    )
    expect(response.body.asyncTaskInfo.ecsResourceUUID).toBe(
      seeded.ecsResourceUUID
    )
    expect(response.body.asyncTaskUUID).toBeUndefined()
  })

  it('acknowledges create with shape B', async () => {
    useVariants({ ackShape: 'B' })
    const response = await api.post('/instance/create', await createBody())
    expect(response.body).toEqual({
      asyncTaskUUID: expect.any(String),
      ecsResourceUUID: expect.stringMatching(/^ecs-/),
      httpStatus: 202,
      rowCount: 0
    })
  })

  it('acknowledges release with shape B', async () => {
    useVariants({ ackShape: 'B' })
    const seeded = emulator.addInstance()
    const response = await api.post(
      '/instance/release',
      stopBody(seeded.ecsResourceUUID)
    )
    expect(Object.keys(response.body).sort()).toEqual([
      'asyncTaskUUID',
      'httpStatus',
      'rowCount'
    ])
  })
})

describe('task variants', () => {
  it.each([
    ['PROCESSING/missing', { taskStatus: 'PROCESSING' }],
    ['RUNNING', { taskStatus: 'RUNNING' }]
  ] as const)('reports a running task as %s', async (runningTask, expected) => {
    useVariants({ runningTask })
    emulator.configure({ taskDurationMs: 5000 })
    const { taskId } = await create()
    expect(await taskInfo(taskId)).toEqual(expected)
  })

  it('reports failure as FAIL with errorMessage', async () => {
    expect(await failedTaskInfo()).toEqual({
      processResult: 'FAIL',
      taskStatus: 'FINISHED',
      errorMessage: 'disk error'
    })
  })

  it.each(['CANCEL', 'FAILED'] as const)(
    'reports failure as %s',
    async (failureResult) => {
      useVariants({ failureResult })
      const info = await failedTaskInfo()
      expect(info.processResult).toBe(failureResult)
    }
  )

  it.each(['failMessage', 'remark', 'message', 'errMsg'] as const)(
    'puts failure text in %s',
    async (failureTextField) => {
      useVariants({ failureTextField })
      const info = await failedTaskInfo()
      expect(info[failureTextField]).toBe('disk error')
      expect(info.errorMessage).toBeUndefined()
    }
  )

  it('leaves failure text out', async () => {
    useVariants({ failureTextField: 'none' })
    const info = await failedTaskInfo()
    expect(Object.keys(info).sort()).toEqual(['processResult', 'taskStatus'])
  })

  it('answers 404 for an unknown task', async () => {
    useVariants({ unknownTask: 'http-404' })
    const response = await api.get('/asynctask/getResult', {
      asyncTaskUUID: 'aa0000000000'
    })
    expect(response.status).toBe(404)
  })

  it('answers an unknown task with a chosen status', async () => {
    useVariants({ unknownTaskStatus: 422 })
    const response = await api.get('/asynctask/getResult', {
      asyncTaskUUID: 'aa0000000000'
    })
    expect(response.status).toBe(422)
    expect(response.body.httpStatus).toBe(422)
  })

  it('forgets a task after the expiry', async () => {
    useVariants({ taskExpiryMs: 10 })
    const { taskId } = await create()
    await waitForTask(taskId)
    await sleep(40)
    const response = await api.get('/asynctask/getResult', {
      asyncTaskUUID: taskId
    })
    expect(response.body.code).toBe('InvalidAsyncTaskUUID.NotFound')
  })
})

describe('instance variants', () => {
  it('answers a missing instance with an error body', async () => {
    useVariants({ missingInstance: 'error-body' })
    const response = await api.get('/instance/detail', {
      ecsResourceUUID: 'ecs-000000000000'
    })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('InvalidInstanceId.NotFound')
  })

  it('answers a missing instance with 200 and an error body', async () => {
    useVariants({ missingInstance: 'error-body', missingInstanceStatus: 200 })
    const response = await api.get('/instance/detail', {
      ecsResourceUUID: 'ecs-000000000000'
    })
    expect(response.status).toBe(200)
    expect(response.body.httpStatus).toBe(200)
  })

  it('returns a bare instance', async () => {
    useVariants({ detailWrapper: 'bare' })
    const seeded = emulator.addInstance()
    const response = await api.get('/instance/detail', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    expect(response.body.ecsResourceUUID).toBe(seeded.ecsResourceUUID)
    expect(response.body.instance).toBeUndefined()
  })

  it('shows the address after the IP delay', async () => {
    useVariants({ ipDelayMs: 500 })
    const { instanceId, taskId } = await create()
    await waitForTask(taskId)
    const early = await detailOf(instanceId)
    expect(early.ecsStatus).toBe('STARTED')
    expect(early.publicIpAddress).toBe('')
    await waitUntil(
      async () => (await detailOf(instanceId)).publicIpAddress !== ''
    )
    const [task] = emulator.tasks()
    expect(task.readyAt).toBe((task.completedAt ?? 0) + 500)
  })

  it('keeps the pending status after the pending delay', async () => {
    useVariants({ pendingDelayMs: 500 })
    const { instanceId, taskId } = await create()
    await waitForTask(taskId)
    const early = await detailOf(instanceId)
    expect(early.ecsStatus).toBe('STARTED')
    expect(early.ecsPendingStatus).toBe('CREATING')
    await waitUntil(
      async () => (await detailOf(instanceId)).ecsPendingStatus === 'NONE'
    )
  })

  it('shows transitional power states', async () => {
    useVariants({ powerState: 'transitional' })
    emulator.configure({ taskDurationMs: 5000 })
    const seeded = emulator.addInstance()
    await api.post('/instance/stop', stopBody(seeded.ecsResourceUUID))
    const instance = await detailOf(seeded.ecsResourceUUID)
    expect(instance.ecsStatus).toBe('STOPPING')
    expect(instance.ecsPendingStatus).toBe('STOPPING')
  })

  it('keeps the old power state by default', async () => {
    emulator.configure({ taskDurationMs: 5000 })
    const seeded = emulator.addInstance()
    await api.post('/instance/stop', stopBody(seeded.ecsResourceUUID))
    const instance = await detailOf(seeded.ecsResourceUUID)
    expect(instance.ecsStatus).toBe('STARTED')
    expect(instance.ecsPendingStatus).toBe('STOPPING')
  })

  it('keeps a failed create until release', async () => {
    emulator.addTaskFault({ operation: 'create', kind: 'fail' })
    const { instanceId, taskId } = await create()
    await waitForTask(taskId)
    const instance = await detailOf(instanceId)
    expect(instance.ecsStatus).toBe('ERROR')
    expect(instance.ecsPendingStatus).toBe('NONE')
    const release = await api.post('/instance/release', stopBody(instanceId))
    await waitForTask(release.body.asyncTaskInfo.asyncTaskUUID)
    expect(emulator.instances()).toHaveLength(0)
  })

  it('rejects start of a failed create', async () => {
    emulator.addTaskFault({ operation: 'create', kind: 'fail' })
    const { instanceId, taskId } = await create()
    await waitForTask(taskId)
    const response = await api.post('/instance/start', stopBody(instanceId))
    expect(response.body.code).toBe('InvalidInstanceStatus.Error')
  })

  it('leaves nothing after a failed create', async () => {
    useVariants({ failedCreate: 'remove' })
    emulator.addTaskFault({ operation: 'create', kind: 'fail' })
    const { taskId } = await create()
    await waitForTask(taskId)
    expect(emulator.instances()).toHaveLength(0)
  })

  it.each([
    ['null', null],
    ['absent', undefined]
  ] as const)(
    'shows optional fields as %s',
    async (optionalFields, expected) => {
      useVariants({ optionalFields })
      const seeded = emulator.addInstance()
      const instance = await detailOf(seeded.ecsResourceUUID)
      for (const field of [
        'dataDiskSize',
        'imageResourceUUID',
        'secondaryPublicIpInfoList',
        'sysAccount',
        'packageCode'
      ]) {
        expect(instance[field]).toBe(expected)
      }
      expect(instance.cpu).toBe(seeded.cpu)
    }
  )
})

describe('list variants', () => {
  const zone = { regionCode: 'ru-moscow-1', zoneCode: 'ru-moscow-1-a' }

  it('clamps a pageSize over the maximum', async () => {
    useVariants({
      paging: { defaultPageSize: 10, maxPageSize: 50, overMax: 'clamp' }
    })
    for (let i = 0; i < 60; i++) emulator.addInstance()
    const response = await api.get('/instance/list', { ...zone, pageSize: 100 })
    expect(response.body.instances).toHaveLength(50)
  })

  it('uses the configured default page size', async () => {
    emulator.configure({ variants: { paging: { defaultPageSize: 3 } } })
    for (let i = 0; i < 5; i++) emulator.addInstance()
    const response = await api.get('/instance/list', zone)
    expect(response.body.instances).toHaveLength(3)
  })

  it('leaves success out of list bodies', async () => {
    useVariants({ listSuccess: 'without' })
    const response = await api.get('/region/list')
    expect(response.body.success).toBeUndefined()
  })

  it('hides sold-out regions but keeps their instances', async () => {
    useVariants({ soldOutRegions: 'hidden' })
    const seeded = emulator.addInstance({ regionCode: 'sau-jeddah-1' })
    const regions = await api.get('/region/list')
    const codes = regions.body.regions.map(
      (region: JsonBody) => region.regionCode
    )
    expect(codes).not.toContain('sau-jeddah-1')
    const list = await api.get('/instance/list', {
      regionCode: 'sau-jeddah-1',
      zoneCode: 'sau-jeddah-1-a'
    })
    expect(list.body.rowCount).toBe(1)
    expect((await detailOf(seeded.ecsResourceUUID)).regionCode).toBe(
      'sau-jeddah-1'
    )
  })

  it('lists SSH keys under keyPairs', async () => {
    useVariants({ sshKeyListKey: 'keyPairs' })
    const response = await api.get('/sshKey/list')
    expect(response.body.keyPairs).toHaveLength(2)
    expect(response.body.sshKeys).toBeUndefined()
  })

  it('names SSH key IDs sshKeyResourceUUID', async () => {
    useVariants({ sshKeyIdField: 'sshKeyResourceUUID' })
    const response = await api.get('/sshKey/list')
    expect(response.body.sshKeys[0].sshKeyResourceUUID).toMatch(/^key-/)
    expect(response.body.sshKeys[0].sshKeyUUID).toBeUndefined()
  })
})

describe('precondition variants', () => {
  async function reinstall(instanceId: string, extra: JsonBody = {}) {
    const instance = emulator
      .instances()
      .find((item) => item.ecsResourceUUID === instanceId)
    return api.post('/instance/reinstallSystem', {
      ecsResourceUUID: instanceId,
      imageResourceUUID: instance?.imageResourceUUID,
      password: 'Pass4433@',
      ...extra
    })
  }

  it('accepts reinstall of a running instance', async () => {
    useVariants({
      requireStopped: {
        reinstall: false,
        modifyPassword: false,
        release: false
      }
    })
    const seeded = emulator.addInstance()
    const response = await reinstall(seeded.ecsResourceUUID, {
      regionCode: 'ru-moscow-1'
    })
    expect(response.status).toBe(202)
  })

  it('rejects password reset of a running instance', async () => {
    emulator.configure({
      variants: { requireStopped: { modifyPassword: true } }
    })
    const seeded = emulator.addInstance()
    const response = await api.post('/instance/modifyInstancePassword', {
      ecsResourceUUID: seeded.ecsResourceUUID,
      password: 'Pass4433@',
      regionCode: 'ru-moscow-1'
    })
    expect(response.body.code).toBe('InvalidInstanceStatus.NotStopped')
  })

  it('rejects release of a running instance', async () => {
    emulator.configure({ variants: { requireStopped: { release: true } } })
    const seeded = emulator.addInstance()
    const response = await api.post(
      '/instance/release',
      stopBody(seeded.ecsResourceUUID)
    )
    expect(response.body.code).toBe('InvalidInstanceStatus.NotStopped')
  })

  it('accepts reinstall without regionCode', async () => {
    useVariants({ regionCode: 'optional' })
    const seeded = emulator.addInstance({ ecsStatus: 'STOPPED' })
    const response = await reinstall(seeded.ecsResourceUUID)
    expect(response.status).toBe(202)
  })

  it('accepts several special characters', async () => {
    useVariants({ passwordSpecial: 'at-least-one' })
    const seeded = emulator.addInstance()
    const response = await api.post('/instance/modifyInstancePassword', {
      ecsResourceUUID: seeded.ecsResourceUUID,
      password: 'Abcd1234@!#',
      regionCode: 'ru-moscow-1'
    })
    expect(response.status).toBe(202)
  })

  it('accepts the backtick', async () => {
    useVariants({ backtick: 'accepted' })
    const seeded = emulator.addInstance()
    const response = await api.post('/instance/modifyInstancePassword', {
      ecsResourceUUID: seeded.ecsResourceUUID,
      password: 'Abcd1234`',
      regionCode: 'ru-moscow-1'
    })
    expect(response.status).toBe(202)
  })

  it('answers a second release with a second task', async () => {
    useVariants({ duplicateRelease: 'second-task' })
    const seeded = emulator.addInstance()
    const body = stopBody(seeded.ecsResourceUUID)
    const first = await api.post('/instance/release', body)
    const second = await api.post('/instance/release', body)
    await waitForTask(second.body.asyncTaskInfo.asyncTaskUUID)
    const third = await api.post('/instance/release', body)
    expect(first.status).toBe(202)
    expect(second.status).toBe(202)
    expect(third.status).toBe(202)
    expect(emulator.instances()).toHaveLength(0)
  })
})

describe('error variants', () => {
  const unknown = { ecsResourceUUID: 'ecs-000000000000' }

  it('uses numeric error codes', async () => {
    useVariants({ errorCode: 'number' })
    const response = await api.post('/instance/start', unknown)
    expect(typeof response.body.code).toBe('number')
    expect([0, 200]).not.toContain(response.body.code)
  })

  it('puts the error text in msg', async () => {
    useVariants({ errorText: 'msg' })
    const response = await api.post('/instance/start', unknown)
    expect(response.body.msg).toBe('instance ecs-000000000000 not found')
    expect(response.body.message).toBeUndefined()
  })

  it('leaves success out of error bodies', async () => {
    useVariants({ errorSuccess: 'without' })
    const response = await api.post('/instance/start', unknown)
    expect(response.body.success).toBeUndefined()
  })

  it('answers validation errors with 422', async () => {
    useVariants({ validationStatus: 422 })
    const response = await api.post('/instance/start', unknown)
    expect(response.status).toBe(422)
    expect(response.body.httpStatus).toBe(422)
  })

  it('answers a wrong token with 403', async () => {
    useVariants({ authFailure: 403 })
    const response = await api.get('/region/list', {}, { token: 'wrong' })
    expect(response.status).toBe(403)
    expect(response.body.code).toBe('Authenticated.Error')
    expect(response.body.httpStatus).toBe(403)
  })
})
