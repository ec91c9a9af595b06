import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import { LightNodeApiError } from '../src/client/errors.js'
import { LightNodeClient, PAGE_SIZE } from '../src/client/lightnode.js'
import {
  Transport,
  parseRetryAfter,
  type TransportOptions
} from '../src/client/transport.js'
import { Deadline } from '../src/deadline.js'
import {
  TestServer,
  closedPort,
  reply,
  sendJson,
  sequence,
  testOptions,
  type Handler
} from './support/http-server.js'

const TOKEN = testOptions('').token
const RELEASE_ACK = {
  asyncTaskInfo: {
    asyncTaskUUID: 'cm00007dyzds',
    ecsResourceUUID: 'ecs-lg00007dyz7g'
  },
  httpStatus: 202,
  rowCount: 0
}
const STOP_ACK = { asyncTaskUUID: 'cm00007dyy36', httpStatus: 202, rowCount: 0 }

let server: TestServer
let disposables: { dispose(): void }[] = []

beforeEach(async () => {
  server = await TestServer.start()
})

afterEach(async () => {
  for (const item of disposables) item.dispose()
  disposables = []
  await server.close()
})

function transport(overrides: Partial<TransportOptions> = {}): Transport {
  const created = new Transport(testOptions(server.url, overrides))
  disposables.push(created)
  return created
}

function client(overrides: Partial<TransportOptions> = {}): LightNodeClient {
  const created = new LightNodeClient(testOptions(server.url, overrides))
  disposables.push(created)
  return created
}

/** Awaits `promise` and returns the LightNodeApiError it rejects with. */
async function apiError(promise: Promise<unknown>): Promise<LightNodeApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof LightNodeApiError) return error
    throw error
  }
  throw new Error('expected the call to fail, but it succeeded')
}

/** Measures how long `promise` takes to settle, in milliseconds. */
async function timed<T>(promise: Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const value = await promise
  return [value, performance.now() - started]
}

function sendText(response: ServerResponse, status: number, body: string) {
  response.writeHead(status, { 'Content-Type': 'text/html' })
  response.end(body)
}

const neverAnswer: Handler = () => {}

const destroySocket: Handler = (_request, response) => {
  response.socket?.destroy()
}

describe('Transport requests', () => {
  it('sends the token on GET', async () => {
    server.handle(reply(200, { regions: [] }))
    await transport().get('/region/list')
    const [request] = server.requests

    expect(request.headers['x-open-token']).toBe(TOKEN)
    expect(request.headers['content-type']).toBeUndefined()
  })

  it('sends token and JSON on POST', async () => {
    server.handle(reply(202, STOP_ACK))
    await transport().post('/instance/stop', { ecsResourceUUID: 'ecs-1' })
    const [request] = server.requests

    expect(request.method).toBe('POST')
    expect(request.headers['x-open-token']).toBe(TOKEN)
    expect(request.headers['content-type']).toBe('application/json')
    expect(JSON.parse(request.body)).toEqual({ ecsResourceUUID: 'ecs-1' })
  })

  it('builds the query string', async () => {
    server.handle(reply(200, { instances: [] }))
    await transport().get('/instance/list', {
      regionCode: 'ru-moscow-1',
      zoneCode: undefined,
      imageType: '',
      page: 1
    })
    const [request] = server.requests

    expect(request.path).toBe('/instance/list')
    expect(Object.fromEntries(request.query)).toEqual({
      regionCode: 'ru-moscow-1',
      page: '1'
    })
  })

  it.each([200, 201, 202])('accepts HTTP %i', async (status) => {
    server.handle(reply(status, RELEASE_ACK))

    await expect(
      transport().post('/instance/release', { ecsResourceUUID: 'ecs-1' })
    ).resolves.toEqual(RELEASE_ACK)
  })

  it.each<[string, Record<string, unknown>]>([
    ['code 0', { code: 0 }],
    ['code "0"', { code: '0' }],
    ['code 200', { code: 200 }],
    ['code "200"', { code: '200' }],
    ['success true', { success: true }]
  ])('accepts a body with %s', async (_label, extra) => {
    const body = { regions: [], ...extra }
    server.handle(reply(200, body))

    await expect(transport().get('/region/list')).resolves.toEqual(body)
  })
})

describe('Transport error bodies', () => {
  it.each<[string, number, Record<string, unknown>, string, string]>([
    [
      'success false',
      200,
      { success: false, message: 'quota exceeded' },
      'rejected',
      'quota exceeded'
    ],
    [
      'a string code',
      200,
      { code: 'InvalidRegionCode.NotNull', message: 'regionCode is null' },
      'rejected',
      'InvalidRegionCode.NotNull: regionCode is null'
    ],
    [
      'a number code and msg',
      200,
      { code: 40013, msg: 'regionCode is null' },
      'rejected',
      '40013: regionCode is null'
    ],
    [
      'HTTP 400',
      400,
      { code: 'InvalidParameter.PageSize', httpStatus: 400, message: 'bad' },
      'rejected',
      'HTTP 400: InvalidParameter.PageSize: bad'
    ],
    [
      'HTTP 401',
      401,
      {
        code: 'Authenticated.Error',
        httpStatus: 401,
        message:
          'The current request is not authenticated and access is not allowed'
      },
      'auth',
      'not authenticated'
    ],
    [
      'HTTP 403',
      403,
      { code: 'Authenticated.Forbidden', message: 'forbidden' },
      'auth',
      'HTTP 403'
    ],
    [
      'HTTP 404',
      404,
      { code: 'InvalidRequest.NotFound', message: 'no such path' },
      'not-found',
      'HTTP 404'
    ],
    [
      'a NotFound code',
      400,
      { code: 'InvalidInstanceId.NotFound', message: 'gone' },
      'not-found',
      'InvalidInstanceId.NotFound'
    ],
    [
      'an auth code at 200',
      200,
      { code: 'Authenticated.Error', message: 'no token' },
      'auth',
      'Authenticated.Error'
    ]
  ])('reports %s', async (_label, status, body, kind, text) => {
    server.handle(reply(status, body))
    const error = await apiError(transport().get('/instance/detail'))

    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.message).toContain(text)
    expect(error.message).not.toContain(TOKEN)
  })

  it('keeps code and message', async () => {
    server.handle(reply(200, { code: 40013, msg: 'regionCode is null' }))
    const error = await apiError(transport().get('/image/list'))

    expect(error.code).toBe('40013')
    expect(error.apiMessage).toBe('regionCode is null')
    expect(error.path).toBe('/image/list')
    expect(error.method).toBe('GET')
  })

  it.each([
    [401, 'auth'],
    [403, 'auth'],
    [404, 'not-found']
  ])('maps empty HTTP %i', async (status, kind) => {
    server.handle((_request, response) => sendText(response, status, ''))
    const error = await apiError(transport().get('/instance/detail'))

    expect(error.kind).toBe(kind)
  })

  it('names status and first bytes', async () => {
    const page = '<html><body>Bad Gateway ' + 'x'.repeat(300) + '</body></html>'
    server.handle((_request, response) => sendText(response, 200, page))
    const error = await apiError(transport().get('/region/list'))

    expect(error.kind).toBe('malformed')
    expect(error.message).toContain('HTTP 200')
    expect(error.message).toContain("'<html><body>Bad Gateway xxx")
    expect(error.message).not.toContain('</html>')
  })

  it('rejects a JSON array body', async () => {
    server.handle(reply(200, [{ regionCode: 'ru-moscow-1' }]))
    const error = await apiError(transport().get('/region/list'))

    expect(error.kind).toBe('malformed')
  })

  it('rejects an empty 2xx body', async () => {
    server.handle((_request, response) => sendText(response, 202, ''))
    const error = await apiError(transport().post('/instance/stop', {}))

    expect(error.message).toContain('[empty body]')
  })
})

describe('Transport retries', () => {
  it('honours Retry-After on 429', async () => {
    server.handle(
      sequence(
        reply(
          429,
          { code: 'Throttling.TooManyRequests' },
          { 'Retry-After': '1' }
        ),
        reply(200, { regions: [] })
      )
    )
    const [body, elapsed] = await timed(
      transport({ maxRetries: 1 }).get('/region/list')
    )

    expect(body).toEqual({ regions: [] })
    expect(server.count('/region/list')).toBe(2)
    expect(elapsed).toBeGreaterThanOrEqual(950)
  })

  it('retries 500 on GET, then fails', async () => {
    server.handle(reply(500, { code: 'InternalError.Unknown' }))
    const error = await apiError(
      transport({ maxRetries: 2 }).get('/region/list')
    )

    expect(error.kind).toBe('server')
    expect(error.status).toBe(500)
    expect(server.count('/region/list')).toBe(3)
  })

  it('retries 502 on GET', async () => {
    server.handle(
      sequence(
        (_request, response) => sendText(response, 502, '<h1>Bad Gateway</h1>'),
        reply(200, { regions: [] })
      )
    )

    await expect(
      transport({ maxRetries: 1 }).get('/region/list')
    ).resolves.toEqual({ regions: [] })
    expect(server.count('/region/list')).toBe(2)
  })

  it('does not retry 500 on POST', async () => {
    server.handle(reply(500, { code: 'InternalError.Unknown' }))
    const error = await apiError(
      transport({ maxRetries: 3 }).post('/instance/create', {})
    )

    expect(error.ambiguous).toBe(true)
    expect(error.kind).toBe('server')
    expect(server.count('/instance/create')).toBe(1)
  })

  it('does not retry 502 text on POST', async () => {
    server.handle((_request, response) =>
      sendText(response, 502, 'Bad Gateway')
    )
    const error = await apiError(
      transport({ maxRetries: 3 }).post('/instance/create', {})
    )

    expect(error.ambiguous).toBe(true)
    expect(server.count('/instance/create')).toBe(1)
  })

  it('retries 429 on POST', async () => {
    server.handle(
      sequence(
        reply(429, { code: 'Throttling.TooManyRequests' }),
        reply(202, STOP_ACK)
      )
    )

    await expect(
      transport({ maxRetries: 1 }).post('/instance/stop', {})
    ).resolves.toEqual(STOP_ACK)
    expect(server.count('/instance/stop')).toBe(2)
  })

  // A rate limiter in front of the API may send 429 with a plain-text body.
  // The API did not act on the request, so a write may be sent again.
  it('retries 429 text on POST', async () => {
    server.handle(
      sequence(
        (_request, response) => sendText(response, 429, 'Too Many Requests'),
        reply(202, STOP_ACK)
      )
    )

    await expect(
      transport({ maxRetries: 1 }).post('/instance/stop', {})
    ).resolves.toEqual(STOP_ACK)
    expect(server.count('/instance/stop')).toBe(2)
  })

  it('retries a refused POST', async () => {
    const port = await closedPort()
    const closedTransport = new Transport(
      testOptions(`http://127.0.0.1:${port}`, { maxRetries: 1 })
    )
    disposables.push(closedTransport)
    const error = await apiError(closedTransport.post('/instance/stop', {}))

    expect(error.kind).toBe('network')
    expect(error.ambiguous).toBe(false)
    expect(error.message).toContain('ECONNREFUSED')
    expect(closedTransport.requestCount).toBe(2)
  })

  it('does not retry a dropped POST', async () => {
    server.handle(destroySocket)
    const error = await apiError(
      transport({ maxRetries: 2 }).post('/instance/stop', {})
    )

    expect(error.kind).toBe('network')
    expect(error.ambiguous).toBe(true)
    expect(server.count('/instance/stop')).toBe(1)
  })

  it('retries a dropped GET', async () => {
    server.handle(sequence(destroySocket, reply(200, { regions: [] })))

    await expect(
      transport({ maxRetries: 1 }).get('/region/list')
    ).resolves.toEqual({ regions: [] })
    expect(server.count('/region/list')).toBe(2)
  })

  it('does not retry auth errors', async () => {
    server.handle(reply(401, { code: 'Authenticated.Error' }))
    await apiError(transport({ maxRetries: 2 }).get('/region/list'))

    expect(server.count('/region/list')).toBe(1)
  })

  it('grows throttleFactor after 429', async () => {
    server.handle(reply(429, { code: 'Throttling.TooManyRequests' }))
    const throttled = transport()
    const factors: number[] = []
    for (let i = 0; i < 4; i++) {
      await apiError(throttled.get('/region/list'))
      factors.push(throttled.throttleFactor)
    }

    expect(factors).toEqual([2, 4, 8, 8])
  })

  it('keeps throttleFactor at 1 otherwise', async () => {
    server.handle(reply(500, {}))
    const plain = transport()
    await apiError(plain.get('/region/list'))

    expect(plain.throttleFactor).toBe(1)
  })
})

describe('Transport timeouts', () => {
  it('times out a silent server', async () => {
    server.handle(neverAnswer)
    const [error, elapsed] = await timed(
      apiError(transport({ requestTimeoutMs: 100 }).get('/region/list'))
    )

    expect(error.kind).toBe('timeout')
    expect(error.message).toContain('request timeout of 100ms')
    expect(elapsed).toBeLessThan(1000)
  })

  it('marks a timed-out POST ambiguous', async () => {
    server.handle(neverAnswer)
    const error = await apiError(
      transport({ requestTimeoutMs: 100, maxRetries: 2 }).post(
        '/instance/stop',
        {}
      )
    )

    expect(error.ambiguous).toBe(true)
    expect(server.count('/instance/stop')).toBe(1)
  })

  // The request timeout covers reading the body, not only the headers.
  it('times out a stalled body', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.write('{"regions":')
    })
    const [error, elapsed] = await timed(
      apiError(
        transport({
          requestTimeoutMs: 100,
          deadline: new Deadline(2000)
        }).get('/region/list')
      )
    )

    expect(error.kind).toBe('timeout')
    expect(elapsed).toBeLessThan(1000)
  })

  it('fails a body cut mid-way', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.write('{"regions":')
      setTimeout(() => response.socket?.destroy(), 20)
    })
    const [error, elapsed] = await timed(
      apiError(
        transport({ deadline: new Deadline(2000) }).post('/instance/stop', {})
      )
    )

    expect(error.kind).toBe('network')
    expect(error.ambiguous).toBe(true)
    expect(elapsed).toBeLessThan(1000)
  })

  it('cuts a retry wait short', async () => {
    server.handle(
      reply(
        429,
        { code: 'Throttling.TooManyRequests' },
        { 'Retry-After': '30' }
      )
    )
    const [, elapsed] = await timed(
      apiError(
        transport({ maxRetries: 3, deadline: new Deadline(400) }).get(
          '/region/list'
        )
      )
    )

    expect(elapsed).toBeLessThan(2000)
  })

  // A request sent when no time is left can only be cut off unread, and a
  // write sent then may still take effect.
  it('sends nothing after the deadline', async () => {
    server.handle(
      reply(
        429,
        { code: 'Throttling.TooManyRequests' },
        { 'Retry-After': '30' }
      )
    )
    await apiError(
      transport({ maxRetries: 3, deadline: new Deadline(300) }).post(
        '/instance/stop',
        {}
      )
    )
    await new Promise((resolve) => setTimeout(resolve, 100))

    expect(server.count('/instance/stop')).toBe(1)
  })
})

describe('parseRetryAfter', () => {
  it.each<[string | undefined, number | undefined]>([
    ['2', 2000],
    ['0', 0],
    [' 3 ', 3000],
    ['', undefined],
    [undefined, undefined],
    ['soon', undefined]
  ])('parses %j', (value, expected) => {
    expect(parseRetryAfter(value)).toBe(expected)
  })

  it('parses a future HTTP date', () => {
    const date = new Date(Date.now() + 10_000).toUTCString()
    const ms = parseRetryAfter(date) ?? -1

    expect(ms).toBeGreaterThan(8000)
    expect(ms).toBeLessThanOrEqual(10_000)
  })

  it('clamps a past HTTP date', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBe(0)
  })
})

/** Serves `total` list rows across pages, with or without rowCount. */
function pagedList(key: string, total: number, withRowCount = true): Handler {
  return (request, response) => {
    const page = Number(request.query.get('page') ?? '1')
    const size = Number(request.query.get('pageSize') ?? '10')
    const first = (page - 1) * size
    const count = Math.max(0, Math.min(size, total - first))
    const rows = Array.from({ length: count }, (_, i) => ({
      ecsResourceUUID: `ecs-${first + i}`,
      imageResourceUUID: `img-${first + i}`,
      firewallUUID: `fw-${first + i}`
    }))
    const body: Record<string, unknown> = { [key]: rows, httpStatus: 202 }
    if (withRowCount) body.rowCount = total
    sendJson(response, 200, body)
  }
}

describe('LightNodeClient lists', () => {
  it('stops at rowCount', async () => {
    server.handle(pagedList('instances', 100))
    const rows = await client().listInstances('ru-moscow-1', 'ru-moscow-1-a')

    expect(rows).toHaveLength(100)
    expect(server.count('/instance/list')).toBe(2)
  })

  it('reads a short last page', async () => {
    server.handle(pagedList('instances', 120))
    const rows = await client().listInstances('ru-moscow-1', 'ru-moscow-1-a')

    expect(rows).toHaveLength(120)
    expect(server.count('/instance/list')).toBe(3)
  })

  it('stops at a short page', async () => {
    server.handle(pagedList('images', 60, false))
    const rows = await client().listImages('ru-moscow-1', 'System')

    expect(rows).toHaveLength(60)
    expect(server.count('/image/list')).toBe(2)
  })

  it('stops at an empty page', async () => {
    server.handle(pagedList('firewalls', 100, false))
    const rows = await client().listFirewalls('ru-moscow-1')

    expect(rows).toHaveLength(100)
    expect(server.count('/firewall/list')).toBe(3)
  })

  it('reads rowCount as a string', async () => {
    server.handle((request, response) => {
      const page = Number(request.query.get('page'))
      const rows = Array.from({ length: page === 1 ? 50 : 0 }, (_, i) => ({
        ecsResourceUUID: `ecs-${i}`
      }))
      sendJson(response, 200, { instances: rows, rowCount: '50' })
    })
    await client().listInstances('ru-moscow-1', 'ru-moscow-1-a')

    expect(server.count('/instance/list')).toBe(1)
  })

  it('sends page and pageSize', async () => {
    server.handle(pagedList('instances', 120))
    await client().listInstances('ru-moscow-1', 'ru-moscow-1-a')
    const queries = server.requests.map((request) =>
      Object.fromEntries(request.query)
    )

    expect(queries).toEqual(
      [1, 2, 3].map((page) => ({
        regionCode: 'ru-moscow-1',
        zoneCode: 'ru-moscow-1-a',
        page: String(page),
        pageSize: String(PAGE_SIZE)
      }))
    )
    expect(PAGE_SIZE).toBe(50)
  })

  it('sends imageType for images', async () => {
    server.handle(pagedList('images', 1))
    await client().listImages('ru-moscow-1', 'Application')
    const [request] = server.requests

    expect(request.query.get('regionCode')).toBe('ru-moscow-1')
    expect(request.query.get('imageType')).toBe('Application')
    expect(request.query.get('pageSize')).toBe('50')
  })
})

describe('LightNodeClient getInstance', () => {
  const instance = {
    ecsResourceUUID: 'ecs-lg00007dyz7g',
    ecsStatus: 'STARTED',
    ecsPendingStatus: 'NONE'
  }

  it('reads the wrapped detail', async () => {
    server.handle(reply(200, { instance, httpStatus: 202, rowCount: 0 }))
    const found = await client().getInstance('ecs-lg00007dyz7g')

    expect(found?.ecsStatus).toBe('STARTED')
    expect(server.requests[0].query.get('ecsResourceUUID')).toBe(
      'ecs-lg00007dyz7g'
    )
  })

  it('reads the bare detail', async () => {
    server.handle(reply(200, instance))
    const found = await client().getInstance('ecs-lg00007dyz7g')

    expect(found?.ecsResourceUUID).toBe('ecs-lg00007dyz7g')
  })

  it.each<[string, number, Record<string, unknown>]>([
    ['HTTP 404', 404, { code: 'InvalidInstanceId.NotFound' }],
    ['a NotFound code', 400, { code: 'InvalidInstanceId.NotFound' }],
    ['a NotExist code', 200, { code: 'Instance.NotExist', success: false }],
    [
      'a number code',
      400,
      { code: 40031, httpStatus: 400, message: 'instance ecs-1 not found' }
    ]
  ])('returns undefined on %s', async (_label, status, body) => {
    server.handle(reply(status, body))

    await expect(client().getInstance('ecs-1')).resolves.toBeUndefined()
  })

  it('throws on an auth error', async () => {
    server.handle(reply(401, { code: 'Authenticated.Error' }))
    const error = await apiError(client().getInstance('ecs-1'))

    expect(error.kind).toBe('auth')
  })
})

describe('LightNodeClient writes', () => {
  function lastBody(): Record<string, unknown> {
    return JSON.parse(server.requests[server.requests.length - 1].body)
  }

  it('throws without a task id', async () => {
    server.handle(reply(202, { httpStatus: 202, rowCount: 0 }))
    const error = await apiError(client().stopInstance('ecs-1', false))

    expect(error.kind).toBe('malformed')
    expect(error.ambiguous).toBe(true)
    expect(error.message).toContain('POST /instance/stop')
    expect(error.message).toContain('no task id')
  })

  it('reads the Release ack at 200', async () => {
    server.handle(reply(200, RELEASE_ACK))
    const ack = await client().releaseInstance('ecs-h100007as91a')

    expect(ack.taskId).toBe('cm00007dyzds')
    expect(ack.instanceId).toBe('ecs-lg00007dyz7g')
    expect(lastBody()).toEqual({ ecsResourceUUID: 'ecs-h100007as91a' })
  })

  it.each([
    ['start', (c: LightNodeClient) => c.startInstance('ecs-1')],
    ['restart', (c: LightNodeClient) => c.restartInstance('ecs-1')]
  ])('accepts either ack on %s', async (path, call) => {
    server.handle(sequence(reply(202, RELEASE_ACK), reply(202, STOP_ACK)))
    const first = await call(client())
    const second = await call(client())

    expect(first.taskId).toBe('cm00007dyzds')
    expect(second.taskId).toBe('cm00007dyy36')
    expect(server.count(`/instance/${path}`)).toBe(2)
  })

  it('sends forceStop only when forced', async () => {
    server.handle(reply(202, STOP_ACK))
    const api = client()
    await api.stopInstance('ecs-1', false)
    const plain = lastBody()
    await api.stopInstance('ecs-1', true)

    expect(plain).toEqual({ ecsResourceUUID: 'ecs-1' })
    expect(lastBody()).toEqual({ ecsResourceUUID: 'ecs-1', forceStop: true })
  })

  it('wraps create in packageConfig', async () => {
    server.handle(reply(202, RELEASE_ACK))
    await client().createInstance({
      packageCode: 'ru-moscow-1-a-2c4g',
      regionCode: 'ru-moscow-1',
      zoneCode: 'ru-moscow-1-a',
      instanceName: 'my-host-1',
      imageResourceUUID: 'img-rh0000743phm',
      password: 'Abcd1234@',
      sshKeyUUID: undefined
    })

    expect(server.requests[0].path).toBe('/instance/create')
    expect(lastBody()).toEqual({
      packageConfig: {
        packageCode: 'ru-moscow-1-a-2c4g',
        regionCode: 'ru-moscow-1',
        zoneCode: 'ru-moscow-1-a',
        instanceName: 'my-host-1',
        imageResourceUUID: 'img-rh0000743phm',
        password: 'Abcd1234@'
      }
    })
  })

  it('sends the reinstall example', async () => {
    server.handle(reply(202, STOP_ACK))
    await client().reinstallSystem({
      ecsResourceUUID: 'ecs-wr00007bgadt',
      password: 'Pass4433@',
      imageResourceUUID: 'img-rh0000743phm',
      regionCode: 'cn-dev-2'
    })

    expect(server.requests[0].path).toBe('/instance/reinstallSystem')
    expect(lastBody()).toEqual({
      ecsResourceUUID: 'ecs-wr00007bgadt',
      password: 'Pass4433@',
      imageResourceUUID: 'img-rh0000743phm',
      sshKeyResourceUUID: null,
      regionCode: 'cn-dev-2'
    })
  })

  it('sends the password example', async () => {
    server.handle(
      reply(202, { asyncTaskUUID: '7e00007dyxzg', httpStatus: 202 })
    )
    const ack = await client().modifyPassword(
      'ecs-wr00007bgadt',
      'Pass44323@2',
      'cn-dev-2'
    )

    expect(ack.taskId).toBe('7e00007dyxzg')
    expect(server.requests[0].path).toBe('/instance/modifyInstancePassword')
    expect(lastBody()).toEqual({
      ecsResourceUUID: 'ecs-wr00007bgadt',
      password: 'Pass44323@2',
      regionCode: 'cn-dev-2'
    })
  })

  it('reads a task result', async () => {
    server.handle(
      reply(202, {
        asyncTaskInfo: { processResult: 'SUCCESS', taskStatus: 'FINISHED' },
        httpStatus: 202,
        rowCount: 0
      })
    )
    const result = await client().getTaskResult('cm00007dyzds')

    expect(result.state).toBe('success')
    expect(server.requests[0].query.get('asyncTaskUUID')).toBe('cm00007dyzds')
  })
})
