import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { runPostStep, runStep } from '../scripts/local-runner.js'
import {
  CREATE_INPUTS,
  TOKEN,
  allSteps,
  errors,
  leakedSecrets,
  startEmulator,
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
  env.emulator.clearFaults()
})

function named(name: string) {
  return env.emulator.instances().filter((item) => item.instanceName === name)
}

function callsTo(method: string, path: string) {
  return env.emulator.calls.filter(
    (call) => call.method === method && call.path === path
  )
}

const create = (name: string, extra: Record<string, string> = {}) =>
  env.step({ ...CREATE_INPUTS, 'instance-name': name, ...extra })

describe('transient faults on reads', () => {
  it('rides out a burst of 429', async () => {
    env.emulator.addFault({
      method: 'GET',
      path: '/asynctask/getResult',
      kind: 'status',
      status: 429,
      retryAfter: 0,
      times: 3
    })
    const result = await create('f-429')
    expect(errors(result)).toBe('')
    expect(result.stdout).toMatch(
      /Retrying GET \/asynctask\/getResult in .* \(attempt 2 of 6\)/
    )
    expect(named('f-429')).toHaveLength(1)
  })

  it.each([500, 502, 503])(
    'retries HTTP %i on the task poll',
    async (status) => {
      env.emulator.addFault({
        method: 'GET',
        path: '/asynctask/getResult',
        kind: 'status',
        status,
        times: 2
      })
      const result = await create(`f-${status}`)
      expect(errors(result)).toBe('')
      expect(result.outputs['task-result']).toBe('SUCCESS')
    }
  )

  it('retries malformed JSON on a read', async () => {
    env.emulator.addFault({
      method: 'GET',
      path: '/instance/detail',
      kind: 'malformed',
      times: 2
    })
    const result = await create('f-malformed')
    expect(errors(result)).toBe('')
  })

  it('retries a read slower than the request timeout', async () => {
    env.emulator.addFault({
      method: 'GET',
      path: '/instance/detail',
      kind: 'delay',
      delayMs: 1500,
      times: 1
    })
    const result = await create('f-slow', { 'request-timeout': '300ms' })
    expect(errors(result)).toBe('')
    expect(result.stdout).toContain('request timeout of 300ms')
  })

  it('retries a dropped read', async () => {
    env.emulator.addFault({
      method: 'GET',
      path: '/region/list',
      kind: 'drop-before',
      times: 2
    })
    const result = await env.step({ operation: 'regions' })
    expect(errors(result)).toBe('')
  })

  it('gives up after max-retries', async () => {
    env.emulator.addFault({
      method: 'GET',
      path: '/region/list',
      kind: 'status',
      status: 500,
      times: Infinity
    })
    const result = await env.step({ operation: 'regions', 'max-retries': '1' })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain('HTTP 500')
    expect(callsTo('GET', '/region/list')).toHaveLength(2)
  })

  it('copes with a request rate limit', async () => {
    env.emulator.configure({
      variants: { throttle: { requestsPerSecond: 8, retryAfterSeconds: 1 } }
    })
    try {
      const result = await create('f-throttle')
      expect(errors(result)).toBe('')
      expect(named('f-throttle')).toHaveLength(1)
    } finally {
      env.emulator.configure({
        variants: { throttle: { requestsPerSecond: null } }
      })
    }
  })
})

describe('ambiguous writes', () => {
  it('adopts a server made before the connection dropped', async () => {
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/create',
      kind: 'drop-after'
    })
    const result = await create('f-drop-after')
    expect(errors(result)).toBe('')
    expect(named('f-drop-after')).toHaveLength(1)
    expect(callsTo('POST', '/instance/create')).toHaveLength(1)
    expect(result.outputs['instance-id']).toBe(
      named('f-drop-after')[0].ecsResourceUUID
    )
  })

  it('sends again when the drop left no server', async () => {
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/create',
      kind: 'drop-before'
    })
    const result = await create('f-drop-before')
    expect(errors(result)).toBe('')
    expect(named('f-drop-before')).toHaveLength(1)
    expect(callsTo('POST', '/instance/create')).toHaveLength(2)
  })

  it('sends again after a garbled create answer', async () => {
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/create',
      kind: 'malformed'
    })
    const result = await create('f-garbled')
    expect(errors(result)).toBe('')
    expect(named('f-garbled')).toHaveLength(1)
  })

  it('adopts a server when the answer came too late', async () => {
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/create',
      kind: 'delay',
      delayMs: 1500
    })
    const result = await create('f-late', { 'request-timeout': '300ms' })
    expect(errors(result)).toBe('')
    expect(named('f-late')).toHaveLength(1)
  })

  it('retries a create rejected with 429', async () => {
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/create',
      kind: 'status',
      status: 429,
      retryAfter: 0
    })
    const result = await create('f-429-write')
    expect(errors(result)).toBe('')
    expect(named('f-429-write')).toHaveLength(1)
    expect(callsTo('POST', '/instance/create')).toHaveLength(2)
  })

  it('does not repeat a stop that took effect', async () => {
    const seeded = env.emulator.addInstance({ instanceName: 'f-stop' })
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/stop',
      kind: 'drop-after'
    })
    const result = await env.step({
      operation: 'stop',
      'instance-id': seeded.ecsResourceUUID
    })
    expect(errors(result)).toBe('')
    expect(callsTo('POST', '/instance/stop')).toHaveLength(1)
    expect(named('f-stop')[0].ecsStatus).toBe('STOPPED')
  })

  it('never retries a 5xx on a write', async () => {
    const seeded = env.emulator.addInstance({ instanceName: 'f-500-write' })
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/restart',
      kind: 'status',
      status: 500
    })
    const result = await env.step({
      operation: 'restart',
      'instance-id': seeded.ecsResourceUUID
    })
    expect(callsTo('POST', '/instance/restart')).toHaveLength(2)
    expect(result.stdout).toContain('may or may not have reached the API')
    expect(result.exitCode).toBe(0)
  })

  it('does not retry a validation error', async () => {
    const seeded = env.emulator.addInstance({
      instanceName: 'f-400',
      ecsStatus: 'STOPPED'
    })
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/start',
      kind: 'status',
      status: 400,
      times: Infinity
    })
    const result = await env.step({
      operation: 'start',
      'instance-id': seeded.ecsResourceUUID
    })
    expect(result.exitCode).toBe(1)
    expect(callsTo('POST', '/instance/start')).toHaveLength(1)
    expect(errors(result)).toContain('HTTP 400')
  })
})

describe('failed tasks', () => {
  it('deletes the server when its create task fails', async () => {
    env.emulator.addTaskFault({
      operation: 'create',
      kind: 'fail',
      message: 'no capacity in zone'
    })
    const result = await create('f-task-fail')
    expect(result.exitCode).toBe(1)
    const message = errors(result)
    expect(message).toContain('no capacity in zone')
    expect(message).toContain(result.outputs['task-id'])
    expect(message).toContain(result.outputs['instance-id'])
    expect(message).toMatch(/creation of/)
    expect(named('f-task-fail')).toHaveLength(0)
  })

  it('reports a cancelled task', async () => {
    const seeded = env.emulator.addInstance({ instanceName: 'f-cancel' })
    env.emulator.addTaskFault({ operation: 'stop', kind: 'cancel' })
    const result = await env.step({
      operation: 'stop',
      'instance-id': seeded.ecsResourceUUID
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain('CANCEL')
    expect(errors(result)).toContain(seeded.ecsResourceUUID)
  })

  it('keeps the server with cleanup never', async () => {
    env.emulator.addTaskFault({ operation: 'create', kind: 'fail' })
    const result = await create('f-keep', { cleanup: 'never' })
    expect(result.exitCode).toBe(1)
    expect(named('f-keep')).toHaveLength(1)
    expect(result.stdout).toContain('left in place')
  })

  it('times out on a stuck task and cleans up', async () => {
    env.emulator.addTaskFault({ operation: 'create', kind: 'stuck' })
    const result = await create('f-stuck', { timeout: '2s' })
    expect(result.exitCode).toBe(1)
    const message = errors(result)
    expect(message).toContain('Timed out after 2s')
    expect(message).toContain(result.outputs['task-id'])
    expect(message).toContain('PROCESSING')
    expect(named('f-stuck')).toHaveLength(0)
  })

  it('fails when the server vanishes', async () => {
    const seeded = env.emulator.addInstance({ instanceName: 'f-vanish' })
    env.emulator.addTaskFault({ operation: 'stop', kind: 'vanish' })
    const result = await env.step({
      operation: 'stop',
      'instance-id': seeded.ecsResourceUUID
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toContain(seeded.ecsResourceUUID)
  })

  it('waits for a late public IP', async () => {
    env.emulator.configure({ variants: { ipDelayMs: 500 } })
    try {
      const result = await create('f-late-ip')
      expect(errors(result)).toBe('')
      expect(result.outputs['public-ip']).toMatch(/^127\./)
    } finally {
      env.emulator.configure({ variants: { ipDelayMs: 0 } })
    }
  })
})

describe('authentication', () => {
  it.each([401, 403] as const)(
    'explains HTTP %i without the token',
    async (status) => {
      env.emulator.configure({ variants: { authFailure: status } })
      const result = await env.step({
        operation: 'regions',
        'api-token': 'wrong-T0ken-55aa'
      })
      env.emulator.configure({ variants: { authFailure: 401 } })
      expect(result.exitCode).toBe(1)
      const message = errors(result)
      expect(message).toContain('rejected the token')
      expect(message).toContain('Token List')
      expect(message).not.toContain('wrong-T0ken-55aa')
      expect(callsTo('GET', '/region/list')).toHaveLength(1)
    }
  )
})

describe('cancellation', () => {
  it('stops waiting and the post step cleans up', async () => {
    env.emulator.addTaskFault({ operation: 'create', kind: 'stuck' })
    const inputs = {
      ...env.common,
      ...CREATE_INPUTS,
      'instance-name': 'f-cancel-job',
      cleanup: 'always'
    }
    const started = performance.now()
    const main = await runStep(inputs, { cancelWhen: 'Task ' })
    allSteps.push(main)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(main.exitCode).not.toBe(0)
    expect(main.stdout).toContain('cancelled')
    expect(named('f-cancel-job')).toHaveLength(1)
    const post = await runPostStep(inputs, main)
    allSteps.push(post)
    expect(post.exitCode).toBe(0)
    expect(named('f-cancel-job')).toHaveLength(0)
  })
})

describe('cancellation during the create call', () => {
  it('post step finds and deletes the server', async () => {
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/create',
      kind: 'delay',
      delayMs: 3000
    })
    const inputs = {
      ...env.common,
      ...CREATE_INPUTS,
      'instance-name': 'f-cancel-call',
      cleanup: 'always'
    }
    const main = await runStep(inputs, { cancelWhen: 'Creating instance' })
    allSteps.push(main)
    expect(main.exitCode).not.toBe(0)
    expect(main.state['created-instance-ids'] ?? '').toBe('')
    expect(named('f-cancel-call')).toHaveLength(1)
    const post = await runPostStep(inputs, main)
    allSteps.push(post)
    expect(errors(post)).toBe('')
    expect(named('f-cancel-call')).toHaveLength(0)
  })
})

describe('secrets', () => {
  it('never appear in any output', () => {
    expect(leakedSecrets(['wrong-T0ken-55aa', TOKEN])).toEqual([])
  })
})
