/**
 * Options of the LightNode API emulator: the seed data, timings, and one
 * switch per behaviour of the real API that its documentation leaves open.
 * The first value listed for each switch is the default.
 */

/** The asynchronous operations, named as the task records name them. */
export type Operation =
  | 'create'
  | 'release'
  | 'stop'
  | 'start'
  | 'restart'
  | 'reinstall'
  | 'modifyPassword'

export const operations: readonly Operation[] = [
  'create',
  'release',
  'stop',
  'start',
  'restart',
  'reinstall',
  'modifyPassword'
]

/** Every field optional, recursively, but arrays are replaced whole. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[]
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K]
}

/** Switches between the variants of the API's unknown or conflicting points. */
export interface Variants {
  /** HTTP status of a success. The body contains `"httpStatus": 202` in both. */
  successStatus: 202 | 200
  /**
   * Acknowledgement of an action. Shape A is
   * `{asyncTaskInfo:{asyncTaskUUID,ecsResourceUUID}}`, shape B is a top-level
   * `asyncTaskUUID`. 'documented' uses A for create and release, B otherwise.
   */
  ackShape: 'documented' | 'A' | 'B'
  /** `taskStatus`/`processResult` of a task that is still running. */
  runningTask: 'PROCESSING/RETRY' | 'PROCESSING/missing' | 'RUNNING'
  /** `processResult` of a failed task. A cancelled task reports CANCEL. */
  failureResult: 'FAIL' | 'CANCEL' | 'FAILED'
  /** Field of `asyncTaskInfo` that carries the failure text. */
  failureTextField:
    'errorMessage' | 'failMessage' | 'remark' | 'message' | 'errMsg' | 'none'
  /** Response to an unknown or expired task ID. */
  unknownTask: 'error-body' | 'http-404'
  /** HTTP status used by `unknownTask: 'error-body'`. */
  unknownTaskStatus: number
  /** Milliseconds after completion until a task ID is forgotten; null = never. */
  taskExpiryMs: number | null
  /** Response of `/instance/detail` to an unknown or released instance. */
  missingInstance: 'http-404' | 'error-body'
  /** HTTP status used by `missingInstance: 'error-body'` (may even be 200). */
  missingInstanceStatus: number
  /** `{"instance":{…}}` or the bare instance object. */
  detailWrapper: 'wrapped' | 'bare'
  /** Milliseconds after a create task succeeds until the public IP shows. */
  ipDelayMs: number
  /** Milliseconds after a task succeeds until `ecsPendingStatus` is NONE. */
  pendingDelayMs: number
  /** `ecsStatus` while a task runs: the old value, or a word like STOPPING. */
  powerState: 'keep-old' | 'transitional'
  /** Whether a failed create leaves an instance record behind. */
  failedCreate: 'keep-record' | 'remove'
  /** HTTP 429 past a request rate or a number of concurrent requests. */
  throttle: {
    /** Accepted requests per sliding second; null = no limit. */
    requestsPerSecond: number | null
    /** Requests in flight at once; null = no limit. */
    maxConcurrent: number | null
    /** Value of the `Retry-After` header, in seconds. */
    retryAfterSeconds: number
  }
  /** Paging of the instance, image and firewall lists. */
  paging: {
    defaultPageSize: number
    maxPageSize: number
    /** Handling of a `pageSize` over the maximum: an error or the maximum. */
    overMax: 'reject' | 'clamp'
  }
  /** Whether list bodies carry `"success": true`. */
  listSuccess: 'with' | 'without'
  /** Operations that are rejected unless the instance is STOPPED. */
  requireStopped: {
    reinstall: boolean
    modifyPassword: boolean
    release: boolean
  }
  /** `regionCode` on reinstall and password reset. */
  regionCode: 'required' | 'optional'
  /** How many special characters a password must have. */
  passwordSpecial: 'exactly-one' | 'at-least-one'
  /** Whether the backtick counts as an allowed special character. */
  backtick: 'rejected' | 'accepted'
  /** Error body `code`: a dotted name or a number. */
  errorCode: 'string' | 'number'
  /** Error body text field. */
  errorText: 'message' | 'msg'
  /** Whether error bodies carry `"success": false`. */
  errorSuccess: 'with' | 'without'
  /** HTTP status of a rejected request (validation or state error). */
  validationStatus: number
  /** HTTP status of a missing or wrong token. */
  authFailure: 401 | 403
  /** Whether sold-out regions appear in `/region/list`. */
  soldOutRegions: 'listed' | 'hidden'
  /** Form of the optional instance fields (dataDiskSize, packageCode, …). */
  optionalFields: 'present' | 'null' | 'absent'
  /** A release of an instance already being released or gone. */
  duplicateRelease: 'error' | 'second-task'
  /** List key of `/sshKey/list`. */
  sshKeyListKey: 'sshKeys' | 'keyPairs'
  /** ID field of each SSH key in `/sshKey/list`. */
  sshKeyIdField: 'sshKeyUUID' | 'sshKeyResourceUUID'
}

/** Extra generated zones and instances, for fleet look-up benchmarks. */
export interface FleetOptions {
  zones: number
  instancesPerZone: number
}

export interface EmulatorOptions {
  /** Accepted `x-open-token` values. */
  tokens: string[]
  /** Duration of every task, in milliseconds. */
  taskDurationMs: number
  /** Per-operation durations that override `taskDurationMs`. */
  taskDurations: Partial<Record<Operation, number>>
  /** Milliseconds added before every API response. */
  latencyMs: number
  /** When set, every instance with an address reports this one. */
  publicIp: string | null
  /** Generated zones and instances; applied when the state is (re)seeded. */
  fleet: FleetOptions | null
  variants: Variants
}

export const defaultVariants: Variants = {
  successStatus: 202,
  ackShape: 'documented',
  runningTask: 'PROCESSING/RETRY',
  failureResult: 'FAIL',
  failureTextField: 'errorMessage',
  unknownTask: 'error-body',
  unknownTaskStatus: 400,
  taskExpiryMs: null,
  missingInstance: 'http-404',
  missingInstanceStatus: 400,
  detailWrapper: 'wrapped',
  ipDelayMs: 0,
  pendingDelayMs: 0,
  powerState: 'keep-old',
  failedCreate: 'keep-record',
  throttle: {
    requestsPerSecond: null,
    maxConcurrent: null,
    retryAfterSeconds: 1
  },
  paging: { defaultPageSize: 10, maxPageSize: 50, overMax: 'reject' },
  listSuccess: 'with',
  requireStopped: { reinstall: true, modifyPassword: false, release: false },
  regionCode: 'required',
  passwordSpecial: 'exactly-one',
  backtick: 'rejected',
  errorCode: 'string',
  errorText: 'message',
  errorSuccess: 'with',
  validationStatus: 400,
  authFailure: 401,
  soldOutRegions: 'listed',
  optionalFields: 'present',
  duplicateRelease: 'error',
  sshKeyListKey: 'sshKeys',
  sshKeyIdField: 'sshKeyUUID'
}

export const defaultOptions: EmulatorOptions = {
  tokens: ['test-token'],
  taskDurationMs: 3000,
  taskDurations: {},
  latencyMs: 0,
  publicIp: null,
  fleet: null,
  variants: defaultVariants
}

/**
 * Allowed values of each variant, by dotted key. 'number' accepts any
 * non-negative number, 'number|null' also null, 'count' a whole number
 * >= 1, 'status' an HTTP status, and 'boolean' true or false.
 */
export const variantChoices: Record<string, readonly unknown[] | string> = {
  successStatus: [202, 200],
  ackShape: ['documented', 'A', 'B'],
  runningTask: ['PROCESSING/RETRY', 'PROCESSING/missing', 'RUNNING'],
  failureResult: ['FAIL', 'CANCEL', 'FAILED'],
  failureTextField: [
    'errorMessage',
    'failMessage',
    'remark',
    'message',
    'errMsg',
    'none'
  ],
  unknownTask: ['error-body', 'http-404'],
  unknownTaskStatus: 'status',
  taskExpiryMs: 'number|null',
  missingInstance: ['http-404', 'error-body'],
  missingInstanceStatus: 'status',
  detailWrapper: ['wrapped', 'bare'],
  ipDelayMs: 'number',
  pendingDelayMs: 'number',
  powerState: ['keep-old', 'transitional'],
  failedCreate: ['keep-record', 'remove'],
  'throttle.requestsPerSecond': 'number|null',
  'throttle.maxConcurrent': 'number|null',
  'throttle.retryAfterSeconds': 'number',
  'paging.defaultPageSize': 'count',
  'paging.maxPageSize': 'count',
  'paging.overMax': ['reject', 'clamp'],
  listSuccess: ['with', 'without'],
  'requireStopped.reinstall': 'boolean',
  'requireStopped.modifyPassword': 'boolean',
  'requireStopped.release': 'boolean',
  regionCode: ['required', 'optional'],
  passwordSpecial: ['exactly-one', 'at-least-one'],
  backtick: ['rejected', 'accepted'],
  errorCode: ['string', 'number'],
  errorText: ['message', 'msg'],
  errorSuccess: ['with', 'without'],
  validationStatus: 'status',
  authFailure: [401, 403],
  soldOutRegions: ['listed', 'hidden'],
  optionalFields: ['present', 'null', 'absent'],
  duplicateRelease: ['error', 'second-task'],
  sshKeyListKey: ['sshKeys', 'keyPairs'],
  sshKeyIdField: ['sshKeyUUID', 'sshKeyResourceUUID']
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Returns a copy of `base` with `patch` merged in; arrays and null replace. */
export function deepMerge<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) {
    return (patch === undefined ? structuredClone(base) : patch) as T
  }
  const merged: Record<string, unknown> = structuredClone(base)
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue
    merged[key] = key in merged ? deepMerge(merged[key], value) : value
  }
  return merged as T
}

/** Returns whether `value` is allowed for the variant at `key`. */
export function isValidVariantValue(key: string, value: unknown): boolean {
  const choices = variantChoices[key]
  if (Array.isArray(choices)) return choices.includes(value)
  if (choices === 'boolean') return typeof value === 'boolean'
  if (choices === 'number|null' && value === null) return true
  if (choices === 'count') {
    return Number.isInteger(value) && Number(value) >= 1
  }
  if (choices === 'status') {
    return (
      Number.isInteger(value) && Number(value) >= 100 && Number(value) < 600
    )
  }
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

function collectVariantKeys(value: unknown, prefix: string, keys: string[]) {
  if (!isPlainObject(value)) return
  for (const [key, inner] of Object.entries(value)) {
    const dotted = prefix ? `${prefix}.${key}` : key
    if (isPlainObject(inner)) collectVariantKeys(inner, dotted, keys)
    else keys.push(dotted)
  }
}

function readDotted(value: unknown, dotted: string): unknown {
  let current = value
  for (const part of dotted.split('.')) {
    current = isPlainObject(current) ? current[part] : undefined
  }
  return current
}

function validateNumber(name: string, value: unknown, allowNull = false) {
  if (allowNull && value === null) return
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`invalid option ${name}: expected a number >= 0`)
  }
}

function validateVariants(variants: unknown): void {
  const keys: string[] = []
  collectVariantKeys(variants, '', keys)
  for (const key of keys) {
    if (!(key in variantChoices)) {
      throw new Error(
        `unknown variant "${key}"; see the variants table in emulator/README.md`
      )
    }
    const value = readDotted(variants, key)
    if (!isValidVariantValue(key, value)) {
      throw new Error(
        `invalid variant ${key}=${JSON.stringify(value)}: ${describeChoices(key)}`
      )
    }
  }
}

/** Returns the default value of the variant at a dotted key. */
export function defaultVariantValue(key: string): unknown {
  return readDotted(defaultVariants, key)
}

/** Describes the allowed values of a variant, for error and help text. */
export function describeChoices(key: string): string {
  const choices = variantChoices[key]
  if (Array.isArray(choices)) return `one of ${choices.join(', ')}`
  if (choices === 'status') return 'an HTTP status from 100 to 599'
  if (choices === 'count') return 'a whole number >= 1'
  if (choices === 'number|null') return 'a number >= 0 or null'
  return choices === 'boolean' ? 'true or false' : 'a number >= 0'
}

/** Returns whether `value` is an IPv4 address in 127.0.0.0/8 or `::1`. */
export function isLoopbackAddress(value: unknown): boolean {
  if (value === '::1') return true
  if (typeof value !== 'string') return false
  const parts = value.split('.')
  return (
    parts.length === 4 &&
    parts[0] === '127' &&
    parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)
  )
}

/** Throws an Error that names the first invalid option. */
export function validateOptions(options: EmulatorOptions): void {
  for (const key of Object.keys(options)) {
    if (!(key in defaultOptions)) throw new Error(`unknown option "${key}"`)
  }
  if (
    !Array.isArray(options.tokens) ||
    options.tokens.some((token) => typeof token !== 'string' || token === '')
  ) {
    throw new Error('invalid option tokens: expected non-empty strings')
  }
  validateNumber('taskDurationMs', options.taskDurationMs)
  validateNumber('latencyMs', options.latencyMs)
  for (const [operation, duration] of Object.entries(options.taskDurations)) {
    if (!operations.includes(operation as Operation)) {
      throw new Error(`unknown operation "${operation}" in taskDurations`)
    }
    validateNumber(`taskDurations.${operation}`, duration)
  }
  if (options.publicIp !== null && !isLoopbackAddress(options.publicIp)) {
    throw new Error(
      `invalid option publicIp ${JSON.stringify(options.publicIp)}: use a ` +
        'loopback address such as 127.0.0.1, so that clients stay on this machine'
    )
  }
  if (options.fleet !== null) {
    validateNumber('fleet.zones', options.fleet.zones)
    validateNumber('fleet.instancesPerZone', options.fleet.instancesPerZone)
  }
  validateVariants(options.variants)
}

/** Merges `patch` into `base` and validates the result. */
export function resolveOptions(
  base: EmulatorOptions,
  patch: DeepPartial<EmulatorOptions> | undefined
): EmulatorOptions {
  const merged = deepMerge(base, patch ?? {})
  validateOptions(merged)
  return merged
}

/** Duration of one operation's task, in milliseconds. */
export function taskDuration(
  options: EmulatorOptions,
  operation: Operation
): number {
  return options.taskDurations[operation] ?? options.taskDurationMs
}
