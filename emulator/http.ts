/**
 * HTTP helpers of the emulator server: reading bodies, writing JSON, and
 * the record kept of every API request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isLoopbackAddress } from './options.js'

/** One API request as the emulator received it, with the status it sent. */
export interface RecordedCall {
  method: string
  /** Path without the query string. */
  path: string
  query: Record<string, string>
  /** The parsed JSON body, the raw text when it is not JSON, or undefined. */
  body: unknown
  /** Request headers, with lower-case names. */
  headers: Record<string, string>
  /**
   * HTTP status sent, or 'dropped' when the connection was closed instead.
   * It is 0 until the response is sent.
   */
  status: number | 'dropped'
  /** Arrival time, ms epoch. */
  at: number
}

/** Reads the whole request body as UTF-8 text. */
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/** Returns the headers as a flat record; repeated headers are joined by ", ". */
export function flattenHeaders(
  request: IncomingMessage
): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue
    headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

/** Returns the query parameters; of a repeated parameter, the last one wins. */
export function queryRecord(url: URL): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [name, value] of url.searchParams) query[name] = value
  return query
}

/** Returns the body parsed as JSON, the raw text if it is not JSON, or undefined. */
export function bodyForRecord(rawBody: string): unknown {
  if (rawBody === '') return undefined
  try {
    return JSON.parse(rawBody)
  } catch {
    return rawBody
  }
}

/** Writes a complete response with a text body. */
export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers
  })
  response.end(text)
}

/** Writes a complete JSON response. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  sendText(response, status, JSON.stringify(body), headers)
}

/** Returns whether `host` is a loopback name or address. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '')
  return bare === 'localhost' || isLoopbackAddress(bare)
}
