import {
  createServer,
  type IncomingHttpHeaders,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { LightNodeClient } from '../../src/client/lightnode.js'
import type { TransportOptions } from '../../src/client/transport.js'
import { Deadline } from '../../src/deadline.js'

/** One request as the test server received it, body read in full. */
export interface RecordedRequest {
  method: string
  /** The path without the query string. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
}

export type Handler = (
  request: RecordedRequest,
  response: ServerResponse
) => void

/** Sends `body` as JSON with the given status and extra headers. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}

/** Returns a handler that sends the same JSON response to every request. */
export function reply(
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): Handler {
  return (_request, response) => sendJson(response, status, body, headers)
}

/**
 * Returns a handler that passes the n-th request it receives to the n-th
 * handler, and every later request to the last handler.
 */
export function sequence(...handlers: Handler[]): Handler {
  let index = 0
  return (request, response) => {
    const handler = handlers[Math.min(index, handlers.length - 1)]
    index++
    handler(request, response)
  }
}

/**
 * A scripted HTTP server on 127.0.0.1 and a free port. Each test sets the
 * handler, and the server records every request before the handler runs.
 * Until a handler is set, it responds with 404 and an error body.
 */
export class TestServer {
  readonly requests: RecordedRequest[] = []
  private handler: Handler = reply(404, {
    code: 'InvalidRequest.NotFound',
    message: 'no handler set'
  })
  private readonly server = createServer((incoming, response) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
      const request: RecordedRequest = {
        method: incoming.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString()
      }
      this.requests.push(request)
      this.handler(request, response)
    })
  })

  static async start(handler?: Handler): Promise<TestServer> {
    const server = new TestServer()
    if (handler) server.handle(handler)
    await new Promise<void>((resolve) => {
      server.server.listen(0, '127.0.0.1', resolve)
    })
    return server
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  handle(handler: Handler): void {
    this.handler = handler
  }

  /** Counts the requests received for one path. */
  count(path: string): number {
    return this.requests.filter((request) => request.path === path).length
  }

  /** Closes the server, cutting any connection that is still open. */
  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}

/** Returns a port on 127.0.0.1 that was free a moment ago and is now closed. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** Transport settings for tests: short timeouts and no retries by default. */
export function testOptions(
  baseUrl: string,
  overrides: Partial<TransportOptions> = {}
): TransportOptions {
  return {
    baseUrl,
    token: 'test-token-3f9a',
    requestTimeoutMs: 2000,
    maxRetries: 0,
    deadline: new Deadline(20_000),
    ...overrides
  }
}

/** Creates a client for the test server. Dispose it after the test. */
export function testClient(
  server: TestServer,
  overrides: Partial<TransportOptions> = {}
): LightNodeClient {
  return new LightNodeClient(testOptions(server.url, overrides))
}
