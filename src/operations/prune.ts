import * as core from '@actions/core'
import type { Context } from '../context.js'
import type { Instance } from '../client/models.js'
import { listFleet } from '../fleet.js'
import { setInstancesOutput } from '../report.js'
import { formatDuration } from '../validation.js'
import { deleteMany } from './delete.js'

/**
 * Reads `createTime` (`YYYY-MM-DD HH:MM:SS`, no zone stated) as UTC.
 * Returns NaN when it cannot be read.
 */
export function parseCreateTime(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(
    value
  )
  if (match) {
    const [, y, mo, d, h, mi, s] = match.map(Number)
    return Date.UTC(y, mo - 1, d, h, mi, s)
  }
  return Date.parse(value)
}

/**
 * Deletes every instance whose name starts with name-prefix and that is
 * older than older-than. With dry-run (the default) it only lists them.
 */
export async function runPrune(ctx: Context): Promise<void> {
  const {
    namePrefix = '',
    olderThanMs = 0,
    region,
    zone,
    dryRun
  } = ctx.settings
  const fleet = await ctx.report.phase('Listing instances', () =>
    listFleet(ctx.client, ctx.catalog, { region, zone })
  )
  const now = Date.now()
  const stale: Instance[] = []
  for (const instance of fleet) {
    if (!instance.instanceName.startsWith(namePrefix)) continue
    const created = parseCreateTime(instance.createTime)
    if (Number.isNaN(created)) {
      core.warning(
        `Skipping ${instance.ecsResourceUUID}: its createTime ` +
          `'${instance.createTime}' cannot be read.`
      )
      continue
    }
    if (now - created >= olderThanMs) stale.push(instance)
  }
  core.info(
    `${stale.length} instance(s) named '${namePrefix}*' are older than ` +
      formatDuration(olderThanMs)
  )
  for (const instance of stale) {
    ctx.report.addInstance(instance)
    const verb = dryRun ? 'Would delete' : 'Deleting'
    core.notice(
      `${verb} ${instance.ecsResourceUUID} (${instance.instanceName}, created ${instance.createTime})`,
      { title: dryRun ? 'Prune (dry run)' : 'Pruned server' }
    )
  }
  setInstancesOutput(stale)
  if (!dryRun && stale.length > 0) await deleteMany(ctx, stale)
}
