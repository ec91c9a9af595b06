import { createServer } from 'node:http'
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

describe('hostile answers', () => {
  it('retries HTTP 409 and 425 on reads', async () => {
    const seeded = env.emulator.addInstance({ instanceName: 'f-409' })
    env.emulator.addFault({
      method: 'GET',
      path: '/instance/detail',
      kind: 'status',
      status: 409
    })
    env.emulator.addFault({
      method: 'GET',
      path: '/instance/detail',
      kind: 'status',
      status: 425,
      after: 1
    })
    const result = await env.step({
      operation: 'delete',
      'instance-id': seeded.ecsResourceUUID
    })
    expect(errors(result)).toBe('')
    expect(result.outputs.status).toBe('DELETED')
    expect(named('f-409')).toHaveLength(0)
  })

  it('never follows a redirect', async () => {
    const tokens: string[] = []
    const target = createServer((request, response) => {
      tokens.push(String(request.headers['x-open-token']))
      response.end('{}')
    })
    const redirector = createServer((request, response) => {
      const port = (target.address() as { port: number }).port
      response.writeHead(307, {
        location: `http://127.0.0.1:${port}${request.url}`
      })
      response.end()
    })
    for (const server of [target, redirector]) {
      await new Promise<void>((resolve) =>
        server.listen(0, '127.0.0.1', resolve)
      )
    }
    try {
      const port = (redirector.address() as { port: number }).port
      const result = await env.step({
        operation: 'regions',
        'api-url': `http://127.0.0.1:${port}`
      })
      expect(result.exitCode).toBe(1)
      expect(errors(result)).toContain('does not follow redirects')
      expect(tokens).toEqual([])
    } finally {
      for (const server of [target, redirector]) {
        await new Promise((resolve) => server.close(resolve))
      }
    }
  })

  it('keeps API text on one log line', async () => {
    env.emulator.addFault({
      method: 'GET',
      path: '/region/list',
      kind: 'status',
      status: 503,
      body: { code: 'Busy', message: 'busy\n::error title=Injected::forged' }
    })
    const result = await env.step({ operation: 'regions' })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toMatch(/^::error title=Injected/m)
  })

  it('fails at once when a failed task expired', async () => {
    env.emulator.configure({ variants: { taskExpiryMs: 0 } })
    env.emulator.addTaskFault({ operation: 'create', kind: 'fail' })
    try {
      const started = performance.now()
      const result = await create('f-expired-fail', { timeout: '20s' })
      expect(result.exitCode).toBe(1)
      expect(performance.now() - started).toBeLessThan(10_000)
      expect(errors(result)).toContain('ERROR')
      expect(named('f-expired-fail')).toHaveLength(0)
    } finally {
      env.emulator.configure({ variants: { taskExpiryMs: null } })
    }
  })

  it('does not reinstall twice after a late answer', async () => {
    const seeded = env.emulator.addInstance({
      instanceName: 'f-reinstall-late'
    })
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/reinstallSystem',
      kind: 'delay',
      delayMs: 1500
    })
    const result = await env.step({
      operation: 'reinstall',
      'instance-id': seeded.ecsResourceUUID,
      image: 'Debian 11',
      'request-timeout': '500ms'
    })
    expect(errors(result)).toBe('')
    expect(callsTo('POST', '/instance/reinstallSystem')).toHaveLength(1)
  })
})

describe('servers of unanswered create calls', () => {
  it('deletes the server when the timeout cut the call', async () => {
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/create',
      kind: 'delay',
      delayMs: 2500
    })
    const result = await create('f-cut-call', { timeout: '1s' })
    expect(result.exitCode).toBe(1)
    expect(named('f-cut-call')).toHaveLength(0)
    expect(warnings(result)).toMatch(/the API made|deleting the half-made/)
  })

  it('deletes the server after two dropped calls', async () => {
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/create',
      kind: 'drop-before'
    })
    env.emulator.addFault({
      method: 'POST',
      path: '/instance/create',
      kind: 'drop-after',
      after: 1
    })
    const result = await create('f-two-drops', { 'poll-interval': '100ms' })
    expect(named('f-two-drops').length).toBeLessThanOrEqual(1)
    if (result.exitCode !== 0) expect(named('f-two-drops')).toHaveLength(0)
  })

  it('clears the outputs of a failed count', async () => {
    env.emulator.addTaskFault({ operation: 'create', kind: 'fail' })
    const result = await create('f-count', { count: '2' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.instances).toBe('[]')
    expect(result.outputs.created).toBe('false')
  })
})

describe('secrets', () => {
  it('never appear in any output', () => {
    expect(leakedSecrets(['wrong-T0ken-55aa', TOKEN])).toEqual([])
  })
})
