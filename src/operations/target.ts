import * as core from '@actions/core'
import { Input } from '../constants.js'
import type { Context } from '../context.js'
import type { Instance } from '../client/models.js'
import { findByName, listFleet } from '../fleet.js'
import { setInstancesOutput } from '../report.js'

/** Raised when the instance an operation names does not exist. */
export class InstanceNotFoundError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InstanceNotFoundError'
  }
}

function scope(ctx: Context) {
  return { region: ctx.settings.region, zone: ctx.settings.zone }
}

function where(ctx: Context): string {
  const { region, zone } = ctx.settings
  if (zone) return ` in ${zone}`
  return region
    ? ` in ${region}`
    : ' in any listed region (a sold-out region is searched only when ' +
        'region names it)'
}

/**
 * Finds the instances the inputs name: one by instance-id or by exact
 * instance-name, or every instance whose name starts with name-prefix.
 * Returns an empty list when none exists.
 */
export async function findTargets(ctx: Context): Promise<Instance[]> {
  const { instanceId, instanceName, namePrefix } = ctx.settings
  const { client, catalog } = ctx
  if (instanceId !== undefined) {
    const instance = await client.getInstance(instanceId)
    return instance ? [instance] : []
  }
  if (instanceName !== undefined) {
    const matches = await findByName(client, catalog, instanceName, scope(ctx))
    if (matches.length > 1) {
      const ids = matches
        .map((item) => `${item.ecsResourceUUID} (${item.zoneCode})`)
        .join(', ')
      throw new Error(
        `${matches.length} instances are named '${instanceName}'${where(ctx)}: ` +
          `${ids}. Pass ${Input.InstanceId} to choose one, or narrow the ` +
          `search with ${Input.Region} and ${Input.Zone}.`
      )
    }
    return matches
  }
  if (namePrefix !== undefined) {
    const fleet = await listFleet(client, catalog, scope(ctx))
    return fleet.filter((item) => item.instanceName.startsWith(namePrefix))
  }
  return []
}

/** Says which instance the inputs name and that it was not found. */
export function missingMessage(ctx: Context): string {
  const { instanceId, instanceName, namePrefix } = ctx.settings
  if (instanceId !== undefined) return `Instance ${instanceId} was not found`
  if (instanceName !== undefined) {
    return `No instance is named '${instanceName}'${where(ctx)}`
  }
  return `No instance name starts with '${namePrefix}'${where(ctx)}`
}

/**
 * Applies if-missing when no instance was found: warns and returns true for
 * `ignore`, throws InstanceNotFoundError for `fail`.
 */
export function acceptMissing(ctx: Context): boolean {
  const { operation, ifMissing } = ctx.settings
  const message = missingMessage(ctx)
  if (ifMissing === 'ignore') {
    core.warning(`${message}; nothing to ${operation}.`)
    return true
  }
  const hint = ['delete', 'start', 'stop'].includes(operation)
    ? ` Check ${Input.InstanceId} or ${Input.InstanceName}, or set ` +
      `${Input.IfMissing}: ignore to let this step pass.`
    : ` Check ${Input.InstanceId} or ${Input.InstanceName}.`
  throw new InstanceNotFoundError(
    `${message} (operation '${operation}').${hint}`
  )
}

/**
 * Finds the instances the inputs name, in a timed phase. When there are
 * none, applies if-missing (which throws for `fail`) and returns an empty
 * list; a name-prefix search then also outputs an empty `instances`.
 */
export async function findTargetsOrMissing(ctx: Context): Promise<Instance[]> {
  const targets = await ctx.report.phase('Finding the instance', () =>
    findTargets(ctx)
  )
  if (targets.length > 0) return targets
  if (ctx.settings.namePrefix !== undefined) setInstancesOutput([])
  acceptMissing(ctx)
  return []
}
