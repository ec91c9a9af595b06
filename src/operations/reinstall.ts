import * as core from '@actions/core'
import { Input, Output } from '../constants.js'
import type { Context } from '../context.js'
import type { Instance } from '../client/models.js'
import { setInstanceOutputs } from '../report.js'
import { choosePassword } from './create-plan.js'
import { stopAndWait } from './stop-first.js'
import { findTargetsOrMissing } from './target.js'
import { awaitWrite, busy, sendWrite } from './write.js'

/** Reinstalls the operating system; stops a running instance first. */
export async function runReinstall(ctx: Context): Promise<void> {
  const [found] = await findTargetsOrMissing(ctx)
  if (found === undefined) return
  const id = found.ecsResourceUUID
  const { image, sshKey } = await resolveReinstall(ctx, found)
  if (ctx.settings.dryRun) {
    core.info(
      `Dry run: would reinstall ${id} with image ${image.imageResourceUUID}.`
    )
    setInstanceOutputs(found)
    return
  }

  const password = choosePassword(ctx, sshKey !== undefined)
  await ctx.report.phase(`Stopping ${id} before the reinstall`, () =>
    stopAndWait(ctx, id)
  )

  core.info(`Reinstalling ${id} with image ${image.imageResourceUUID}`)
  const action = `reinstall of ${id}`
  const request = {
    ecsResourceUUID: id,
    imageResourceUUID: image.imageResourceUUID,
    password,
    sshKeyResourceUUID: sshKey?.sshKeyUUID,
    regionCode: found.regionCode,
    zoneCode: found.zoneCode || undefined
  }
  const ack = await sendWrite(ctx, {
    action,
    instanceId: id,
    send: () => ctx.client.reinstallSystem(request),
    // The server was stopped first, so running again means it was reinstalled.
    tookEffect: (instance) =>
      busy(instance) || instance?.ecsStatus === 'STARTED'
  })
  if (ack?.taskId) core.setOutput(Output.TaskId, ack.taskId)
  await finish(ctx, id, ack?.taskId, action, { status: 'STARTED' })
}

/** Resolves the image (in the instance's region) and the SSH key. */
async function resolveReinstall(ctx: Context, instance: Instance) {
  const { settings, catalog } = ctx
  const image = await catalog.image(
    Input.Image,
    settings.image ?? '',
    instance.regionCode,
    settings.imageType
  )
  const sshKey = settings.sshKey
    ? await catalog.sshKey(Input.SshKey, settings.sshKey)
    : undefined
  return { image, sshKey }
}

/** Waits for the write when `wait` is true, then outputs the instance. */
export async function finish(
  ctx: Context,
  id: string,
  taskId: string | undefined,
  action: string,
  target: { status?: string },
  confirmable = true
): Promise<void> {
  let instance: Instance | undefined
  if (ctx.settings.wait) {
    instance = await awaitWrite(ctx, {
      instanceId: id,
      taskId,
      action,
      target,
      confirmable
    })
  } else {
    instance = await ctx.client.getInstance(id)
  }
  if (instance) {
    setInstanceOutputs(instance)
    ctx.report.addInstance(instance)
  }
}
