/** The kind of failure of an API call, as far as the client can tell. */
export type ApiErrorKind =
  | 'auth'
  | 'not-found'
  | 'throttled'
  | 'busy'
  | 'server'
  | 'rejected'
  | 'malformed'
  | 'network'
  | 'timeout'

export interface ApiErrorDetails {
  kind: ApiErrorKind
  method: string
  path: string
  status?: number
  code?: string
  apiMessage?: string
  retryAfterMs?: number
  /** The request may have reached the API although no response was read. */
  ambiguous?: boolean
  cause?: unknown
}

/** A failed LightNode API call: HTTP status, API error code and message. */
export class LightNodeApiError extends Error {
  readonly kind: ApiErrorKind
  readonly method: string
  readonly path: string
  readonly status?: number
  readonly code?: string
  readonly apiMessage?: string
  readonly retryAfterMs?: number
  readonly ambiguous: boolean

  constructor(message: string, details: ApiErrorDetails) {
    super(message, { cause: details.cause })
    this.name = 'LightNodeApiError'
    this.kind = details.kind
    this.method = details.method
    this.path = details.path
    this.status = details.status
    this.code = details.code
    this.apiMessage = details.apiMessage
    this.retryAfterMs = details.retryAfterMs
    this.ambiguous = details.ambiguous ?? false
  }

  /** Whether the same call may be sent again. */
  get transient(): boolean {
    return [
      'throttled',
      'busy',
      'server',
      'network',
      'timeout',
      'malformed'
    ].includes(this.kind)
  }
}

/** Reads an error's message, also from values that are not Error instances. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message)
  }
  return String(error)
}

/** Reads a Node system error code such as ECONNREFUSED, if there is one. */
export function systemErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}
