/**
 * Small helpers for tests that talk to the emulator over HTTP.
 */

/** A parsed JSON body; tests read nested fields freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = Record<string, any>

export interface ApiResponse {
  status: number
  /** The parsed JSON body, or `{}` when the body is not JSON. */
  body: JsonBody
  text: string
  headers: Headers
}

export interface RequestSettings {
  /** `x-open-token` value; null sends none. Default: the client's token. */
  token?: string | null
  /** Content-Type of a POST; default application/json. */
  contentType?: string
  /** Raw body text, sent as is instead of JSON. */
  rawBody?: string
}

/** A minimal LightNode API client for tests: one method per HTTP verb. */
export class EmulatorClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string | null = 'test-token'
  ) {}

  /** Sends a GET with `query` as the query string. */
  get(
    path: string,
    query: Record<string, string | number> = {},
    settings: RequestSettings = {}
  ): Promise<ApiResponse> {
    const url = new URL(path, this.baseUrl)
    for (const [name, value] of Object.entries(query)) {
      url.searchParams.set(name, String(value))
    }
    return this.send('GET', url, undefined, settings)
  }

  /** Sends a POST with a JSON body. */
  post(
    path: string,
    body: unknown,
    settings: RequestSettings = {}
  ): Promise<ApiResponse> {
    const text = settings.rawBody ?? JSON.stringify(body)
    return this.send('POST', new URL(path, this.baseUrl), text, settings)
  }

  private async send(
    method: string,
    url: URL,
    body: string | undefined,
    settings: RequestSettings
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = {}
    const token = settings.token === undefined ? this.token : settings.token
    if (token !== null) headers['x-open-token'] = token
    if (method === 'POST') {
      headers['content-type'] = settings.contentType ?? 'application/json'
    }
    const response = await fetch(url, { method, headers, body })
    const text = await response.text()
    let parsed: JsonBody
    try {
      parsed = JSON.parse(text) as JsonBody
    } catch {
      parsed = {}
    }
    return {
      status: response.status,
      body: parsed,
      text,
      headers: response.headers
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Polls `check` every `intervalMs` until it returns true; throws after `timeoutMs`. */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  intervalMs = 5
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`condition not met within ${timeoutMs} ms`)
    }
    await sleep(intervalMs)
  }
}
