/**
 * Typed views of the API's responses. The API publishes few field tables, so
 * every reader here accepts missing fields, `null`, and numbers sent as
 * strings, and keeps the raw object for the JSON outputs.
 */

export type Raw = Record<string, unknown>

export interface Instance {
  ecsResourceUUID: string
  instanceName: string
  ecsStatus: string
  ecsPendingStatus: string
  publicIpAddress: string
  internalIpAddress: string
  regionCode: string
  zoneCode: string
  cpu?: number
  memory?: number
  systemDiskSize?: number
  createTime: string
  raw: Raw
}

export interface Zone {
  zoneCode: string
  zoneName: string
}

export interface Region {
  regionCode: string
  regionName: string
  zones: Zone[]
  raw: Raw
}

export interface Package {
  packageCode: string
  regionCode: string
  zoneCode: string
  cpu?: number
  memory?: number
  systemDiskSize?: number
  dataDiskSize?: number
  bandwidth?: number
  freeFlow?: number
  raw: Raw
}

export interface Image {
  imageResourceUUID: string
  imageName: string
  imageType: string
  osDistroVersion: string
  osVersionDetail: string
  raw: Raw
}

export interface Firewall {
  firewallUUID: string
  firewallName: string
  firewallStatus: string
  raw: Raw
}

export interface SshKey {
  sshKeyUUID: string
  name: string
  raw: Raw
}

/** The acknowledgement of a write call. */
export interface TaskAck {
  taskId?: string
  instanceId?: string
  raw: Raw
}

export type TaskState = 'success' | 'failure' | 'pending'

export interface TaskResult {
  state: TaskState
  taskStatus: string
  processResult: string
  message?: string
  raw: Raw
}

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads a string field. Line breaks become spaces, so that API text cannot
 * start a workflow command such as ::error when it is logged.
 */
export function text(value: unknown): string {
  if (typeof value === 'string') {
    return value.replace(/[\r\n\u2028\u2029]+/g, ' ')
  }
  if (typeof value === 'number') return String(value)
  return ''
}

export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value)
    return Number.isFinite(parsed) ? parsed : undefined
  }
  return undefined
}

/** Reads an instance from a detail response, wrapped in `instance` or bare. */
export function parseInstanceDetail(body: Raw): Instance | undefined {
  const candidate = isRecord(body.instance) ? body.instance : body
  return text(candidate.ecsResourceUUID) ? parseInstance(candidate) : undefined
}

export function parseInstance(raw: Raw): Instance {
  return {
    ecsResourceUUID: text(raw.ecsResourceUUID),
    instanceName: text(raw.instanceName),
    ecsStatus: text(raw.ecsStatus).toUpperCase(),
    ecsPendingStatus: text(raw.ecsPendingStatus).toUpperCase(),
    publicIpAddress: text(raw.publicIpAddress).trim(),
    internalIpAddress: text(raw.internalIpAddress).trim(),
    regionCode: text(raw.regionCode),
    zoneCode: text(raw.zoneCode),
    cpu: num(raw.cpu),
    memory: num(raw.memory),
    systemDiskSize: num(raw.systemDiskSize),
    createTime: text(raw.createTime),
    raw
  }
}

/** Checks for a public IP; an empty or all-zero address is not assigned yet. */
export function hasPublicIp(instance: Instance): boolean {
  const ip = instance.publicIpAddress
  return ip !== '' && ip !== '0.0.0.0' && ip !== '::'
}

/** Checks whether no operation is pending on the instance. */
export function isIdle(instance: Instance): boolean {
  return instance.ecsPendingStatus === 'NONE'
}

/**
 * Finds the list in a list response: under one of the expected keys, else the
 * only array in the body, else the only array inside a `data` object.
 */
export function extractList(body: Raw, keys: readonly string[]): Raw[] {
  for (const key of keys) {
    if (Array.isArray(body[key]))
      return (body[key] as unknown[]).filter(isRecord)
  }
  const arrays = Object.values(body).filter(Array.isArray)
  if (arrays.length === 1) return (arrays[0] as unknown[]).filter(isRecord)
  if (isRecord(body.data)) return extractList(body.data, keys)
  if (Array.isArray(body.data)) return body.data.filter(isRecord)
  return []
}

export function parseRegion(raw: Raw): Region {
  const zones = Array.isArray(raw.zones) ? raw.zones.filter(isRecord) : []
  return {
    regionCode: text(raw.regionCode),
    regionName: text(raw.regionName),
    zones: zones
      .map((zone) => ({
        zoneCode: text(zone.zoneCode),
        zoneName: text(zone.zoneName)
      }))
      .filter((zone) => zone.zoneCode !== ''),
    raw
  }
}

export function parsePackage(raw: Raw): Package {
  return {
    packageCode: text(raw.packageCode),
    regionCode: text(raw.regionCode),
    zoneCode: text(raw.zoneCode),
    cpu: num(raw.cpu),
    memory: num(raw.memory),
    systemDiskSize: num(raw.systemDiskSize),
    dataDiskSize: num(raw.dataDiskSize),
    bandwidth: num(raw.bandwidth),
    freeFlow: num(raw.freeFlow),
    raw
  }
}

export function parseImage(raw: Raw): Image {
  return {
    imageResourceUUID: text(raw.imageResourceUUID),
    imageName: text(raw.imageName),
    imageType: text(raw.imageType),
    osDistroVersion: text(raw.osDistroVersion),
    osVersionDetail: text(raw.osVersionDetail),
    raw
  }
}

export function parseFirewall(raw: Raw): Firewall {
  return {
    firewallUUID: text(raw.firewallUUID),
    firewallName: text(raw.firewallName),
    firewallStatus: text(raw.firewallStatus).toUpperCase(),
    raw
  }
}

/** Reads an SSH key whose field names the API does not publish. */
export function parseSshKey(raw: Raw): SshKey {
  const id =
    text(raw.sshKeyUUID) ||
    text(raw.sshKeyResourceUUID) ||
    text(raw.keyPairUUID) ||
    text(raw.id)
  const name =
    text(raw.sshKeyName) ||
    text(raw.keyName) ||
    text(raw.keyPairName) ||
    text(raw.name)
  return { sshKeyUUID: id, name, raw }
}

/** Reads the task id from either acknowledgement shape. */
export function parseTaskAck(body: Raw): TaskAck {
  const info = isRecord(body.asyncTaskInfo) ? body.asyncTaskInfo : {}
  const taskId = text(info.asyncTaskUUID) || text(body.asyncTaskUUID)
  const instanceId = text(info.ecsResourceUUID) || text(body.ecsResourceUUID)
  return {
    taskId: taskId || undefined,
    instanceId: instanceId || undefined,
    raw: body
  }
}

const FAILURE_TEXT_FIELDS = [
  'errorMessage',
  'failMessage',
  'errMsg',
  'remark',
  'message',
  'msg'
]

/**
 * Classifies a task response. Success is FINISHED with SUCCESS. Failure is
 * a FAIL or CANCEL result, or FINISHED with any other result. Everything
 * else, missing fields included, is still pending.
 */
export function parseTaskResult(body: Raw): TaskResult {
  const info = isRecord(body.asyncTaskInfo) ? body.asyncTaskInfo : body
  const taskStatus = text(info.taskStatus).toUpperCase()
  const processResult = text(info.processResult).toUpperCase()
  let state: TaskState = 'pending'
  if (taskStatus === 'FINISHED' && processResult === 'SUCCESS') {
    state = 'success'
  } else if (
    ['FAIL', 'CANCEL', 'FAILED', 'CANCELED', 'CANCELLED'].includes(
      processResult
    ) ||
    taskStatus === 'FINISHED' ||
    taskStatus === 'FAILED'
  ) {
    state = 'failure'
  }
  const message = FAILURE_TEXT_FIELDS.map(
    (key) => text(info[key]) || text(body[key])
  ).find((value) => value !== '')
  return { state, taskStatus, processResult, message, raw: body }
}
