import * as core from '@actions/core'
import { Input, Output } from '../constants.js'
import { createContext, type Context } from '../context.js'
import { errorMessage } from '../client/errors.js'
import { Deadline } from '../deadline.js'
import { findNewServer, type CreatePlan } from './create-plan.js'
import { deleteInstance } from './delete.js'

/**
 * Time for deleting a half-made server after a failed create. The step may
 * run this much past its timeout, because the timeout may be what failed.
 */
export const CLEANUP_GRACE_MS = 60_000

/** Checks whether the workflow set cleanup: never, which keeps failures. */
function keepsFailures(ctx: Context): boolean {
  return ctx.settings.cleanupExplicit && ctx.settings.cleanup === 'never'
}

/**
 * Deletes a server whose creation failed or timed out, unless the workflow
 * set cleanup: never, so that no half-made server is left behind silently.
 */
export async function cleanUpFailedCreate(
  ctx: Context,
  instanceId: string,
  cause: unknown
): Promise<void> {
  if (keepsFailures(ctx)) {
    core.warning(
      `Creating ${instanceId} failed and ${Input.Cleanup} is never, so the ` +
        `instance is left in place. Delete it when you no longer need it.`
    )
    return
  }
  core.warning(
    `Creating ${instanceId} failed (${errorMessage(cause)}); deleting the ` +
      `half-made instance.`
  )
  await deleteWithGrace(ctx, [instanceId])
}

/**
 * Looks for the server of a create call whose response never came (a timeout
 * or a dropped connection), and deletes it unless cleanup is never.
 */
export async function cleanUpUnanswered(
  ctx: Context,
  plan: CreatePlan,
  name: string,
  cause: unknown
): Promise<void> {
  const grace = createContext(ctx.settings, new Deadline(CLEANUP_GRACE_MS))
  try {
    const found = await findNewServer(grace, plan, name)
    if (found === undefined) return
    const id = found.ecsResourceUUID
    core.warning(
      `The create call for '${name}' failed (${errorMessage(cause)}), but ` +
        `the API made ${id}.`
    )
    ctx.report.recordCreated(id)
    await cleanUpFailedCreate(ctx, id, cause)
  } catch (error) {
    core.error(
      `The create call for '${name}' failed and the action could not check ` +
        `whether the API made a server (${errorMessage(error)}). Look for ` +
        `'${name}' in ${plan.zoneCode} and delete it if it exists.`,
      { title: 'Server may be left behind' }
    )
  } finally {
    grace.client.dispose()
  }
}

/**
 * Deletes instances with a fresh time budget, because the step's own
 * timeout may be what ended the wait. Reports each instance it could not
 * delete as an error annotation instead of throwing.
 */
export async function deleteWithGrace(
  ctx: Context,
  instanceIds: string[],
  graceMs = CLEANUP_GRACE_MS
): Promise<void> {
  const grace = createContext(ctx.settings, new Deadline(graceMs))
  try {
    for (const instanceId of instanceIds) {
      await deleteOne(grace, instanceId)
      ctx.report.forgetCreated(instanceId)
    }
  } finally {
    grace.client.dispose()
  }
}

async function deleteOne(grace: Context, instanceId: string): Promise<void> {
  try {
    const instance = await grace.client.getInstance(instanceId)
    if (instance === undefined) {
      core.info(`Instance ${instanceId} is already gone.`)
      return
    }
    await deleteInstance(grace, instance, false)
    core.info(`Deleted instance ${instanceId}.`)
  } catch (error) {
    core.error(
      `Could not delete instance ${instanceId}: ${errorMessage(error)}. ` +
        `Delete it by hand (operation: delete, instance-id: ${instanceId}).`,
      { title: 'Server left behind' }
    )
  }
}

/** Deletes the servers this step made when some of `count` failed. */
export async function cleanUpPartial(ctx: Context): Promise<void> {
  const createdIds = [...ctx.report.createdIds]
  if (createdIds.length === 0) return
  if (keepsFailures(ctx)) {
    core.warning(
      `Some servers failed; ${Input.Cleanup} is never, so ${createdIds.join(', ')} ` +
        `stay in place.`
    )
    return
  }
  core.warning(`Some servers failed; deleting the ones this step made.`)
  await deleteWithGrace(ctx, createdIds)
  core.setOutput(Output.Instances, '[]')
  core.setOutput(Output.Created, 'false')
  core.setOutput(Output.Status, 'DELETED')
}
