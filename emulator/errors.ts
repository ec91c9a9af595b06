/**
 * API error bodies. An error has a dotted code such as
 * `InvalidPackageCode.NotFound`. The variants decide whether the body shows
 * that code or a number, `message` or `msg`, and `"success": false`.
 */
import type { Variants } from './options.js'

/** Status placeholder: the `validationStatus` variant decides. */
export const validation = 'validation'

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number | typeof validation = validation,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** Numeric codes for the `errorCode: 'number'` variant; never 0 or 200. */
const numericCodes: Record<string, number> = {
  'Authenticated.Error': 40100,
  'InvalidParameter.ContentType': 40001,
  'InvalidParameter.MalformedJson': 40002,
  'InvalidParameter.Page': 40003,
  'InvalidParameter.PageSize': 40004,
  'InvalidParameter.ImageType': 40005,
  'InvalidParameter.ForceStop': 40006,
  'InvalidPackageConfig.NotNull': 40010,
  'InvalidPackageCode.NotNull': 40011,
  'InvalidPackageCode.NotFound': 40012,
  'InvalidRegionCode.NotNull': 40013,
  'InvalidRegionCode.NotFound': 40014,
  'InvalidRegionCode.SoldOut': 40015,
  'InvalidRegionCode.Mismatch': 40016,
  'InvalidZoneCode.NotNull': 40017,
  'InvalidZoneCode.NotFound': 40018,
  'InvalidInstanceName.NotNull': 40019,
  'InvalidInstanceName.Malformed': 40020,
  'InvalidImageResourceUUID.NotNull': 40021,
  'InvalidImageResourceUUID.NotFound': 40022,
  'InvalidSshKeyUUID.NotFound': 40023,
  'InvalidFirewallUUID.NotFound': 40024,
  'InvalidFirewallUUID.Unavailable': 40025,
  'InvalidPassword.NotNull': 40026,
  'InvalidPassword.Malformed': 40027,
  'InvalidInstanceId.NotNull': 40030,
  'InvalidInstanceId.NotFound': 40031,
  'InvalidInstanceStatus.NotStopped': 40032,
  'InvalidInstanceStatus.TaskInProgress': 40033,
  'InvalidInstanceStatus.Releasing': 40034,
  'InvalidInstanceStatus.Error': 40035,
  'InvalidAsyncTaskUUID.NotNull': 40040,
  'InvalidAsyncTaskUUID.NotFound': 40041,
  'InvalidRequest.NotFound': 40400,
  'InvalidRequest.MethodNotAllowed': 40500,
  'Throttling.TooManyRequests': 42900
}

/** Returns the number shown for `code` under `errorCode: 'number'`. */
export function numericCode(code: string, status: number): number {
  return numericCodes[code] ?? status * 100 + 99
}

/** Returns the HTTP status of `error` under the current variants. */
export function errorStatus(error: ApiError, variants: Variants): number {
  return error.status === validation ? variants.validationStatus : error.status
}

/** Builds an API error body, shaped by the error-body variants. */
export function errorBody(
  code: string,
  message: string,
  status: number,
  variants: Variants
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    code: variants.errorCode === 'number' ? numericCode(code, status) : code,
    httpStatus: status
  }
  body[variants.errorText] = message
  if (variants.errorSuccess === 'with') body.success = false
  return body
}

/**
 * Body of an authentication failure: the body the live API returned for a
 * call without a token, kept exact regardless of the error-body variants.
 */
export function authFailureBody(status: number): Record<string, unknown> {
  return {
    code: 'Authenticated.Error',
    httpStatus: status,
    message:
      'The current request is not authenticated and access is not allowed'
  }
}

/** Dotted codes for injected HTTP statuses. */
const statusCodes: Record<number, string> = {
  400: 'InvalidParameter.Invalid',
  401: 'Authenticated.Error',
  403: 'Authenticated.Forbidden',
  404: 'InvalidRequest.NotFound',
  408: 'RequestTimeout.Timeout',
  409: 'OperationConflict.Conflict',
  425: 'TooEarly.Retry',
  429: 'Throttling.TooManyRequests',
  500: 'InternalError.Unknown',
  502: 'BadGateway.Upstream',
  503: 'ServiceUnavailable.Unavailable',
  504: 'GatewayTimeout.Upstream'
}

/** Returns a dotted code that fits an injected HTTP status. */
export function codeForStatus(status: number): string {
  return (
    statusCodes[status] ??
    (status >= 500 ? 'InternalError.Unknown' : 'InvalidRequest.Failed')
  )
}
