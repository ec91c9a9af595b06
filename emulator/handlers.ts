/**
 * The fifteen API endpoints and the checks every request goes through:
 * the token, the route, and a JSON body on POST.
 */
import {
  createInstance,
  modifyPassword,
  reinstallInstance,
  releaseInstance,
  restartInstance,
  startInstance,
  stopInstance
} from './actions.js'
import type { HandlerContext } from './context.js'
import { ApiError, authFailureBody, errorBody, errorStatus } from './errors.js'
import type { EmulatorOptions } from './options.js'
import {
  instanceDetail,
  listFirewalls,
  listImages,
  listInstances,
  listPackages,
  listRegions,
  listSshKeys,
  taskResult
} from './queries.js'
import type { Store } from './store.js'

type Handler = (context: HandlerContext) => Record<string, unknown>

interface Route {
  method: 'GET' | 'POST'
  handle: Handler
}

/** API paths and their handlers. */
export const routes: Record<string, Route> = {
  '/instance/create': { method: 'POST', handle: createInstance },
  '/instance/release': { method: 'POST', handle: releaseInstance },
  '/instance/stop': { method: 'POST', handle: stopInstance },
  '/instance/start': { method: 'POST', handle: startInstance },
  '/instance/restart': { method: 'POST', handle: restartInstance },
  '/instance/modifyInstancePassword': {
    method: 'POST',
    handle: modifyPassword
  },
  '/instance/detail': { method: 'GET', handle: instanceDetail },
  '/instance/reinstallSystem': { method: 'POST', handle: reinstallInstance },
  '/instance/list': { method: 'GET', handle: listInstances },
  '/firewall/list': { method: 'GET', handle: listFirewalls },
  '/image/list': { method: 'GET', handle: listImages },
  '/asynctask/getResult': { method: 'GET', handle: taskResult },
  '/sshKey/list': { method: 'GET', handle: listSshKeys },
  '/region/list': { method: 'GET', handle: listRegions },
  '/package/list': { method: 'GET', handle: listPackages }
}

/** An API request as received. */
export interface RawRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  rawBody: string
  /** Arrival time, ms epoch. */
  now: number
}

export interface ApiReply {
  status: number
  body: unknown
  headers: Record<string, string>
}

/** Converts an ApiError into an error reply shaped by the variants. */
export function errorReply(
  error: ApiError,
  options: EmulatorOptions
): ApiReply {
  const status = errorStatus(error, options.variants)
  const body = errorBody(error.code, error.message, status, options.variants)
  return { status, body, headers: error.headers }
}

function findRoute(method: string, path: string): Route {
  const route = Object.hasOwn(routes, path) ? routes[path] : undefined
  if (!route) {
    throw new ApiError('InvalidRequest.NotFound', `no API path ${path}`, 404)
  }
  if (route.method !== method) {
    throw new ApiError(
      'InvalidRequest.MethodNotAllowed',
      `${path} takes ${route.method}, not ${method}`,
      405,
      { allow: route.method }
    )
  }
  return route
}

function parseJsonObject(raw: RawRequest): Record<string, unknown> {
  const contentType = (raw.headers['content-type'] ?? '').split(';')[0].trim()
  if (contentType.toLowerCase() !== 'application/json') {
    throw new ApiError(
      'InvalidParameter.ContentType',
      `Content-Type must be application/json, got "${contentType}"`,
      400
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw.rawBody)
  } catch {
    throw new ApiError(
      'InvalidParameter.MalformedJson',
      'the body is not valid JSON',
      400
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError(
      'InvalidParameter.MalformedJson',
      'the body must be a JSON object',
      400
    )
  }
  return parsed as Record<string, unknown>
}

/** Authenticates, routes and runs one API request against the store. */
export function dispatch(
  store: Store,
  options: EmulatorOptions,
  raw: RawRequest
): ApiReply {
  const token = raw.headers['x-open-token']
  if (token === undefined || !options.tokens.includes(token)) {
    const status = options.variants.authFailure
    return { status, body: authFailureBody(status), headers: {} }
  }
  try {
    const route = findRoute(raw.method, raw.path)
    const body = raw.method === 'POST' ? parseJsonObject(raw) : {}
    store.advance(raw.now)
    const request = {
      method: raw.method,
      path: raw.path,
      query: raw.query,
      body,
      now: raw.now
    }
    const reply = route.handle({ store, options, request })
    return { status: options.variants.successStatus, body: reply, headers: {} }
  } catch (error) {
    if (error instanceof ApiError) return errorReply(error, options)
    throw error
  }
}
