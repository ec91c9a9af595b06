import * as core from '@actions/core'
import {
  DEFAULT_API_URL,
  Input,
  OPERATIONS,
  TOKEN_ENV,
  type Operation
} from './constants.js'
import {
  InputError,
  parseDuration,
  quote,
  validateId,
  validateInstanceName,
  validatePassword
} from './validation.js'

export type IfExists = 'reuse' | 'fail' | 'replace'
export type IfMissing = 'ignore' | 'fail'
export type Cleanup = 'never' | 'always' | 'on-failure'

/** Everything the action was asked to do, checked before any API call. */
export interface Settings {
  operation: Operation
  token: string
  apiUrl: string
  instanceId?: string
  instanceName?: string
  namePrefix?: string
  region?: string
  zone?: string
  packageSpec?: string
  image?: string
  imageType: string
  sshKey?: string
  securityGroup?: string
  password?: string
  force: boolean
  taskId?: string
  wait: boolean
  timeoutMs: number
  pollIntervalMs: number
  requestTimeoutMs: number
  maxRetries: number
  ifExists: IfExists
  ifMissing: IfMissing
  cleanup: Cleanup
  cleanupExplicit: boolean
  count: number
  dryRun: boolean
  waitForPorts: number[]
  olderThanMs?: number
  prComment: boolean
  githubToken: string
  warnings: string[]
}

const HOUR = 3_600_000

/** Operations that act on one instance named by id or by name. */
const TARGETS_INSTANCE: readonly Operation[] = [
  'delete',
  'start',
  'stop',
  'restart',
  'reinstall',
  'reset-password',
  'get'
]

/** Operations that may act on every instance whose name has a prefix. */
const ACCEPTS_PREFIX: readonly Operation[] = ['delete', 'start', 'stop']

function optional(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

function choice<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = optional(name)
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(
    `Invalid ${name} ${quote(value)}. Use one of: ${allowed.join(', ')}.`
  )
}

function flag(name: string, fallback: boolean): boolean {
  const value = optional(name)
  if (value === undefined) return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`Invalid ${name} ${quote(value)}. Use true or false.`)
}

function integer(name: string, fallback: number, min: number, max: number) {
  const value = optional(name)
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      `Invalid ${name} ${quote(value)}. Use a whole number from ${min} to ${max}.`
    )
  }
  return Number(value)
}

function readOperation(): Operation {
  const value = core.getInput(Input.Operation)
  if (value === '') {
    throw new InputError(
      `Missing input ${Input.Operation}. Set it to one of: ` +
        `${OPERATIONS.join(', ')}.`
    )
  }
  if ((OPERATIONS as readonly string[]).includes(value)) {
    return value as Operation
  }
  const lower = value.toLowerCase()
  const hint = (OPERATIONS as readonly string[]).includes(lower)
    ? ` Operations are lower case: use '${lower}'.`
    : ` Use one of: ${OPERATIONS.join(', ')}.`
  throw new InputError(`Invalid ${Input.Operation} ${quote(value)}.${hint}`)
}

/** Reads the token from the input or the environment and masks it at once. */
function readToken(): string {
  const token = core.getInput(Input.ApiToken) || process.env[TOKEN_ENV] || ''
  if (token.trim() !== '') core.setSecret(token)
  if (token.trim() === '') {
    throw new InputError(
      `Missing input ${Input.ApiToken}. Pass the LightNode API token from a ` +
        `secret, for example api-token: \${{ secrets.LIGHTNODE_API_TOKEN }}, ` +
        `or set the ${TOKEN_ENV} environment variable.`
    )
  }
  if (/\s/.test(token)) {
    throw new InputError(
      `Invalid ${Input.ApiToken}: the token contains white space. Copy the ` +
        `token exactly as issued, without spaces or line breaks.`
    )
  }
  if (!/^[\x21-\x7e]+$/.test(token) || token.length > 4096) {
    throw new InputError(
      `Invalid ${Input.ApiToken}: a token is at most 4096 visible ASCII ` +
        `characters, and this one has ${token.length} characters, some of ` +
        `them outside that set. Copy the token exactly as issued.`
    )
  }
  return token
}

function readGithubToken(): string {
  const token = core.getInput(Input.GithubToken)
  if (token !== '') core.setSecret(token)
  return token
}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3})$/i

function readApiUrl(): string {
  const value = optional(Input.ApiUrl) ?? DEFAULT_API_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      `Invalid ${Input.ApiUrl} ${quote(value)}: it is not a URL. ` +
        `Use ${DEFAULT_API_URL} or leave it empty.`
    )
  }
  if (url.hostname.startsWith('[')) {
    // NOTE: @actions/http-client 4.0.1 passes the bracketed IPv6 host to
    // the name lookup, which fails, so IPv6 literals cannot work.
    throw new InputError(
      `Invalid ${Input.ApiUrl} ${quote(value)}: IPv6 addresses are not ` +
        `supported. Use a host name, or 127.0.0.1 for a local emulator.`
    )
  }
  const loopback = LOOPBACK_HOSTS.test(url.hostname)
  const allowed =
    url.protocol === 'https:' || (url.protocol === 'http:' && loopback)
  const extras = url.username || url.password || /[?#]/.test(value)
  if (!allowed || extras) {
    const shown = extras ? `for host ${url.host}` : quote(value)
    throw new InputError(
      `Invalid ${Input.ApiUrl} ${shown}: the token may only travel ` +
        `over https:// (plain http:// is accepted for loopback addresses ` +
        `such as an emulator on 127.0.0.1), without credentials, query or ` +
        `fragment.`
    )
  }
  return url.href.replace(/\/+$/, '')
}

function readName(name: string, maxLength?: number): string | undefined {
  const value = optional(name)
  if (value !== undefined) validateInstanceName(name, value, maxLength)
  return value
}

function readId(name: string, prefix: string | null): string | undefined {
  const value = optional(name)
  if (value !== undefined) validateId(name, value, prefix)
  return value
}

function readPorts(): number[] {
  const value = optional(Input.WaitForPort)
  if (value === undefined) return []
  const ports = value.split(',').map((part) => part.trim())
  for (const port of ports) {
    if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
      throw new InputError(
        `Invalid ${Input.WaitForPort} ${quote(value)}. Use TCP port numbers ` +
          `from 1 to 65535, separated by commas, such as 22 or 22,80.`
      )
    }
  }
  return [...new Set(ports.map(Number))]
}

function readTimeouts() {
  const timeoutMs = parseDuration(
    Input.Timeout,
    optional(Input.Timeout) ?? '15m',
    { minMs: 1000, maxMs: 24 * HOUR }
  )
  const pollIntervalMs = parseDuration(
    Input.PollInterval,
    optional(Input.PollInterval) ?? '5s',
    { minMs: 10, maxMs: 10 * 60_000 }
  )
  const requestTimeoutMs = parseDuration(
    Input.RequestTimeout,
    optional(Input.RequestTimeout) ?? '30s',
    { minMs: 100, maxMs: 10 * 60_000 }
  )
  return { timeoutMs, pollIntervalMs, requestTimeoutMs }
}

/** Reads and checks every input. Throws InputError before any API call. */
export function readSettings(): Settings {
  const operation = readOperation()
  const token = readToken()
  const password = optional(Input.Password)
  if (password !== undefined) core.setSecret(password)
  const count = integer(Input.Count, 1, 1, 20)
  const suffixLength = count > 1 ? String(count).length + 1 : 0
  const cleanupRaw = optional(Input.Cleanup)
  const olderThan = optional(Input.OlderThan)

  const settings: Settings = {
    operation,
    token,
    apiUrl: readApiUrl(),
    instanceId: readId(Input.InstanceId, 'ecs-'),
    instanceName: readName(Input.InstanceName, 64 - suffixLength),
    namePrefix: readName(Input.NamePrefix),
    region: optional(Input.Region),
    zone: optional(Input.Zone),
    packageSpec: optional(Input.Package),
    image: optional(Input.Image),
    imageType: choice(
      Input.ImageType,
      ['System', 'Application', 'Self'],
      'System'
    ),
    sshKey: optional(Input.SshKey),
    securityGroup: optional(Input.SecurityGroup),
    password,
    force: flag(Input.Force, false),
    taskId: readId(Input.TaskId, null),
    wait: flag(Input.Wait, true),
    ...readTimeouts(),
    maxRetries: integer(Input.MaxRetries, 5, 0, 20),
    ifExists: choice(Input.IfExists, ['reuse', 'fail', 'replace'], 'reuse'),
    ifMissing: choice(
      Input.IfMissing,
      ['ignore', 'fail'],
      operation === 'delete' ? 'ignore' : 'fail'
    ),
    cleanup: choice(Input.Cleanup, ['never', 'always', 'on-failure'], 'never'),
    cleanupExplicit: cleanupRaw !== undefined,
    count,
    dryRun: flag(Input.DryRun, operation === 'prune'),
    waitForPorts: readPorts(),
    olderThanMs:
      olderThan === undefined
        ? undefined
        : parseDuration(Input.OlderThan, olderThan, {
            minMs: 60_000,
            maxMs: 365 * 24 * HOUR
          }),
    prComment: flag(Input.PrComment, false),
    githubToken: readGithubToken(),
    warnings: []
  }
  checkRequired(settings)
  warnIgnored(settings)
  return settings
}

/** Inputs without a default in action.yml, and the operations that read them. */
const READ_BY: Record<string, readonly Operation[]> = {
  [Input.Package]: ['create'],
  [Input.Image]: ['create', 'reinstall'],
  [Input.SshKey]: ['create', 'reinstall'],
  [Input.SecurityGroup]: ['create'],
  [Input.Password]: ['create', 'reinstall', 'reset-password'],
  [Input.TaskId]: ['wait-task'],
  [Input.WaitForPort]: ['create'],
  [Input.OlderThan]: ['prune'],
  [Input.Cleanup]: ['create']
}

/** Warns about inputs that the operation does not read. */
function warnIgnored(settings: Settings): void {
  for (const [name, operations] of Object.entries(READ_BY)) {
    if (
      optional(name) !== undefined &&
      !operations.includes(settings.operation)
    ) {
      settings.warnings.push(
        `Input ${name} is ignored: operation '${settings.operation}' does not use it.`
      )
    }
  }
  if (settings.waitForPorts.length > 0 && !settings.wait) {
    settings.warnings.push(
      `Input ${Input.WaitForPort} is ignored because ${Input.Wait} is false.`
    )
  }
}

function requireInput(
  settings: Settings,
  value: string | undefined,
  name: string,
  fix: string
): void {
  if (value === undefined) {
    throw new InputError(
      `Missing input ${name}: operation '${settings.operation}' needs it. ${fix}`
    )
  }
}

function checkTarget(settings: Settings): void {
  const { instanceId, instanceName, namePrefix, operation } = settings
  const given = [instanceId, instanceName, namePrefix].filter(
    (value) => value !== undefined
  )
  if (given.length > 1) {
    throw new InputError(
      `Conflicting inputs: give only one of ${Input.InstanceId}, ` +
        `${Input.InstanceName} and ${Input.NamePrefix} for operation ` +
        `'${operation}'.`
    )
  }
  if (namePrefix !== undefined && !ACCEPTS_PREFIX.includes(operation)) {
    throw new InputError(
      `Invalid input ${Input.NamePrefix} for operation '${operation}': only ` +
        `${ACCEPTS_PREFIX.join(', ')} and prune act on several instances. ` +
        `Use ${Input.InstanceId} or ${Input.InstanceName}.`
    )
  }
  if (given.length === 0) {
    throw new InputError(
      `Missing input ${Input.InstanceId}: operation '${operation}' needs the ` +
        `instance's id (such as ecs-lg00007dyz7g) or its ${Input.InstanceName}.`
    )
  }
}

function checkRequired(settings: Settings): void {
  const { operation } = settings
  if (settings.zone !== undefined && settings.region === undefined) {
    throw new InputError(
      `Missing input ${Input.Region}: ${Input.Zone} '${settings.zone}' was ` +
        `given without its region. Set ${Input.Region} too.`
    )
  }
  if (TARGETS_INSTANCE.includes(operation)) checkTarget(settings)
  if (operation === 'create') checkCreate(settings)
  if (operation === 'reinstall') {
    requireInput(settings, settings.image, Input.Image, 'Name the new image.')
  }
  if (operation === 'wait-task') {
    requireInput(settings, settings.taskId, Input.TaskId, 'Pass the task id.')
  }
  if (operation === 'prune') checkPrune(settings)
  if (['packages', 'images', 'security-groups'].includes(operation)) {
    requireInput(settings, settings.region, Input.Region, 'Name a region.')
  }
  if (settings.password !== undefined) {
    const warning = validatePassword(Input.Password, settings.password)
    if (warning) settings.warnings.push(warning)
  }
}

function checkCreate(settings: Settings): void {
  requireInput(
    settings,
    settings.instanceName,
    Input.InstanceName,
    'Name the server, for example pr-42-my-app.'
  )
  if (settings.instanceId !== undefined) {
    throw new InputError(
      `Invalid input ${Input.InstanceId} for operation 'create': the API ` +
        `assigns the id. Remove it and name the server with ${Input.InstanceName}.`
    )
  }
  requireInput(settings, settings.region, Input.Region, 'Name a region.')
  requireInput(
    settings,
    settings.packageSpec,
    Input.Package,
    'Name a package code (operation: packages lists them) or a size such as 2c4g.'
  )
  requireInput(
    settings,
    settings.image,
    Input.Image,
    'Name an image id, name or OS such as Debian 12 (operation: images lists them).'
  )
}

function checkPrune(settings: Settings): void {
  requireInput(
    settings,
    settings.namePrefix,
    Input.NamePrefix,
    'Name the prefix of the servers to delete, such as pr-.'
  )
  if (settings.olderThanMs === undefined) {
    throw new InputError(
      `Missing input ${Input.OlderThan}: operation 'prune' needs the minimum ` +
        `age of a server to delete, such as 24h.`
    )
  }
}
