import * as core from '@actions/core'
import type { Context } from '../context.js'
import type { Instance } from '../client/models.js'
import type { CreatePlan } from './create-plan.js'

/** Orders servers oldest first; the id breaks ties between equal times. */
function byAge(a: Instance, b: Instance): number {
  const left = a.createTime || '9999'
  const right = b.createTime || '9999'
  if (left !== right) return left < right ? -1 : 1
  return a.ecsResourceUUID < b.ecsResourceUUID ? -1 : 1
}

/**
 * Looks for a server with the same name that another run created at the
 * same time. Every run applies the same rule (the oldest server wins, then
 * the smallest id), so all runs agree on one winner. Returns the winner
 * when it is not `ownId`, else undefined.
 */
export async function findRaceWinner(
  ctx: Context,
  plan: CreatePlan,
  name: string,
  ownId: string
): Promise<Instance | undefined> {
  const known = new Set(
    (plan.existing.get(name) ?? []).map((item) => item.ecsResourceUUID)
  )
  const listed = await ctx.client.listInstances(plan.regionCode, plan.zoneCode)
  const twins = listed.filter(
    (item) => item.instanceName === name && !known.has(item.ecsResourceUUID)
  )
  if (!twins.some((item) => item.ecsResourceUUID === ownId)) return undefined
  if (twins.length < 2) return undefined
  const winner = [...twins].sort(byAge)[0]
  if (winner.ecsResourceUUID === ownId) return undefined
  core.warning(
    `Another run created a server named '${name}' at the same time ` +
      `(${winner.ecsResourceUUID}). Keeping that one and deleting ${ownId}.`
  )
  return winner
}
