import * as core from '@actions/core'
import { Output } from '../constants.js'
import type { Context } from '../context.js'
import { LightNodeApiError } from '../client/errors.js'
import type { Instance, TaskAck } from '../client/models.js'
import { settleLimit } from '../concurrency.js'
import { setInstanceOutputs, setInstancesOutput } from '../report.js'
import { findTargetsOrMissing } from './target.js'
import { awaitWrite, busy, sendWrite } from './write.js'
import { stopAndWait } from './stop-first.js'
import { commentIfAsked } from './pr-comment.js'

const BATCH_CONCURRENCY = 8

/** Deletes the named instance, or every instance with the name prefix. */
export async function runDelete(ctx: Context): Promise<void> {
  const targets = await findTargetsOrMissing(ctx)
  if (targets.length === 0) return
  if (targets.length === 1 && ctx.settings.namePrefix === undefined) {
    const instance = targets[0]
    setInstanceOutputs(instance)
    await deleteInstance(ctx, instance, true)
    await commentIfAsked(ctx, [instance], true)
    core.setOutput(
      Output.Status,
      ctx.settings.dryRun ? instance.ecsStatus : 'DELETED'
    )
    return
  }
  await deleteMany(ctx, targets)
}

/** Deletes several instances concurrently and reports each. */
export async function deleteMany(
  ctx: Context,
  targets: Instance[]
): Promise<void> {
  const verb = ctx.settings.dryRun ? 'Dry run: would delete' : 'Deleting'
  core.info(`${verb} ${targets.length} instance(s)`)
  const results = await settleLimit(targets, BATCH_CONCURRENCY, (instance) =>
    deleteInstance(ctx, instance, false)
  )
  const failures: string[] = []
  results.forEach((result, index) => {
    const { ecsResourceUUID, instanceName } = targets[index]
    if (result.status === 'fulfilled') {
      core.info(`${ecsResourceUUID} (${instanceName}): deleted`)
    } else {
      failures.push(`${ecsResourceUUID}: ${(result.reason as Error).message}`)
    }
  })
  setInstancesOutput(targets)
  if (failures.length > 0) {
    throw new Error(
      `Could not delete ${failures.length} of ${targets.length} instance(s):\n` +
        failures.join('\n')
    )
  }
}

/**
 * Deletes one instance and waits until the API no longer returns it. When the
 * API rejects the deletion of a running instance, stops it first and tries
 * once more.
 */
export async function deleteInstance(
  ctx: Context,
  instance: Instance,
  single: boolean
): Promise<void> {
  const id = instance.ecsResourceUUID
  if (ctx.settings.dryRun) {
    core.info(`Dry run: would delete ${id} (${instance.instanceName}).`)
    ctx.report.addInstance(instance)
    return
  }
  core.info(`Deleting instance ${id} (${instance.instanceName})`)
  const ack = await sendRelease(ctx, instance)
  if (single && ack?.taskId) core.setOutput(Output.TaskId, ack.taskId)
  if (!ctx.settings.wait) {
    ctx.report.addInstance({ ...instance, ecsStatus: 'DELETING' })
    return
  }
  await awaitWrite(
    ctx,
    {
      instanceId: id,
      taskId: ack?.taskId,
      action: `deletion of ${id}`,
      target: { gone: true }
    },
    single
  )
  ctx.report.addInstance({ ...instance, ecsStatus: 'DELETED' })
}

async function sendRelease(
  ctx: Context,
  instance: Instance
): Promise<TaskAck | undefined> {
  const id = instance.ecsResourceUUID
  const release = () =>
    sendWrite(ctx, {
      action: `deletion of ${id}`,
      instanceId: id,
      send: () => ctx.client.releaseInstance(id),
      tookEffect: (current) => current === undefined || busy(current)
    })
  try {
    return await release()
  } catch (error) {
    if (!needsStop(error, instance)) throw error
    core.info(
      `The API rejected deleting running instance ${id}; stopping it first.`
    )
    await stopAndWait(ctx, id)
    return release()
  }
}

/** Checks whether a rejected call may succeed once the instance is stopped. */
export function needsStop(error: unknown, instance: Instance): boolean {
  return (
    error instanceof LightNodeApiError &&
    (error.kind === 'rejected' || error.kind === 'not-found') &&
    instance.ecsStatus !== 'STOPPED'
  )
}
