import { createServer, type Server } from 'node:net'
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { runPostStep } from '../scripts/local-runner.js'
import {
  CREATE_INPUTS,
  errors,
  leakedSecrets,
  startEmulator,
  warnings,
  type TestEmulator
} from './helpers/e2e.js'

let env: TestEmulator

beforeAll(async () => {
  env = await startEmulator()
})

afterAll(async () => {
  await env.emulator.stop()
})

beforeEach(() => {
  env.emulator.reset()
})

function named(name: string) {
  return env.emulator.instances().filter((item) => item.instanceName === name)
}

function writes() {
  return env.emulator.calls.filter((call) => call.method === 'POST')
}

describe('instances found by name', () => {
  it('stops a server by name', async () => {
    const seeded = env.emulator.addInstance({ instanceName: 'by-name-1' })
    const result = await env.step({
      operation: 'stop',
      'instance-name': 'by-name-1'
    })
    expect(errors(result)).toBe('')
    expect(result.outputs['instance-id']).toBe(seeded.ecsResourceUUID)
    expect(named('by-name-1')[0].ecsStatus).toBe('STOPPED')
  })

  it('fails when no server has the name', async () => {
    const result = await env.step({
      operation: 'get',
      'instance-name': 'nobody'
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain("No instance is named 'nobody'")
  })

  it('lists the ids of duplicate names', async () => {
    const first = env.emulator.addInstance({ instanceName: 'twin' })
    const second = env.emulator.addInstance({
      instanceName: 'twin',
      regionCode: 'cn-taiwan-2',
      zoneCode: 'cn-taiwan-2-a'
    })
    const result = await env.step({ operation: 'get', 'instance-name': 'twin' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain(first.ecsResourceUUID)
    expect(errors(result)).toContain(second.ecsResourceUUID)
  })

  it('narrows the search to a region', async () => {
    env.emulator.addInstance({ instanceName: 'twin' })
    const taiwan = env.emulator.addInstance({
      instanceName: 'twin',
      regionCode: 'cn-taiwan-2',
      zoneCode: 'cn-taiwan-2-a'
    })
    const result = await env.step({
      operation: 'get',
      'instance-name': 'twin',
      region: 'cn-taiwan-2'
    })
    expect(errors(result)).toBe('')
    expect(result.outputs['instance-id']).toBe(taiwan.ecsResourceUUID)
  })
})

describe('idempotent create', () => {
  it('reuses a server with the name', async () => {
    const seeded = env.emulator.addInstance({
      instanceName: 'pr-7-app',
      ecsStatus: 'STOPPED'
    })
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': 'pr-7-app'
    })
    expect(errors(result)).toBe('')
    expect(result.outputs.created).toBe('false')
    expect(result.outputs.password).toBeUndefined()
    expect(result.outputs['instance-id']).toBe(seeded.ecsResourceUUID)
    expect(result.outputs.status).toBe('STARTED')
    expect(named('pr-7-app')).toHaveLength(1)
    expect(result.stdout).toContain('::notice')
  })

  it('fails with if-exists fail', async () => {
    env.emulator.addInstance({ instanceName: 'pr-8-app' })
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': 'pr-8-app',
      'if-exists': 'fail'
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain('already exists')
    expect(writes()).toHaveLength(0)
  })

  it('replaces with if-exists replace', async () => {
    const old = env.emulator.addInstance({ instanceName: 'pr-9-app' })
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': 'pr-9-app',
      'if-exists': 'replace'
    })
    expect(errors(result)).toBe('')
    expect(result.outputs.created).toBe('true')
    const left = named('pr-9-app')
    expect(left).toHaveLength(1)
    expect(left[0].ecsResourceUUID).not.toBe(old.ecsResourceUUID)
  })

  it('makes one server from two concurrent creates', async () => {
    const inputs = { ...CREATE_INPUTS, 'instance-name': 'pr-race' }
    const [a, b] = await Promise.all([env.step(inputs), env.step(inputs)])
    expect(a.exitCode).toBe(0)
    expect(b.exitCode).toBe(0)
    expect(named('pr-race')).toHaveLength(1)
    expect(a.outputs['instance-id']).toBe(b.outputs['instance-id'])
  })

  it('fails the loser of a race with if-exists fail', async () => {
    const inputs = {
      ...CREATE_INPUTS,
      'instance-name': 'pr-race-f',
      'if-exists': 'fail'
    }
    const results = await Promise.all([env.step(inputs), env.step(inputs)])
    const codes = results.map((result) => result.exitCode).sort()
    expect(named('pr-race-f')).toHaveLength(1)
    expect(codes[0]).toBe(0)
    if (codes[1] !== 0) {
      const loser = results.find((result) => result.exitCode !== 0)
      expect(errors(loser!)).toMatch(/at the same time|already exists/)
    }
  })
})

describe('if-missing', () => {
  it('lets delete of a missing server pass', async () => {
    const result = await env.step({
      operation: 'delete',
      'instance-name': 'gone-already'
    })
    expect(result.exitCode).toBe(0)
    expect(warnings(result)).toContain('nothing to delete')
  })

  it('fails stop of a missing server', async () => {
    const result = await env.step({
      operation: 'stop',
      'instance-id': 'ecs-missing00000'
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain('ecs-missing00000 was not found')
  })

  it('ignores a missing server on request', async () => {
    const result = await env.step({
      operation: 'start',
      'instance-id': 'ecs-missing00000',
      'if-missing': 'ignore'
    })
    expect(result.exitCode).toBe(0)
  })

  it('fails delete with if-missing fail', async () => {
    const result = await env.step({
      operation: 'delete',
      'instance-id': 'ecs-missing00000',
      'if-missing': 'fail'
    })
    expect(result.exitCode).toBe(1)
  })
})

describe('power state shortcuts', () => {
  it('stops a stopped server without a task', async () => {
    const seeded = env.emulator.addInstance({
      instanceName: 'idle',
      ecsStatus: 'STOPPED'
    })
    const result = await env.step({
      operation: 'stop',
      'instance-id': seeded.ecsResourceUUID
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('STOPPED')
    expect(writes()).toHaveLength(0)
  })

  it('starts a started server without a task', async () => {
    const seeded = env.emulator.addInstance({ instanceName: 'busy' })
    const result = await env.step({
      operation: 'start',
      'instance-id': seeded.ecsResourceUUID
    })
    expect(result.exitCode).toBe(0)
    expect(writes()).toHaveLength(0)
  })
})

describe('post step cleanup', () => {
  it('deletes with cleanup always', async () => {
    const inputs = {
      ...CREATE_INPUTS,
      'instance-name': 'clean-1',
      cleanup: 'always'
    }
    const main = await env.step(inputs)
    expect(main.exitCode).toBe(0)
    expect(named('clean-1')).toHaveLength(1)
    const post = await runPostStep({ ...env.common, ...inputs }, main)
    expect(errors(post)).toBe('')
    expect(post.exitCode).toBe(0)
    expect(named('clean-1')).toHaveLength(0)
  })

  it('keeps the server when the job passed', async () => {
    const inputs = {
      ...CREATE_INPUTS,
      'instance-name': 'clean-2',
      cleanup: 'on-failure',
      'job-status': 'success'
    }
    const main = await env.step(inputs)
    const post = await runPostStep({ ...env.common, ...inputs }, main)
    expect(post.exitCode).toBe(0)
    expect(named('clean-2')).toHaveLength(1)
  })

  it('deletes on failure of the job', async () => {
    const inputs = {
      ...CREATE_INPUTS,
      'instance-name': 'clean-3',
      cleanup: 'on-failure',
      'job-status': 'success'
    }
    const main = await env.step(inputs)
    const post = await runPostStep(
      { ...env.common, ...inputs, 'job-status': 'failure' },
      main
    )
    expect(post.exitCode).toBe(0)
    expect(named('clean-3')).toHaveLength(0)
  })

  it('never deletes a reused server', async () => {
    env.emulator.addInstance({ instanceName: 'clean-4' })
    const inputs = {
      ...CREATE_INPUTS,
      'instance-name': 'clean-4',
      cleanup: 'always'
    }
    const main = await env.step(inputs)
    expect(main.outputs.created).toBe('false')
    const post = await runPostStep({ ...env.common, ...inputs }, main)
    expect(post.exitCode).toBe(0)
    expect(named('clean-4')).toHaveLength(1)
  })

  it('does nothing with cleanup never', async () => {
    const inputs = { ...CREATE_INPUTS, 'instance-name': 'clean-5' }
    const main = await env.step(inputs)
    const post = await runPostStep(
      { ...env.common, ...inputs, 'job-status': 'failure' },
      main
    )
    expect(post.exitCode).toBe(0)
    expect(named('clean-5')).toHaveLength(1)
  })
})

describe('several servers', () => {
  it('creates count servers with suffixes', async () => {
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': 'fleet',
      count: '3'
    })
    expect(errors(result)).toBe('')
    const listed = JSON.parse(result.outputs.instances) as {
      instanceName: string
    }[]
    expect(listed.map((item) => item.instanceName).sort()).toEqual([
      'fleet-1',
      'fleet-2',
      'fleet-3'
    ])
    expect(result.outputs['instance-name']).toMatch(/^fleet-\d$/)
    expect(named('fleet-2')).toHaveLength(1)
  })

  it('deletes what it made when one fails', async () => {
    env.emulator.addTaskFault({
      operation: 'create',
      kind: 'fail',
      message: 'out of stock'
    })
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': 'part',
      count: '3'
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain('out of stock')
    const left = env.emulator
      .instances()
      .filter((item) => item.instanceName.startsWith('part-'))
    expect(left).toEqual([])
  })

  it('stops every server with a prefix', async () => {
    for (const name of ['night-1', 'night-2', 'day-1']) {
      env.emulator.addInstance({ instanceName: name })
    }
    const result = await env.step({
      operation: 'stop',
      'name-prefix': 'night-'
    })
    expect(errors(result)).toBe('')
    expect(named('night-1')[0].ecsStatus).toBe('STOPPED')
    expect(named('night-2')[0].ecsStatus).toBe('STOPPED')
    expect(named('day-1')[0].ecsStatus).toBe('STARTED')
  })
})

describe('dry run', () => {
  it.each([
    ['create', { ...CREATE_INPUTS, 'instance-name': 'dry-1' }],
    ['stop', { operation: 'stop', 'instance-name': 'dry-seed' }],
    ['delete', { operation: 'delete', 'instance-name': 'dry-seed' }],
    [
      'reinstall',
      {
        operation: 'reinstall',
        'instance-name': 'dry-seed',
        image: 'Debian 12'
      }
    ],
    ['restart', { operation: 'restart', 'instance-name': 'dry-seed' }],
    [
      'reset-password',
      { operation: 'reset-password', 'instance-name': 'dry-seed' }
    ]
  ])('%s sends no write call', async (_, inputs) => {
    env.emulator.addInstance({ instanceName: 'dry-seed' })
    const result = await env.step({ ...inputs, 'dry-run': 'true' })
    expect(errors(result)).toBe('')
    expect(result.stdout).toContain('Dry run')
    expect(writes()).toHaveLength(0)
  })
})

describe('readiness', () => {
  let server: Server
  let port = 0

  beforeAll(async () => {
    server = createServer((socket) => socket.end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as { port: number }).port
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('waits for an open port', async () => {
    env.emulator.configure({ publicIp: '127.0.0.1' })
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': 'ready-1',
      'wait-for-port': String(port)
    })
    env.emulator.configure({ publicIp: null })
    expect(errors(result)).toBe('')
    expect(result.stdout).toContain(
      `Port ${port} on 127.0.0.1 accepts connections`
    )
  })

  it('times out on a closed port', async () => {
    env.emulator.configure({ publicIp: '127.0.0.1' })
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer()
      probe.listen(0, '127.0.0.1', () => {
        const free = (probe.address() as { port: number }).port
        probe.close(() => resolve(free))
      })
    })
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': 'ready-2',
      'wait-for-port': String(closed),
      timeout: '3s'
    })
    env.emulator.configure({ publicIp: null })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain(`port ${closed}`)
    expect(named('ready-2')).toHaveLength(0)
  })
})

describe('name resolution', () => {
  it('takes a region name and an OS', async () => {
    const regions = await env.step({ operation: 'regions' })
    const moscow = (
      JSON.parse(regions.outputs.result) as Record<string, string>[]
    ).find((region) => region.regionCode === 'ru-moscow-1')
    const result = await env.step({
      ...CREATE_INPUTS,
      region: moscow?.regionName ?? '',
      image: 'Ubuntu',
      package: 'cpu=2,memory=4',
      'instance-name': 'resolve-1'
    })
    expect(errors(result)).toBe('')
    expect(result.outputs.region).toBe('ru-moscow-1')
    const instance = JSON.parse(result.outputs.instance) as Record<
      string,
      string
    >
    expect(instance.osName).toMatch(/Ubuntu/)
    expect(instance.osVersionDetail ?? '').toMatch(/24/)
  })

  it.each([
    ['image', 'Debian 99', 'Debian 12'],
    ['package', '99c99g', '2c4g'],
    ['region', 'ru-moskow-1', 'ru-moscow-1']
  ])('lists candidates for an unknown %s', async (input, value, candidate) => {
    const result = await env.step({
      ...CREATE_INPUTS,
      'instance-name': 'resolve-2',
      [input]: value
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain(candidate)
    expect(writes()).toHaveLength(0)
  })
})

describe('prune', () => {
  it('lists old servers in a dry run', async () => {
    const old = env.emulator.addInstance({
      instanceName: 'pr-1-old',
      createTime: '2020-01-01 00:00:00'
    })
    env.emulator.addInstance({ instanceName: 'pr-2-new' })
    env.emulator.addInstance({
      instanceName: 'keep-old',
      createTime: '2020-01-01 00:00:00'
    })
    const result = await env.step({
      operation: 'prune',
      'name-prefix': 'pr-',
      'older-than': '24h'
    })
    expect(errors(result)).toBe('')
    const listed = JSON.parse(result.outputs.instances) as {
      ecsResourceUUID: string
    }[]
    expect(listed.map((item) => item.ecsResourceUUID)).toEqual([
      old.ecsResourceUUID
    ])
    expect(writes()).toHaveLength(0)
  })

  it('deletes old servers', async () => {
    env.emulator.addInstance({
      instanceName: 'pr-1-old',
      createTime: '2020-01-01 00:00:00'
    })
    env.emulator.addInstance({ instanceName: 'pr-2-new' })
    const result = await env.step({
      operation: 'prune',
      'name-prefix': 'pr-',
      'older-than': '24h',
      'dry-run': 'false'
    })
    expect(errors(result)).toBe('')
    expect(named('pr-1-old')).toHaveLength(0)
    expect(named('pr-2-new')).toHaveLength(1)
  })
})

describe('secrets', () => {
  it('never appear in any output', () => {
    expect(leakedSecrets()).toEqual([])
  })
})
