import * as core from '@actions/core'
import { Output } from '../constants.js'
import type { Context } from '../context.js'
import type { Instance, TaskAck } from '../client/models.js'
import { setInstanceOutputs } from '../report.js'
import { choosePassword } from './create-plan.js'
import { needsStop } from './delete.js'
import { powerOne } from './power.js'
import { stopAndWait } from './stop-first.js'
import { findTargetsOrMissing } from './target.js'
import { awaitWrite, busy, sendWrite } from './write.js'
import { finish } from './reinstall.js'

/**
 * Sets a new root password, generated when none is given. When the API
 * rejects the change on a running instance, stops it, changes the password
 * and starts it again.
 */
export async function runResetPassword(ctx: Context): Promise<void> {
  const [found] = await findTargetsOrMissing(ctx)
  if (found === undefined) return
  const id = found.ecsResourceUUID
  if (ctx.settings.dryRun) {
    core.info(`Dry run: would reset the password of ${id}.`)
    setInstanceOutputs(found)
    return
  }
  const password = choosePassword(ctx, false) ?? ''
  const action = `password reset of ${id}`
  const { ack, stoppedHere } = await sendReset(ctx, found, password, action)
  if (ack?.taskId) core.setOutput(Output.TaskId, ack.taskId)
  if (!stoppedHere) {
    await finish(ctx, id, ack?.taskId, action, {}, false)
    return
  }
  // The instance must finish the reset before it can start again.
  await awaitWrite(ctx, {
    instanceId: id,
    taskId: ack?.taskId,
    action,
    target: {},
    confirmable: false
  })
  await restart(ctx, found)
}

/** Sends the reset, stopping the instance first if the API requires that. */
async function sendReset(
  ctx: Context,
  found: Instance,
  password: string,
  action: string
): Promise<{ ack: TaskAck | undefined; stoppedHere: boolean }> {
  const id = found.ecsResourceUUID
  const send = () =>
    sendWrite(ctx, {
      action,
      instanceId: id,
      send: () => ctx.client.modifyPassword(id, password, found.regionCode),
      tookEffect: busy
    })
  try {
    return { ack: await send(), stoppedHere: false }
  } catch (error) {
    if (!needsStop(error, found)) throw error
    core.info(
      `The API rejected the password reset on running ${id}; stopping it first.`
    )
    await stopAndWait(ctx, id)
    return { ack: await send(), stoppedHere: true }
  }
}

async function restart(ctx: Context, before: Instance): Promise<void> {
  if (before.ecsStatus !== 'STARTED') return
  core.info(`Starting ${before.ecsResourceUUID} again`)
  const stopped = { ...before, ecsStatus: 'STOPPED', ecsPendingStatus: 'NONE' }
  const instance = await powerOne(ctx, 'start', stopped, false)
  if (instance) setInstanceOutputs(instance)
}
