import type { Operation } from './options.js'

export interface Zone {
  zoneCode: string
  zoneName: string
}

export interface Region {
  regionCode: string
  regionName: string
  /** Sold-out regions take no new instances and may drop out of the list. */
  soldOut: boolean
  zones: Zone[]
}

export interface Package {
  packageCode: string
  regionCode: string
  zoneCode: string
  cpu: number
  /** GB. */
  memory: number
  /** GB. */
  systemDiskSize: number
  /** GB. */
  dataDiskSize: number
  /** Mbps. */
  bandwidth: number
  /** Included traffic, GB per month. */
  freeFlow: number
  publicIpChargeMode: string
}

export interface Image {
  imageResourceUUID: string
  imageName: string
  imageType: 'System' | 'Application' | 'Self'
  osVersion: string
  osVersionDetail: string
  osDistroVersion: string
  imageAccount: string
  regionCode: string
}

export interface SshKey {
  sshKeyUUID: string
  sshKeyName: string
  fingerprint: string
  createTime: string
}

export interface Firewall {
  firewallUUID: string
  firewallName: string
  firewallStatus: string
  regionCode: string
}

/** The instance model fields, in the order the API lists them. */
export const instanceModelFields = [
  'ecsResourceUUID',
  'instanceName',
  'ecsStatus',
  'ecsPendingStatus',
  'publicIpAddress',
  'secondaryPublicIpInfoList',
  'internalIpAddress',
  'regionCode',
  'regionName',
  'zoneCode',
  'zoneName',
  'cpu',
  'memory',
  'bandwidth',
  'systemDiskSize',
  'dataDiskSize',
  'imageResourceUUID',
  'osName',
  'osVersionDetail',
  'freeFlow',
  'usedFlow',
  'createTime',
  'expireTime',
  'sysAccount',
  'packageCode'
] as const

/** Model fields that the `optionalFields` variant shows, nulls or leaves out. */
export const optionalModelFields: ReadonlySet<string> = new Set([
  'dataDiskSize',
  'imageResourceUUID',
  'secondaryPublicIpInfoList',
  'sysAccount',
  'packageCode'
])

/** An instance: the API's model fields plus three fields only the emulator keeps. */
export interface InstanceRecord {
  ecsResourceUUID: string
  instanceName: string
  ecsStatus: string
  ecsPendingStatus: string
  /** Empty until the create task (and the IP delay) has passed. */
  publicIpAddress: string
  secondaryPublicIpInfoList: string[]
  internalIpAddress: string
  regionCode: string
  regionName: string
  zoneCode: string
  zoneName: string
  cpu: number
  memory: number
  bandwidth: number
  systemDiskSize: number
  dataDiskSize: number
  imageResourceUUID: string
  osName: string
  osVersionDetail: string
  freeFlow: number
  usedFlow: number
  createTime: string
  expireTime: string
  sysAccount: string
  packageCode: string
  /** Not part of the API model: the last password set, or null. */
  password: string | null
  /** Not part of the API model: the SSH key installed, or null. */
  sshKeyUUID: string | null
  /** Not part of the API model: the firewall given on create, or null. */
  firewallUUID: string | null
}

export type TaskStatus = 'PROCESSING' | 'FINISHED'
export type ProcessResult = 'SUCCESS' | 'FAIL' | 'CANCEL' | 'FAILED'

/** An asynchronous task. Times are milliseconds since the epoch. */
export interface TaskRecord {
  asyncTaskUUID: string
  operation: Operation
  instanceId: string
  startedAt: number
  /** When the task is due to finish; null for a stuck task. */
  finishesAt: number | null
  /** When the task finished and its effect was applied; null while running. */
  completedAt: number | null
  /**
   * When the instance reached the state a client waits for: the task's
   * effect, the public IP after a create and `ecsPendingStatus` NONE.
   * Null while running or after a failure.
   */
  readyAt: number | null
  taskStatus: TaskStatus
  /** The `processResult` the task reports; null while running. */
  result: ProcessResult | null
  /** Failure text, or null. */
  message: string | null
  /** The injected task fault, or null. */
  fault: 'fail' | 'cancel' | 'stuck' | 'vanish' | null
}
