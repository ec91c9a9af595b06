import * as core from '@actions/core'
import type { IncomingMessage } from 'node:http'
import { HttpClient } from '@actions/http-client'
import { Deadline, sleep } from '../deadline.js'
import { formatDuration } from '../validation.js'
import {
  LightNodeApiError,
  errorMessage,
  systemErrorCode,
  type ApiErrorKind
} from './errors.js'

export interface TransportOptions {
  baseUrl: string
  token: string
  requestTimeoutMs: number
  maxRetries: number
  deadline: Deadline
  userAgent?: string
}

export type Query = Record<string, string | number | undefined>

/** One HTTP response as the transport reads it. */
interface Exchange {
  status: number
  text: string
  retryAfter?: string
  location?: string
}

/** Network failures that happen before a request reaches the server. */
const NOT_SENT_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']

const MAX_BACKOFF_MS = 30_000

/**
 * Sends requests to the LightNode API: the token header, JSON bodies, a
 * timeout per request, lenient error parsing and retries with backoff.
 * GET calls are retried on any transient failure. A write call is retried
 * only when the API cannot have acted on it: HTTP 429 or a refused
 * connection. Other failures of a write throw with `ambiguous` set, so that
 * the caller can check the API's state before sending it again.
 */
export class Transport {
  private readonly http: HttpClient
  /** Grows with each HTTP 429, so that later polls of the step slow down. */
  throttleFactor = 1
  /** Requests sent, retries included. */
  requestCount = 0

  constructor(private readonly options: TransportOptions) {
    this.http = new HttpClient(options.userAgent ?? 'lightnode-action', [], {
      socketTimeout: options.requestTimeoutMs,
      keepAlive: true,
      allowRetries: false,
      allowRedirects: false
    })
  }

  private closed = false

  /** Closes the connections; a retry that is still waiting gives up. */
  dispose(): void {
    this.closed = true
    this.http.dispose()
  }

  async get(path: string, query: Query = {}): Promise<Record<string, unknown>> {
    return this.send('GET', path + queryString(query), undefined)
  }

  async post(path: string, body: unknown): Promise<Record<string, unknown>> {
    return this.send('POST', path, body)
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    body: unknown
  ): Promise<Record<string, unknown>> {
    for (let attempt = 1; ; attempt++) {
      if (this.options.deadline.expired()) {
        throw new LightNodeApiError(
          `${method} ${stripQuery(path)} was not sent: the step's timeout of ` +
            `${this.options.deadline.describe()} has passed`,
          { kind: 'timeout', method, path }
        )
      }
      try {
        return await this.attempt(method, path, body)
      } catch (error) {
        if (!(error instanceof LightNodeApiError)) throw error
        if (!this.mayRetry(error, method, attempt)) throw error
        await this.backOff(error, method, path, attempt)
      }
    }
  }

  private mayRetry(
    error: LightNodeApiError,
    method: string,
    attempt: number
  ): boolean {
    if (this.closed) return false
    if (!error.transient || attempt > this.options.maxRetries) return false
    if (this.options.deadline.expired()) return false
    return method === 'GET' || !error.ambiguous
  }

  /**
   * Waits before the next attempt: exponential backoff with jitter, at
   * least as long as Retry-After requests. Throws the error instead when the
   * wait would outlast the step's deadline.
   */
  private async backOff(
    error: LightNodeApiError,
    method: string,
    path: string,
    attempt: number
  ): Promise<void> {
    const exponential = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (attempt - 1))
    const jittered = exponential / 2 + Math.random() * (exponential / 2)
    const wait = Math.max(jittered, error.retryAfterMs ?? 0)
    if (wait >= this.options.deadline.remainingMs()) throw error
    core.info(
      `Retrying ${method} ${stripQuery(path)} in ${formatDuration(wait)} ` +
        `(attempt ${attempt + 1} of ${this.options.maxRetries + 1}): ` +
        error.message
    )
    await sleep(wait, this.options.deadline)
  }

  private async attempt(
    method: 'GET' | 'POST',
    path: string,
    body: unknown
  ): Promise<Record<string, unknown>> {
    const started = performance.now()
    this.requestCount++
    let exchange: Exchange
    try {
      exchange = await this.exchange(method, path, body)
    } catch (error) {
      throw networkError(error, method, path, this.options.requestTimeoutMs)
    }
    const { status, text } = exchange
    const ms = Math.round(performance.now() - started)
    core.debug(`${method} ${path} -> HTTP ${status} (${ms} ms)`)
    if (status === 429) {
      this.throttleFactor = Math.min(this.throttleFactor * 2, 8)
    }
    return interpret(method, path, status, text, exchange)
  }

  /** Sends one request and reads the whole response, within the limits. */
  private async exchange(
    method: 'GET' | 'POST',
    path: string,
    body: unknown
  ): Promise<Exchange> {
    const headers: Record<string, string> = {
      'x-open-token': this.options.token,
      Accept: 'application/json'
    }
    if (method === 'POST') headers['Content-Type'] = 'application/json'
    const data = method === 'POST' ? JSON.stringify(body) : null
    const response = await this.withDeadline(
      this.http.request(method, this.options.baseUrl + path, data, headers),
      method,
      path
    )
    const message = response.message
    const text = await this.withDeadline(
      readBody(message, this.options.requestTimeoutMs),
      method,
      path
    )
    return {
      status: message.statusCode ?? 0,
      text,
      retryAfter: headerValue(message.headers['retry-after']),
      location: headerValue(message.headers.location)
    }
  }

  private async withDeadline<T>(
    promise: Promise<T>,
    method: string,
    path: string
  ): Promise<T> {
    const remaining = this.options.deadline.remainingMs()
    let timer: NodeJS.Timeout | undefined
    const expiry = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new LightNodeApiError(
            `${method} ${stripQuery(path)} was cut off by the step's ` +
              `timeout of ${this.options.deadline.describe()}`,
            { kind: 'timeout', method, path, ambiguous: true }
          )
        )
      }, remaining)
    })
    try {
      return await Promise.race([promise, expiry])
    } finally {
      clearTimeout(timer)
    }
  }
}

/**
 * Reads a response body, failing when the body stalls for longer than the
 * request timeout or the connection closes before it ends.
 */
function readBody(
  message: IncomingMessage,
  timeoutMs: number
): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let timer = setTimeout(stalled, timeoutMs)
    function stalled(): void {
      message.destroy()
      reject(new Error(`Request timeout: the body stalled for ${timeoutMs} ms`))
    }
    message.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      clearTimeout(timer)
      timer = setTimeout(stalled, timeoutMs)
    })
    message.on('end', () => {
      clearTimeout(timer)
      resolve(Buffer.concat(chunks).toString('utf8'))
    })
    message.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    message.on('close', () => {
      clearTimeout(timer)
      if (!message.complete) {
        const error = new Error('the connection closed before the body ended')
        reject(Object.assign(error, { code: 'ECONNRESET' }))
      }
    })
  })
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

function queryString(query: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function stripQuery(path: string): string {
  const index = path.indexOf('?')
  return index === -1 ? path : path.slice(0, index)
}

function networkError(
  error: unknown,
  method: string,
  path: string,
  requestTimeoutMs: number
): LightNodeApiError {
  if (error instanceof LightNodeApiError) return error
  const code = systemErrorCode(error)
  const message = errorMessage(error)
  const timedOut =
    /timeout/i.test(message) ||
    code === 'ETIMEDOUT' ||
    code === 'ESOCKETTIMEDOUT'
  const notSent = code !== undefined && NOT_SENT_CODES.includes(code)
  const kind: ApiErrorKind = timedOut ? 'timeout' : 'network'
  const what = timedOut
    ? `got no response within the request timeout of ${formatDuration(requestTimeoutMs)}`
    : `failed: ${message}${code && !message.includes(code) ? ` (${code})` : ''}`
  return new LightNodeApiError(`${method} ${stripQuery(path)} ${what}`, {
    kind,
    method,
    path,
    ambiguous: !notSent,
    cause: error
  })
}

/** Parses a Retry-After header given in seconds or as an HTTP date. */
export function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - Date.now())
}

/**
 * Flattens text from the API to one line, so that it cannot start a
 * workflow command such as ::error when it is logged.
 */
export function clean(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ')
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return '[empty body]'
  return flat.length > 120 ? `'${flat.slice(0, 120)}...'` : `'${flat}'`
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Reads `code`, which the API sends as a string or a number. */
function apiCode(body: Record<string, unknown>): string | undefined {
  const code = body.code
  if (typeof code === 'string' || typeof code === 'number') return String(code)
  return undefined
}

function apiText(body: Record<string, unknown>): string | undefined {
  for (const key of ['message', 'msg']) {
    const value = body[key]
    if (typeof value === 'string' && value !== '') return clean(value)
  }
  return undefined
}

/** Checks whether a parsed body reports a failure, even under a 2xx status. */
function bodyFails(body: Record<string, unknown>): boolean {
  if (body.success === false) return true
  const code = apiCode(body)
  return code !== undefined && code !== '0' && code !== '200'
}

/**
 * Returns the status that classifies a failure: the HTTP status, or for a failure
 * sent with a 2xx status, the `httpStatus` or numeric `code` of the body.
 */
function effectiveStatus(
  status: number,
  body: Record<string, unknown>
): number {
  if (status < 200 || status >= 300) return status
  for (const value of [body.httpStatus, body.code]) {
    const number = Number(value)
    if (Number.isInteger(number) && number >= 400 && number < 600) return number
  }
  return 400
}

/** Codes and texts with which the API reports an unknown id. */
const NOT_FOUND_TEXT = /not.?found|not.?exist|no such|expired/i

function statusKind(
  status: number,
  body: Record<string, unknown>
): ApiErrorKind {
  const code = apiCode(body) ?? ''
  if (status === 401 || status === 403 || /^Authenticated\./.test(code)) {
    return 'auth'
  }
  if (status === 429) return 'throttled'
  if (status === 408 || status === 409 || status === 425) return 'busy'
  if (status >= 500) return 'server'
  const text = `${code} ${apiText(body) ?? ''}`
  if (status === 404 || NOT_FOUND_TEXT.test(text)) return 'not-found'
  return 'rejected'
}

/** Builds the error for a response whose body is not a JSON object. */
function unreadable(
  method: string,
  path: string,
  status: number,
  text: string,
  retryAfterMs: number | undefined
): never {
  const ok = status >= 200 && status < 300
  let kind: ApiErrorKind = 'rejected'
  if (ok || status >= 500) kind = 'malformed'
  if (status === 429) kind = 'throttled'
  if (status === 408 || status === 409 || status === 425) kind = 'busy'
  if (status === 401 || status === 403) kind = 'auth'
  if (status === 404) kind = 'not-found'
  const hint = status === 404 ? ' Check api-url.' : ''
  return fail(
    `${method} ${stripQuery(path)} returned HTTP ${status} with a body that ` +
      `is not a JSON object: ${snippet(text)}.${hint}`,
    {
      kind,
      method,
      path,
      status,
      ambiguous: kind === 'malformed',
      retryAfterMs
    }
  )
}

function interpret(
  method: string,
  path: string,
  status: number,
  text: string,
  headers: Pick<Exchange, 'retryAfter' | 'location'>
): Record<string, unknown> {
  const parsed = parseJson(text)
  const body =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined
  const ok = status >= 200 && status < 300
  const where = `${method} ${stripQuery(path)}`
  const retryAfterMs = parseRetryAfter(headers.retryAfter)
  if (ok && body !== undefined && !bodyFails(body)) return body
  if (status >= 300 && status < 400) {
    return fail(
      `${where} was redirected (HTTP ${status}) to ` +
        `${clean(headers.location ?? 'an unknown location')}. The action ` +
        `does not follow redirects, so that the token goes only to ` +
        `api-url. Check api-url.`,
      { kind: 'rejected', method, path, status }
    )
  }
  if (body === undefined) {
    return unreadable(method, path, status, text, retryAfterMs)
  }
  const code = apiCode(body)
  const apiMessage = apiText(body)
  const kind = statusKind(effectiveStatus(status, body), body)
  const detail = [code, apiMessage].filter(Boolean).join(': ')
  return fail(
    `${where} failed with HTTP ${status}${detail ? `: ${detail}` : ''}`,
    {
      kind,
      method,
      path,
      status,
      code,
      apiMessage,
      ambiguous: kind === 'server',
      retryAfterMs
    }
  )
}

function fail(
  message: string,
  details: ConstructorParameters<typeof LightNodeApiError>[1]
): never {
  throw new LightNodeApiError(message, details)
}
