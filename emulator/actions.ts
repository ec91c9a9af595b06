/**
 * The write endpoints. Each checks its request as the API would, starts an
 * asynchronous task and returns the acknowledgement.
 */
import {
  instanceNotFound,
  requireInstance,
  requireRegion,
  requireZone,
  type HandlerContext
} from './context.js'
import { ApiError } from './errors.js'
import { startTask, type TaskPlan } from './lifecycle.js'
import type { InstanceRecord } from './models.js'
import type { Variants } from './options.js'
import { ackBody } from './render.js'
import type { InstancePlacement, Store } from './store.js'
import {
  checkInstanceName,
  checkPassword,
  optionalString,
  requireString
} from './validation.js'

type Body = Record<string, unknown>

function begin(context: HandlerContext, plan: TaskPlan): Body {
  const task = startTask(context.store, plan, context.request.now)
  return ackBody(task, context.options.variants)
}

function readInstanceId(body: Body): string {
  return requireString(body, 'ecsResourceUUID', 'InvalidInstanceId')
}

/** Throws while another task runs on the instance or after a failed create. */
function checkIdle(store: Store, instance: InstanceRecord): void {
  const running = store.runningTask(instance.ecsResourceUUID)
  if (running) {
    throw new ApiError(
      'InvalidInstanceStatus.TaskInProgress',
      `instance ${instance.ecsResourceUUID} is busy with task ` +
        `${running.asyncTaskUUID} (${running.operation}); wait for it to finish`
    )
  }
  if (instance.ecsStatus === 'ERROR') {
    throw new ApiError(
      'InvalidInstanceStatus.Error',
      `instance ${instance.ecsResourceUUID} failed to create; release it`
    )
  }
}

function checkStopped(
  instance: InstanceRecord,
  operation: keyof Variants['requireStopped'],
  variants: Variants
): void {
  if (!variants.requireStopped[operation]) return
  if (instance.ecsStatus !== 'STOPPED' && instance.ecsStatus !== 'ERROR') {
    throw new ApiError(
      'InvalidInstanceStatus.NotStopped',
      `instance ${instance.ecsResourceUUID} is ${instance.ecsStatus}; ` +
        `stop it before ${operation}`
    )
  }
}

/** Checks `regionCode` of a reinstall or password reset against the instance. */
function checkRegionCode(
  context: HandlerContext,
  instance: InstanceRecord
): void {
  const { body } = context.request
  const regionCode = optionalString(body, 'regionCode', 'InvalidRegionCode')
  if (regionCode === null) {
    if (context.options.variants.regionCode === 'required') {
      throw new ApiError('InvalidRegionCode.NotNull', 'regionCode is required')
    }
    return
  }
  requireRegion(context.store, regionCode)
  if (regionCode !== instance.regionCode) {
    throw new ApiError(
      'InvalidRegionCode.Mismatch',
      `instance ${instance.ecsResourceUUID} is in region ` +
        `${instance.regionCode}, not ${regionCode}`
    )
  }
}

function resolvePlacement(store: Store, config: Body): InstancePlacement {
  const packageCode = requireString(config, 'packageCode', 'InvalidPackageCode')
  const regionCode = requireString(config, 'regionCode', 'InvalidRegionCode')
  const zoneCode = requireString(config, 'zoneCode', 'InvalidZoneCode')
  const imageId = requireString(
    config,
    'imageResourceUUID',
    'InvalidImageResourceUUID'
  )
  const region = requireRegion(store, regionCode)
  const zone = requireZone(store, region, zoneCode)
  if (region.soldOut) {
    throw new ApiError(
      'InvalidRegionCode.SoldOut',
      `region ${regionCode} is sold out`
    )
  }
  const pkg = store.findPackage(zoneCode, packageCode)
  if (!pkg) {
    throw new ApiError(
      'InvalidPackageCode.NotFound',
      `package ${packageCode} not found in zone ${zoneCode}`
    )
  }
  return { region, zone, pkg, image: requireImage(store, regionCode, imageId) }
}

function requireImage(store: Store, regionCode: string, imageId: string) {
  const image = store.findImage(regionCode, imageId)
  if (!image) {
    throw new ApiError(
      'InvalidImageResourceUUID.NotFound',
      `image ${imageId} not found in region ${regionCode}`
    )
  }
  return image
}

function checkSshKey(store: Store, keyId: string | null, codePrefix: string) {
  if (keyId !== null && !store.hasSshKey(keyId)) {
    throw new ApiError(`${codePrefix}.NotFound`, `SSH key ${keyId} not found`)
  }
}

function checkFirewall(
  store: Store,
  firewallId: string | null,
  regionCode: string
) {
  if (firewallId === null) return
  const firewall = store.catalog.firewalls.find(
    (item) => item.firewallUUID === firewallId && item.regionCode === regionCode
  )
  if (!firewall) {
    throw new ApiError(
      'InvalidFirewallUUID.NotFound',
      `firewall ${firewallId} not found in region ${regionCode}`
    )
  }
  if (firewall.firewallStatus !== 'AVAILABLE') {
    throw new ApiError(
      'InvalidFirewallUUID.Unavailable',
      `firewall ${firewallId} is ${firewall.firewallStatus}, not AVAILABLE`
    )
  }
}

/** `POST /instance/create`. A repeated call makes a second instance. */
export function createInstance(context: HandlerContext): Body {
  const { store, options, request } = context
  const config = request.body.packageConfig
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new ApiError(
      'InvalidPackageConfig.NotNull',
      'packageConfig must be an object'
    )
  }
  const fields = config as Body
  const placement = resolvePlacement(store, fields)
  const name = requireString(fields, 'instanceName', 'InvalidInstanceName')
  checkInstanceName(name)
  const password = optionalString(fields, 'password', 'InvalidPassword')
  if (password !== null) checkPassword(password, options.variants)
  const sshKeyUUID = optionalString(fields, 'sshKeyUUID', 'InvalidSshKeyUUID')
  checkSshKey(store, sshKeyUUID, 'InvalidSshKeyUUID')
  const firewallUUID = optionalString(
    fields,
    'firewallUUID',
    'InvalidFirewallUUID'
  )
  checkFirewall(store, firewallUUID, placement.region.regionCode)

  const instance = store.buildInstance(placement, name, request.now)
  Object.assign(instance, { password, sshKeyUUID, firewallUUID })
  store.instances.set(instance.ecsResourceUUID, instance)
  return begin(context, {
    operation: 'create',
    instanceId: instance.ecsResourceUUID
  })
}

/** `POST /instance/release`. The `duplicateRelease` variant decides repeats. */
export function releaseInstance(context: HandlerContext): Body {
  const { store, options, request } = context
  const id = readInstanceId(request.body)
  const repeatable = options.variants.duplicateRelease === 'second-task'
  const instance = store.instances.get(id)
  if (!instance) {
    if (repeatable && store.released.has(id)) {
      return begin(context, { operation: 'release', instanceId: id })
    }
    throw instanceNotFound(id)
  }
  const running = store.runningTask(id)
  if (running?.operation === 'release' && !repeatable) {
    throw new ApiError(
      'InvalidInstanceStatus.Releasing',
      `instance ${id} is already being released by task ${running.asyncTaskUUID}`
    )
  }
  checkStopped(instance, 'release', options.variants)
  return begin(context, { operation: 'release', instanceId: id })
}

/** `POST /instance/stop`, with the optional boolean `forceStop`. */
export function stopInstance(context: HandlerContext): Body {
  const { store, request } = context
  const instance = requireInstance(store, readInstanceId(request.body))
  const forceStop = request.body.forceStop
  if (
    forceStop !== undefined &&
    forceStop !== null &&
    typeof forceStop !== 'boolean'
  ) {
    throw new ApiError(
      'InvalidParameter.ForceStop',
      'forceStop must be true or false'
    )
  }
  checkIdle(store, instance)
  return begin(context, {
    operation: 'stop',
    instanceId: instance.ecsResourceUUID
  })
}

/** `POST /instance/start`. Starting a running instance succeeds too. */
export function startInstance(context: HandlerContext): Body {
  const { store, request } = context
  const instance = requireInstance(store, readInstanceId(request.body))
  checkIdle(store, instance)
  return begin(context, {
    operation: 'start',
    instanceId: instance.ecsResourceUUID
  })
}

/** `POST /instance/restart`. */
export function restartInstance(context: HandlerContext): Body {
  const { store, request } = context
  const instance = requireInstance(store, readInstanceId(request.body))
  checkIdle(store, instance)
  return begin(context, {
    operation: 'restart',
    instanceId: instance.ecsResourceUUID
  })
}

/** Reads the image and login of a reinstall; the password is optional with a key. */
function readReinstallTarget(
  store: Store,
  body: Body,
  instance: InstanceRecord,
  variants: Variants
) {
  const zoneCode = optionalString(body, 'zoneCode', 'InvalidZoneCode')
  if (zoneCode !== null && zoneCode !== instance.zoneCode) {
    throw new ApiError(
      'InvalidZoneCode.NotFound',
      `instance ${instance.ecsResourceUUID} is not in zone ${zoneCode}`
    )
  }
  const imageId = requireString(
    body,
    'imageResourceUUID',
    'InvalidImageResourceUUID'
  )
  const image = requireImage(store, instance.regionCode, imageId)
  const keyPrefix = 'InvalidSshKeyResourceUUID'
  const sshKey = optionalString(body, 'sshKeyResourceUUID', keyPrefix)
  checkSshKey(store, sshKey, keyPrefix)
  const password =
    sshKey === null
      ? requireString(body, 'password', 'InvalidPassword')
      : optionalString(body, 'password', 'InvalidPassword')
  if (password !== null) checkPassword(password, variants)
  return { image, sshKey, password }
}

/** `POST /instance/reinstallSystem`: the instance gets the image and starts. */
export function reinstallInstance(context: HandlerContext): Body {
  const { store, options, request } = context
  const instance = requireInstance(store, readInstanceId(request.body))
  checkRegionCode(context, instance)
  const target = readReinstallTarget(
    store,
    request.body,
    instance,
    options.variants
  )
  checkIdle(store, instance)
  checkStopped(instance, 'reinstall', options.variants)
  const { image, sshKey, password } = target
  const apply = (record: InstanceRecord) => {
    Object.assign(record, {
      imageResourceUUID: image.imageResourceUUID,
      osName: image.osVersion,
      osVersionDetail: image.osVersionDetail,
      sysAccount: image.imageAccount,
      password,
      sshKeyUUID: sshKey
    })
  }
  return begin(context, {
    operation: 'reinstall',
    instanceId: instance.ecsResourceUUID,
    apply
  })
}

/** `POST /instance/modifyInstancePassword`: the power state stays as it is. */
export function modifyPassword(context: HandlerContext): Body {
  const { store, options, request } = context
  const instance = requireInstance(store, readInstanceId(request.body))
  checkRegionCode(context, instance)
  const password = requireString(request.body, 'password', 'InvalidPassword')
  checkPassword(password, options.variants)
  checkIdle(store, instance)
  checkStopped(instance, 'modifyPassword', options.variants)
  const apply = (target: InstanceRecord) => {
    target.password = password
  }
  return begin(context, {
    operation: 'modifyPassword',
    instanceId: instance.ecsResourceUUID,
    apply
  })
}
