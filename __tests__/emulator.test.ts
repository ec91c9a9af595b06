import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { LightNodeEmulator } from '../emulator/index.js'
import {
  EmulatorClient,
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

async function imageId(regionCode = 'ru-moscow-1', distro = 'Ubuntu 22.04') {
  const response = await api.get('/image/list', { regionCode, pageSize: 50 })
  const images = response.body.images as JsonBody[]
  const image = images.find((item) => item.osDistroVersion === distro)
  return image?.imageResourceUUID as string
}

async function createBody(overrides: JsonBody = {}): Promise<JsonBody> {
  return {
    packageConfig: {
      packageCode: 'ru-moscow-1-a-1c1g',
      regionCode: 'ru-moscow-1',
      zoneCode: 'ru-moscow-1-a',
      instanceName: 'web-1',
      imageResourceUUID: await imageId(),
      password: 'Abcd1234@',
      ...overrides
    }
  }
}

async function createInstance(overrides: JsonBody = {}) {
  const response = await api.post(
    '/instance/create',
    await createBody(overrides)
  )
  const info = response.body.asyncTaskInfo ?? {}
  return {
    response,
    instanceId: info.ecsResourceUUID as string,
    taskId: info.asyncTaskUUID as string
  }
}

async function waitForTask(taskId: string): Promise<JsonBody> {
  let info: JsonBody = {}
  await waitUntil(async () => {
    const response = await api.get('/asynctask/getResult', {
      asyncTaskUUID: taskId
    })
    info = response.body.asyncTaskInfo
    return info.taskStatus === 'FINISHED'
  })
  return info
}

async function detail(instanceId: string) {
  return api.get('/instance/detail', { ecsResourceUUID: instanceId })
}

async function createdInstance(): Promise<string> {
  const { instanceId, taskId } = await createInstance()
  await waitForTask(taskId)
  return instanceId
}

function taskIdOf(body: JsonBody): string {
  return body.asyncTaskInfo?.asyncTaskUUID ?? body.asyncTaskUUID
}

describe('authentication', () => {
  const authBody = {
    code: 'Authenticated.Error',
    httpStatus: 401,
    message:
      'The current request is not authenticated and access is not allowed'
  }

  it('rejects a missing token with 401', async () => {
    const response = await api.get('/region/list', {}, { token: null })
    expect(response.status).toBe(401)
    expect(response.body).toEqual(authBody)
  })

  it('rejects a wrong token', async () => {
    const response = await api.get('/region/list', {}, { token: 'nope' })
    expect(response.status).toBe(401)
  })

  it('rejects unknown paths without a token', async () => {
    const response = await api.get('/no/such/path', {}, { token: null })
    expect(response.status).toBe(401)
  })

  it('accepts every configured token', async () => {
    emulator.configure({ tokens: ['first', 'second'] })
    const response = await api.get('/region/list', {}, { token: 'second' })
    expect(response.status).toBe(202)
  })

  it('compares tokens case-sensitively', async () => {
    const response = await api.get('/region/list', {}, { token: 'TEST-TOKEN' })
    expect(response.status).toBe(401)
  })
})

describe('catalog endpoints', () => {
  it('lists regions with zones', async () => {
    const response = await api.get('/region/list')
    const codes = response.body.regions.map(
      (region: JsonBody) => region.regionCode
    )
    expect(response.status).toBe(202)
    expect(codes).toEqual(
      expect.arrayContaining([
        'ru-moscow-1',
        'cn-taiwan-2',
        'tr-ist-1',
        'sau-jeddah-1'
      ])
    )
    expect(response.body.regions[0]).toEqual({
      regionCode: 'ru-moscow-1',
      regionName: 'Moscow',
      zones: [{ zoneCode: 'ru-moscow-1-a', zoneName: 'Moscow Zone A' }]
    })
    expect(response.body.rowCount).toBe(codes.length)
    expect(response.body.httpStatus).toBe(202)
    expect(response.body.success).toBe(true)
  })

  it('lists packages of a zone', async () => {
    const response = await api.get('/package/list', {
      regionCode: 'tr-ist-1',
      zoneCode: 'tr-ist-1-a'
    })
    const packages = response.body.packages as JsonBody[]
    expect(packages.length).toBeGreaterThanOrEqual(4)
    expect(Object.keys(packages[0]).sort()).toEqual(
      [
        'bandwidth',
        'cpu',
        'dataDiskSize',
        'freeFlow',
        'memory',
        'packageCode',
        'publicIpChargeMode',
        'regionCode',
        'systemDiskSize',
        'zoneCode'
      ].sort()
    )
    expect(packages.every((pkg) => pkg.zoneCode === 'tr-ist-1-a')).toBe(true)
    expect(packages.some((pkg) => pkg.cpu === 2 && pkg.memory === 4)).toBe(true)
  })

  it('lists system and application images', async () => {
    const response = await api.get('/image/list', {
      regionCode: 'cn-taiwan-2',
      pageSize: 50
    })
    const images = response.body.images as JsonBody[]
    const distros = images.map((image) => image.osDistroVersion)
    expect(distros).toEqual(
      expect.arrayContaining([
        'Ubuntu 22.04',
        'Ubuntu 24.04',
        'Debian 12',
        'Debian 11',
        'AlmaLinux 9',
        'Windows Server 2022'
      ])
    )
    expect(
      images.filter((image) => image.imageType === 'Application')
    ).toHaveLength(1)
    expect(images[0].imageResourceUUID).toMatch(/^img-[a-z0-9]{12}$/)
    expect(images[0].regionCode).toBe('cn-taiwan-2')
  })

  it('filters images by type', async () => {
    const response = await api.get('/image/list', {
      regionCode: 'cn-taiwan-2',
      imageType: 'System'
    })
    expect(response.body.rowCount).toBe(6)
  })

  it('rejects an unknown image type', async () => {
    const response = await api.get('/image/list', { imageType: 'Docker' })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('InvalidParameter.ImageType')
  })

  it('lists two firewalls per region', async () => {
    const response = await api.get('/firewall/list', {
      regionCode: 'ru-moscow-1'
    })
    const firewalls = response.body.firewalls as JsonBody[]
    expect(firewalls).toHaveLength(2)
    expect(firewalls[0].firewallUUID).toMatch(/^fw-[a-z0-9]{12}$/)
    expect(
      firewalls.filter((item) => item.firewallStatus === 'AVAILABLE')
    ).toHaveLength(1)
    expect(response.body.rowCount).toBe(2)
  })

  it('lists SSH keys', async () => {
    const response = await api.get('/sshKey/list')
    expect(response.body).toEqual({
      sshKeys: [
        {
          sshKeyUUID: expect.stringMatching(/^key-[a-z0-9]{12}$/),
          sshKeyName: 'deploy-key',
          fingerprint: expect.stringMatching(/^SHA256:/),
          createTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
        },
        expect.objectContaining({ sshKeyName: 'ci-key' })
      ],
      rowCount: 2,
      httpStatus: 202,
      success: true
    })
  })

  it('keeps seed IDs across restarts', async () => {
    const first = await imageId()
    const other = new LightNodeEmulator()
    const otherApi = new EmulatorClient(await other.start())
    const response = await otherApi.get('/image/list', {
      regionCode: 'ru-moscow-1'
    })
    await other.stop()
    expect(response.body.images[0].imageResourceUUID).toBe(first)
  })
})

describe('acknowledgements and task results', () => {
  it('acknowledges create with shape A', async () => {
    const { response } = await createInstance()
    expect(response.status).toBe(202)
    expect(response.body).toEqual({
      asyncTaskInfo: {
        asyncTaskUUID: expect.stringMatching(/^[a-z0-9]{12}$/),
        ecsResourceUUID: expect.stringMatching(/^ecs-[a-z0-9]{12}$/)
      },
      httpStatus: 202,
      rowCount: 0
    })
  })

  it('acknowledges release with shape A', async () => {
    const instanceId = await createdInstance()
    const response = await api.post('/instance/release', {
      ecsResourceUUID: instanceId
    })
    expect(response.body).toEqual({
      asyncTaskInfo: {
        asyncTaskUUID: expect.stringMatching(/^[a-z0-9]{12}$/),
        ecsResourceUUID: instanceId
      },
      httpStatus: 202,
      rowCount: 0
    })
  })

  it('acknowledges stop with shape B', async () => {
    const instanceId = await createdInstance()
    const response = await api.post('/instance/stop', {
      ecsResourceUUID: instanceId,
      forceStop: true
    })
    expect(response.status).toBe(202)
    expect(response.body).toEqual({
      asyncTaskUUID: expect.stringMatching(/^[a-z0-9]{12}$/),
      httpStatus: 202,
      rowCount: 0
    })
  })

  it('acknowledges start, restart and password reset with shape B', async () => {
    const instanceId = await createdInstance()
    const requests: Array<[string, JsonBody]> = [
      ['/instance/start', {}],
      ['/instance/restart', {}],
      [
        '/instance/modifyInstancePassword',
        { password: 'Xyzw9876#', regionCode: 'ru-moscow-1' }
      ]
    ]
    for (const [path, extra] of requests) {
      const response = await api.post(path, {
        ecsResourceUUID: instanceId,
        ...extra
      })
      expect(Object.keys(response.body).sort()).toEqual([
        'asyncTaskUUID',
        'httpStatus',
        'rowCount'
      ])
      await waitForTask(response.body.asyncTaskUUID)
    }
  })

  it('reports a running task as PROCESSING with RETRY', async () => {
    emulator.configure({ taskDurationMs: 5000 })
    const { taskId } = await createInstance()
    const response = await api.get('/asynctask/getResult', {
      asyncTaskUUID: taskId
    })
    expect(response.status).toBe(202)
    expect(response.body).toEqual({
      asyncTaskInfo: { processResult: 'RETRY', taskStatus: 'PROCESSING' },
      httpStatus: 202,
      rowCount: 0
    })
  })

  it('reports a finished task as documented', async () => {
    const { taskId } = await createInstance()
    await waitForTask(taskId)
    const response = await api.get('/asynctask/getResult', {
      asyncTaskUUID: taskId
    })
    expect(response.body).toEqual({
      asyncTaskInfo: { processResult: 'SUCCESS', taskStatus: 'FINISHED' },
      httpStatus: 202,
      rowCount: 0
    })
  })

  it('rejects an unknown task ID', async () => {
    const response = await api.get('/asynctask/getResult', {
      asyncTaskUUID: 'zz0000000000'
    })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('InvalidAsyncTaskUUID.NotFound')
  })

  it('rejects a missing task ID', async () => {
    const response = await api.get('/asynctask/getResult')
    expect(response.body.code).toBe('InvalidAsyncTaskUUID.NotNull')
  })
})

describe('instance model', () => {
  it('has every model field in detail', async () => {
    const instanceId = await createdInstance()
    const response = await detail(instanceId)
    const instance = response.body.instance as JsonBody
    expect(Object.keys(instance)).toEqual([
      'ecsResourceUUID',
      'instanceName',
      'ecsStatus',
      'ecsPendingStatus',
      'publicIpAddress',
      'secondaryPublicIpInfoList',
      'internalIpAddress',
      'regionCode',
      'regionName',
      'zoneCode',
      'zoneName',
      'cpu',
      'memory',
      'bandwidth',
      'systemDiskSize',
      'dataDiskSize',
      'imageResourceUUID',
      'osName',
      'osVersionDetail',
      'freeFlow',
      'usedFlow',
      'createTime',
      'expireTime',
      'sysAccount',
      'packageCode'
    ])
    expect(response.body.httpStatus).toBe(202)
  })

  it('fills the model from package and image', async () => {
    const instanceId = await createdInstance()
    const instance = (await detail(instanceId)).body.instance as JsonBody
    expect(instance.packageCode).toBe('ru-moscow-1-a-1c1g')
    expect(instance.cpu).toBe(1)
    expect(instance.sysAccount).toBe('root')
    expect(instance.internalIpAddress).toMatch(/^10\./)
    expect(instance.createTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
  })

  it('answers 404 for an unknown instance', async () => {
    const response = await detail('ecs-000000000000')
    expect(response.status).toBe(404)
    expect(response.body.code).toBe('InvalidInstanceId.NotFound')
  })
})

describe('instance lifecycle', () => {
  it('shows a creating instance as pending without address', async () => {
    emulator.configure({ taskDurationMs: 5000 })
    const { instanceId } = await createInstance()
    const instance = (await detail(instanceId)).body.instance as JsonBody
    expect(instance.ecsPendingStatus).toBe('CREATING')
    expect(instance.ecsStatus).toBe('STOPPED')
    expect(instance.publicIpAddress).toBe('')
  })

  it('starts a created instance with a loopback address', async () => {
    const instanceId = await createdInstance()
    const instance = (await detail(instanceId)).body.instance as JsonBody
    expect(instance.ecsStatus).toBe('STARTED')
    expect(instance.ecsPendingStatus).toBe('NONE')
    expect(instance.publicIpAddress).toMatch(/^127\.\d+\.\d+\.\d+$/)
  })

  it('runs stop, start, restart, reinstall and release', async () => {
    const instanceId = await createdInstance()
    const status = async () =>
      (await detail(instanceId)).body.instance?.ecsStatus
    const run = async (path: string, extra: JsonBody = {}) => {
      const response = await api.post(path, {
        ecsResourceUUID: instanceId,
        ...extra
      })
      expect(response.status).toBe(202)
      return waitForTask(taskIdOf(response.body))
    }
    await run('/instance/stop')
    expect(await status()).toBe('STOPPED')
    await run('/instance/start')
    expect(await status()).toBe('STARTED')
    await run('/instance/restart')
    expect(await status()).toBe('STARTED')
    await run('/instance/stop', { forceStop: true })
    const debian = await imageId('ru-moscow-1', 'Debian 12')
    await run('/instance/reinstallSystem', {
      imageResourceUUID: debian,
      password: 'Newpass12@',
      sshKeyResourceUUID: null,
      regionCode: 'ru-moscow-1'
    })
    const reinstalled = (await detail(instanceId)).body.instance as JsonBody
    expect(reinstalled.ecsStatus).toBe('STARTED')
    expect(reinstalled.imageResourceUUID).toBe(debian)
    expect(reinstalled.osVersionDetail).toMatch(/^Debian 12/)
    await run('/instance/release')
    expect((await detail(instanceId)).status).toBe(404)
  })

  it('keeps the power state on password reset', async () => {
    const instanceId = await createdInstance()
    const response = await api.post('/instance/modifyInstancePassword', {
      ecsResourceUUID: instanceId,
      password: 'Pass44323@2',
      regionCode: 'ru-moscow-1'
    })
    await waitForTask(response.body.asyncTaskUUID)
    const instance = emulator.instances()[0]
    expect(instance.ecsStatus).toBe('STARTED')
    expect(instance.password).toBe('Pass44323@2')
  })

  it('stops a stopped instance successfully', async () => {
    const [seeded] = [emulator.addInstance({ ecsStatus: 'STOPPED' })]
    const response = await api.post('/instance/stop', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    const info = await waitForTask(response.body.asyncTaskUUID)
    expect(info.processResult).toBe('SUCCESS')
  })

  it('starts a started instance successfully', async () => {
    const seeded = emulator.addInstance()
    const response = await api.post('/instance/start', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    const info = await waitForTask(response.body.asyncTaskUUID)
    expect(info.processResult).toBe('SUCCESS')
  })

  it('makes a second instance on a repeated create', async () => {
    await createInstance()
    await createInstance()
    const names = emulator.instances().map((instance) => instance.instanceName)
    expect(names).toEqual(['web-1', 'web-1'])
  })

  it('rejects an operation while a task runs', async () => {
    emulator.configure({ taskDurationMs: 5000 })
    const { instanceId } = await createInstance()
    const response = await api.post('/instance/stop', {
      ecsResourceUUID: instanceId
    })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('InvalidInstanceStatus.TaskInProgress')
  })

  it('releases an instance while its create runs', async () => {
    emulator.configure({ taskDurations: { create: 5000 } })
    const { instanceId } = await createInstance()
    const response = await api.post('/instance/release', {
      ecsResourceUUID: instanceId
    })
    await waitForTask(taskIdOf(response.body))
    expect(emulator.instances()).toHaveLength(0)
  })

  it('rejects a second release by default', async () => {
    emulator.configure({ taskDurationMs: 5000 })
    const seeded = emulator.addInstance()
    await api.post('/instance/release', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    const response = await api.post('/instance/release', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    expect(response.body.code).toBe('InvalidInstanceStatus.Releasing')
  })

  it('records exact task times', async () => {
    emulator.configure({ taskDurations: { create: 40 } })
    const { taskId } = await createInstance()
    await waitForTask(taskId)
    const [task] = emulator.tasks()
    expect(task.asyncTaskUUID).toBe(taskId)
    expect(task.operation).toBe('create')
    expect(task.finishesAt).toBe(task.startedAt + 40)
    expect(task.completedAt).toBe(task.finishesAt)
    expect(task.readyAt).toBe(task.completedAt)
    expect(task.result).toBe('SUCCESS')
  })

  it('applies elapsed time without requests', async () => {
    const { instanceId, taskId } = await createInstance()
    await new Promise((resolve) => setTimeout(resolve, 40))
    const instance = emulator
      .instances()
      .find((item) => item.ecsResourceUUID === instanceId)
    const task = emulator.tasks().find((item) => item.asyncTaskUUID === taskId)
    expect(instance?.ecsStatus).toBe('STARTED')
    expect(task?.taskStatus).toBe('FINISHED')
  })
})

describe('request validation', () => {
  it('rejects a POST that is not JSON', async () => {
    const response = await api.post('/instance/stop', null, {
      contentType: 'text/plain',
      rawBody: 'ecsResourceUUID=ecs-1'
    })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('InvalidParameter.ContentType')
  })

  it('rejects malformed JSON', async () => {
    const response = await api.post('/instance/stop', null, {
      rawBody: '{"ecs'
    })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('InvalidParameter.MalformedJson')
  })

  it('rejects create without packageConfig', async () => {
    const response = await api.post('/instance/create', { packageCode: 'x' })
    expect(response.body.code).toBe('InvalidPackageConfig.NotNull')
  })

  it.each([
    ['packageCode', 'InvalidPackageCode.NotNull'],
    ['regionCode', 'InvalidRegionCode.NotNull'],
    ['zoneCode', 'InvalidZoneCode.NotNull'],
    ['instanceName', 'InvalidInstanceName.NotNull'],
    ['imageResourceUUID', 'InvalidImageResourceUUID.NotNull']
  ])('rejects create without %s', async (field, code) => {
    const body = await createBody()
    delete body.packageConfig[field]
    const response = await api.post('/instance/create', body)
    expect(response.status).toBe(400)
    expect(response.body.code).toBe(code)
  })

  it.each([
    [{ packageCode: 'ru-moscow-1-a-64c512g' }, 'InvalidPackageCode.NotFound'],
    [{ packageCode: 'tr-ist-1-a-1c1g' }, 'InvalidPackageCode.NotFound'],
    [{ regionCode: 'xx-nowhere-1' }, 'InvalidRegionCode.NotFound'],
    [{ zoneCode: 'ru-moscow-1-z' }, 'InvalidZoneCode.NotFound'],
    [
      { imageResourceUUID: 'img-000000000000' },
      'InvalidImageResourceUUID.NotFound'
    ],
    [{ sshKeyUUID: 'key-000000000000' }, 'InvalidSshKeyUUID.NotFound'],
    [{ firewallUUID: 'fw-000000000000' }, 'InvalidFirewallUUID.NotFound']
  ])('rejects create with %j', async (overrides, code) => {
    const response = await api.post(
      '/instance/create',
      await createBody(overrides)
    )
    expect(response.body.code).toBe(code)
  })

  it('rejects a firewall that is not available', async () => {
    const list = await api.get('/firewall/list', { regionCode: 'ru-moscow-1' })
    const firewalls = list.body.firewalls as JsonBody[]
    const unavailable = firewalls.find(
      (item) => item.firewallStatus !== 'AVAILABLE'
    )
    const body = await createBody({ firewallUUID: unavailable?.firewallUUID })
    const response = await api.post('/instance/create', body)
    expect(response.body.code).toBe('InvalidFirewallUUID.Unavailable')
  })

  it('accepts a known SSH key and firewall', async () => {
    const keys = await api.get('/sshKey/list')
    const firewalls = await api.get('/firewall/list', {
      regionCode: 'ru-moscow-1'
    })
    const { response } = await createInstance({
      sshKeyUUID: keys.body.sshKeys[0].sshKeyUUID,
      firewallUUID: firewalls.body.firewalls[0].firewallUUID,
      password: undefined
    })
    expect(response.status).toBe(202)
  })

  it('rejects create in a sold-out region', async () => {
    const body = await createBody({
      packageCode: 'sau-jeddah-1-a-1c1g',
      regionCode: 'sau-jeddah-1',
      zoneCode: 'sau-jeddah-1-a',
      imageResourceUUID: await imageId('sau-jeddah-1')
    })
    const response = await api.post('/instance/create', body)
    expect(response.body.code).toBe('InvalidRegionCode.SoldOut')
  })

  it.each([['a'.repeat(65)], ['-leading'], ['under_score'], ['dot.name']])(
    'rejects instance name %s',
    async (instanceName) => {
      const response = await api.post(
        '/instance/create',
        await createBody({ instanceName })
      )
      expect(response.body.code).toBe('InvalidInstanceName.Malformed')
    }
  )

  it('accepts a 64-character name', async () => {
    const { response } = await createInstance({ instanceName: 'a'.repeat(64) })
    expect(response.status).toBe(202)
  })

  it.each([
    ['Ab1@'],
    ['Abcd1234@'.repeat(4)],
    ['abcd1234@'],
    ['ABCD1234@'],
    ['Abcdefgh@'],
    ['Abcd12345'],
    ['Abcd1234@!'],
    ['Abcd1234`'],
    ['Abcd1234@%']
  ])('rejects password %s', async (password) => {
    const response = await api.post(
      '/instance/create',
      await createBody({ password })
    )
    expect(response.body.code).toBe('InvalidPassword.Malformed')
  })

  it('rejects unknown instances on write calls', async () => {
    const response = await api.post('/instance/start', {
      ecsResourceUUID: 'ecs-000000000000'
    })
    expect(response.status).toBe(400)
    expect(response.body).toEqual({
      code: 'InvalidInstanceId.NotFound',
      httpStatus: 400,
      message: 'instance ecs-000000000000 not found',
      success: false
    })
  })

  it('rejects a write call without instance ID', async () => {
    const response = await api.post('/instance/restart', {})
    expect(response.body.code).toBe('InvalidInstanceId.NotNull')
  })

  it('rejects a non-boolean forceStop', async () => {
    const seeded = emulator.addInstance()
    const response = await api.post('/instance/stop', {
      ecsResourceUUID: seeded.ecsResourceUUID,
      forceStop: 'yes'
    })
    expect(response.body.code).toBe('InvalidParameter.ForceStop')
  })

  it('answers 404 on an unknown path', async () => {
    const response = await api.get('/instance/reboot')
    expect(response.status).toBe(404)
    expect(response.body.code).toBe('InvalidRequest.NotFound')
  })

  it('answers 405 on a wrong method', async () => {
    const response = await api.get('/instance/create')
    expect(response.status).toBe(405)
  })

  it('rejects reinstall of a running instance', async () => {
    const seeded = emulator.addInstance()
    const response = await api.post('/instance/reinstallSystem', {
      ecsResourceUUID: seeded.ecsResourceUUID,
      imageResourceUUID: seeded.imageResourceUUID,
      password: 'Pass4433@',
      regionCode: 'ru-moscow-1'
    })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('InvalidInstanceStatus.NotStopped')
  })

  it('rejects reinstall without regionCode', async () => {
    const seeded = emulator.addInstance({ ecsStatus: 'STOPPED' })
    const response = await api.post('/instance/reinstallSystem', {
      ecsResourceUUID: seeded.ecsResourceUUID,
      imageResourceUUID: seeded.imageResourceUUID,
      password: 'Pass4433@'
    })
    expect(response.body.code).toBe('InvalidRegionCode.NotNull')
  })

  it('rejects password reset without regionCode', async () => {
    const seeded = emulator.addInstance()
    const response = await api.post('/instance/modifyInstancePassword', {
      ecsResourceUUID: seeded.ecsResourceUUID,
      password: 'Pass4433@'
    })
    expect(response.body.code).toBe('InvalidRegionCode.NotNull')
  })

  it('rejects a regionCode of another region', async () => {
    const seeded = emulator.addInstance()
    const response = await api.post('/instance/modifyInstancePassword', {
      ecsResourceUUID: seeded.ecsResourceUUID,
      password: 'Pass4433@',
      regionCode: 'tr-ist-1'
    })
    expect(response.body.code).toBe('InvalidRegionCode.Mismatch')
  })

  it('rejects reinstall without password or key', async () => {
    const seeded = emulator.addInstance({ ecsStatus: 'STOPPED' })
    const response = await api.post('/instance/reinstallSystem', {
      ecsResourceUUID: seeded.ecsResourceUUID,
      imageResourceUUID: seeded.imageResourceUUID,
      regionCode: 'ru-moscow-1'
    })
    expect(response.body.code).toBe('InvalidPassword.NotNull')
  })

  it('rejects the instance list without zoneCode', async () => {
    const response = await api.get('/instance/list', {
      regionCode: 'ru-moscow-1'
    })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('InvalidZoneCode.NotNull')
  })

  it('rejects the instance list without regionCode', async () => {
    const response = await api.get('/instance/list', {
      zoneCode: 'ru-moscow-1-a'
    })
    expect(response.body.code).toBe('InvalidRegionCode.NotNull')
  })
})

describe('list paging', () => {
  const zone = { regionCode: 'tr-ist-1', zoneCode: 'tr-ist-1-a' }

  beforeEach(() => {
    for (let i = 0; i < 57; i++) {
      emulator.addInstance({ ...zone, instanceName: `node-${i}` })
    }
  })

  it('returns 10 instances by default', async () => {
    const response = await api.get('/instance/list', zone)
    expect(response.body.instances).toHaveLength(10)
    expect(response.body.rowCount).toBe(57)
    expect(response.body.success).toBe(true)
  })

  it('returns up to 50 per page', async () => {
    const response = await api.get('/instance/list', {
      ...zone,
      pageSize: 50,
      page: 2
    })
    expect(response.body.instances).toHaveLength(7)
    expect(response.body.instances[0].instanceName).toBe('node-50')
  })

  it('rejects a pageSize over 50', async () => {
    const response = await api.get('/instance/list', { ...zone, pageSize: 51 })
    expect(response.status).toBe(400)
    expect(response.body.code).toBe('InvalidParameter.PageSize')
  })

  it('returns an empty page past the end', async () => {
    const response = await api.get('/instance/list', {
      ...zone,
      pageSize: 50,
      page: 3
    })
    expect(response.body.instances).toEqual([])
    expect(response.body.rowCount).toBe(57)
  })

  it('rejects page 0', async () => {
    const response = await api.get('/instance/list', { ...zone, page: 0 })
    expect(response.body.code).toBe('InvalidParameter.Page')
  })

  it('pages images', async () => {
    const response = await api.get('/image/list', {
      regionCode: 'ru-moscow-1',
      pageSize: 3,
      page: 3
    })
    expect(response.body.images).toHaveLength(1)
    expect(response.body.rowCount).toBe(7)
  })

  it('pages firewalls', async () => {
    const response = await api.get('/firewall/list', { pageSize: 3, page: 1 })
    expect(response.body.firewalls).toHaveLength(3)
  })
})
