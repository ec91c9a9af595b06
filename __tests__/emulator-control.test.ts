import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  LightNodeEmulator,
  defaultOptions,
  parseArgs,
  parseDuration
} from '../emulator/index.js'
import {
  EmulatorClient,
  waitUntil,
  type JsonBody
} from '../emulator/testing.js'

let emulator: LightNodeEmulator
let api: EmulatorClient
let baseUrl: string

beforeEach(async () => {
  emulator = new LightNodeEmulator({ taskDurationMs: 20 })
  baseUrl = await emulator.start()
  api = new EmulatorClient(baseUrl)
})

afterEach(async () => {
  await emulator.stop()
})

async function control(method: string, name: string, body?: unknown) {
  const response = await fetch(`${baseUrl}/__emulator/${name}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: response.status, body: (await response.json()) as JsonBody }
}

describe('control API', () => {
  it('returns state with instances and tasks', async () => {
    const seeded = emulator.addInstance()
    await api.post('/instance/stop', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    await waitUntil(() => emulator.tasks()[0]?.taskStatus === 'FINISHED')
    const response = await control('GET', 'state')
    expect(response.status).toBe(200)
    expect(response.body.instances[0].ecsStatus).toBe('STOPPED')
    expect(response.body.tasks[0].operation).toBe('stop')
  })

  it('returns recorded calls without control calls', async () => {
    await api.post('/instance/start', { ecsResourceUUID: 'ecs-000000000000' })
    await control('GET', 'state')
    const response = await control('GET', 'calls')
    expect(response.body.calls).toHaveLength(1)
    expect(response.body.calls[0]).toEqual({
      method: 'POST',
      path: '/instance/start',
      query: {},
      body: { ecsResourceUUID: 'ecs-000000000000' },
      headers: expect.objectContaining({ 'x-open-token': 'test-token' }),
      status: 400,
      at: expect.any(Number)
    })
  })

  it('records query parameters', async () => {
    await api.get('/instance/list', {
      regionCode: 'ru-moscow-1',
      zoneCode: 'ru-moscow-1-a'
    })
    expect(emulator.apiCalls()[0].query).toEqual({
      regionCode: 'ru-moscow-1',
      zoneCode: 'ru-moscow-1-a'
    })
  })

  it('changes variants through config', async () => {
    const response = await control('POST', 'config', {
      variants: { successStatus: 200 }
    })
    expect(response.status).toBe(200)
    expect((await api.get('/region/list')).status).toBe(200)
  })

  it('rejects an invalid config', async () => {
    const response = await control('POST', 'config', {
      variants: { ackShape: 'C' }
    })
    expect(response.status).toBe(400)
    expect(response.body.error).toContain('ackShape')
  })

  it('adds a fault with times null as forever', async () => {
    await control('POST', 'faults', {
      path: '/region/list',
      kind: 'status',
      status: 503,
      times: null
    })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++)
      statuses.push((await api.get('/region/list')).status)
    expect(statuses).toEqual([503, 503, 503])
  })

  it('adds a task fault', async () => {
    const seeded = emulator.addInstance()
    await control('POST', 'task-faults', {
      operation: 'restart',
      kind: 'cancel'
    })
    const restart = await api.post('/instance/restart', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    await waitUntil(() => emulator.tasks()[0]?.taskStatus === 'FINISHED')
    const result = await api.get('/asynctask/getResult', {
      asyncTaskUUID: restart.body.asyncTaskUUID
    })
    expect(result.body.asyncTaskInfo.processResult).toBe('CANCEL')
  })

  it('deletes faults', async () => {
    await control('POST', 'faults', {
      kind: 'status',
      status: 500,
      times: null
    })
    await control('DELETE', 'faults')
    expect((await api.get('/region/list')).status).toBe(202)
  })

  it('resets to the seed state', async () => {
    emulator.addInstance()
    await api.get('/region/list')
    const response = await control('POST', 'reset')
    expect(response.status).toBe(200)
    expect(emulator.instances()).toHaveLength(0)
    expect(emulator.calls).toHaveLength(0)
  })

  it('seeds an instance', async () => {
    const response = await control('POST', 'instances', {
      regionCode: 'cn-taiwan-2',
      instanceName: 'seeded-1',
      ecsStatus: 'STOPPED'
    })
    const instance = response.body.instance
    expect(instance.ecsResourceUUID).toMatch(/^ecs-[a-z0-9]{12}$/)
    expect(instance.zoneCode).toBe('cn-taiwan-2-a')
    expect(instance.ecsStatus).toBe('STOPPED')
    expect(instance.publicIpAddress).toMatch(/^127\./)
  })

  it('rejects a seed in an unknown zone', async () => {
    const response = await control('POST', 'instances', { regionCode: 'xx-1' })
    expect(response.status).toBe(400)
  })

  it('answers 404 on an unknown control path', async () => {
    const response = await control('GET', 'nothing')
    expect(response.status).toBe(404)
  })
})

describe('emulator class', () => {
  it('rejects a host that is not loopback', async () => {
    const other = new LightNodeEmulator()
    await expect(other.start(0, '0.0.0.0')).rejects.toThrow(
      'not a loopback address'
    )
  })

  it('rejects a public IP that is not loopback', () => {
    expect(() => new LightNodeEmulator({ publicIp: '10.0.0.1' })).toThrow(
      'loopback'
    )
  })

  it('reports the public IP option', async () => {
    emulator.configure({ publicIp: '127.0.0.1' })
    const seeded = emulator.addInstance()
    const response = await api.get('/instance/detail', {
      ecsResourceUUID: seeded.ecsResourceUUID
    })
    expect(response.body.instance.publicIpAddress).toBe('127.0.0.1')
  })

  it('rejects an unknown variant', () => {
    expect(() =>
      emulator.configure({ variants: { nope: 1 } as never })
    ).toThrow('unknown variant')
  })

  it('rejects an unknown option', () => {
    expect(() => emulator.configure({ latency: 5 } as never)).toThrow(
      'unknown option'
    )
  })

  it('rejects a page size of 0', () => {
    const patch = { variants: { paging: { defaultPageSize: 0 } } }
    expect(() => emulator.configure(patch)).toThrow('paging.defaultPageSize')
  })

  it('exposes its url', () => {
    expect(emulator.url).toBe(baseUrl)
  })

  it('throws on url before start', () => {
    expect(() => new LightNodeEmulator().url).toThrow('not started')
  })

  it('listens on the given port after a restart', async () => {
    const port = Number(new URL(baseUrl).port)
    await emulator.stop()
    const url = await emulator.start(port)
    expect(url).toBe(baseUrl)
  })

  it('generates a fleet quickly', async () => {
    const started = Date.now()
    const fleet = new LightNodeEmulator({
      fleet: { zones: 30, instancesPerZone: 150 }
    })
    const elapsed = Date.now() - started
    const fleetApi = new EmulatorClient(await fleet.start())
    const regions = await fleetApi.get('/region/list')
    const list = await fleetApi.get('/instance/list', {
      regionCode: 'fleet-30',
      zoneCode: 'fleet-30-a',
      pageSize: 50
    })
    await fleet.stop()
    expect(elapsed).toBeLessThan(2000)
    expect(regions.body.rowCount).toBe(35)
    expect(list.body.rowCount).toBe(150)
    expect(
      new Set(fleet.instances().map((item) => item.publicIpAddress)).size
    ).toBe(4500)
  })

  it('keeps the documented defaults', () => {
    expect(defaultOptions.tokens).toEqual(['test-token'])
    expect(defaultOptions.taskDurationMs).toBe(3000)
    expect(defaultOptions.variants.paging.defaultPageSize).toBe(10)
  })
})

describe('command-line parsing', () => {
  it('uses defaults without arguments', () => {
    expect(parseArgs([])).toEqual({
      help: false,
      port: 8080,
      host: '127.0.0.1',
      configPath: null,
      options: {}
    })
  })

  it('parses every flag', () => {
    const settings = parseArgs([
      '--port',
      '9090',
      '--host=::1',
      '--token',
      'a',
      '--token',
      'b',
      '--task-duration',
      '3s',
      '--task-duration',
      'create=2m',
      '--latency',
      '250ms',
      '--public-ip',
      '127.0.0.1',
      '--variant',
      'ackShape=B',
      '--variant',
      'throttle.requestsPerSecond=5',
      '--variant',
      'successStatus=200',
      '--variant',
      'requireStopped.release=true',
      '--variant',
      'taskExpiryMs=null',
      '--fleet',
      '30x150',
      '--config',
      'emulator.json'
    ])
    expect(settings).toEqual({
      help: false,
      port: 9090,
      host: '::1',
      configPath: 'emulator.json',
      options: {
        tokens: ['a', 'b'],
        taskDurationMs: 3000,
        taskDurations: { create: 120000 },
        latencyMs: 250,
        publicIp: '127.0.0.1',
        fleet: { zones: 30, instancesPerZone: 150 },
        variants: {
          ackShape: 'B',
          throttle: { requestsPerSecond: 5 },
          successStatus: 200,
          requireStopped: { release: true },
          taskExpiryMs: null
        }
      }
    })
  })

  it('parses help', () => {
    expect(parseArgs(['--help']).help).toBe(true)
  })

  it.each([
    ['500ms', 500],
    ['3s', 3000],
    ['2m', 120000],
    ['1500', 1500],
    ['1.5s', 1500]
  ])('parses duration %s', (text, expected) => {
    expect(parseDuration(text)).toBe(expected)
  })

  it.each([['3h'], ['fast'], ['-1s'], ['']])('rejects duration %j', (text) => {
    expect(() => parseDuration(text)).toThrow('invalid duration')
  })

  it.each([
    [['--variant', 'ackShape=C'], 'invalid value for ackShape'],
    [['--variant', 'nope=1'], 'unknown variant'],
    [['--variant', 'ackShape'], 'KEY=VALUE'],
    [['--port', 'http'], 'invalid port'],
    [['--fleet', '30'], 'invalid fleet'],
    [['--token'], 'needs a value'],
    [['--task-duration', 'boot=1s'], 'unknown operation'],
    [['--colour'], 'unknown argument']
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message)
  })

  it('parses a duration variant', () => {
    const settings = parseArgs(['--variant', 'ipDelayMs=2s'])
    expect(settings.options.variants?.ipDelayMs).toBe(2000)
  })
})
