import * as core from '@actions/core'
import { Output } from '../constants.js'
import type { Context } from '../context.js'
import type { Instance } from '../client/models.js'
import { settleLimit } from '../concurrency.js'
import { setInstanceOutputs, setInstancesOutput } from '../report.js'
import { waitForInstance, type TargetState } from '../wait.js'
import { findTargetsOrMissing } from './target.js'
import { awaitWrite, busy, sendWrite } from './write.js'

export type PowerAction = 'start' | 'stop' | 'restart'

const GERUND: Record<PowerAction, string> = {
  start: 'Starting',
  stop: 'Stopping',
  restart: 'Restarting'
}

const TARGET_STATUS: Record<PowerAction, string> = {
  start: 'STARTED',
  stop: 'STOPPED',
  restart: 'STARTED'
}

/** At most this many instances are started or stopped at once. */
const BATCH_CONCURRENCY = 8

/** Starts, stops or restarts the named instance, or every instance with the prefix. */
export async function runPower(
  ctx: Context,
  action: PowerAction
): Promise<void> {
  const targets = await findTargetsOrMissing(ctx)
  if (targets.length === 0) return
  if (targets.length === 1 && ctx.settings.namePrefix === undefined) {
    const instance = await powerOne(ctx, action, targets[0], true)
    if (instance) setInstanceOutputs(instance)
    return
  }
  await powerMany(ctx, action, targets)
}

async function powerMany(
  ctx: Context,
  action: PowerAction,
  targets: Instance[]
): Promise<void> {
  const verb = ctx.settings.dryRun ? `Dry run: would ${action}` : GERUND[action]
  core.info(`${verb} ${targets.length} instance(s)`)
  const results = await settleLimit(targets, BATCH_CONCURRENCY, (instance) =>
    powerOne(ctx, action, instance, false)
  )
  const failures: string[] = []
  results.forEach((result, index) => {
    const id = targets[index].ecsResourceUUID
    if (result.status === 'fulfilled') {
      core.info(`${id} (${targets[index].instanceName}): done`)
    } else {
      failures.push(`${id}: ${String((result.reason as Error).message)}`)
    }
  })
  setInstancesOutput([...ctx.report.instances.values()])
  if (failures.length > 0) {
    throw new Error(
      `Could not ${action} ${failures.length} of ${targets.length} ` +
        `instance(s):\n${failures.join('\n')}`
    )
  }
}

/** Brings one instance to the requested power state. */
export async function powerOne(
  ctx: Context,
  action: PowerAction,
  found: Instance,
  single: boolean
): Promise<Instance | undefined> {
  const id = found.ecsResourceUUID
  const target: TargetState = { status: TARGET_STATUS[action] }
  let instance: Instance | undefined = found
  if (busy(instance) && ctx.settings.wait && !ctx.settings.dryRun) {
    core.info(
      `${id} is busy (${instance.ecsPendingStatus}); waiting for it first`
    )
    instance = await waitForInstance(ctx.waits, id, {})
  }
  if (instance && action !== 'restart' && isAlready(instance, target)) {
    core.info(`${id} is already ${target.status}; nothing to ${action}.`)
    ctx.report.addInstance(instance)
    return instance
  }
  if (ctx.settings.dryRun) {
    core.info(`Dry run: would ${action} ${id} (${found.instanceName}).`)
    ctx.report.addInstance(found)
    return found
  }
  return sendPower(ctx, action, id, target, single)
}

function isAlready(instance: Instance, target: TargetState): boolean {
  return !busy(instance) && instance.ecsStatus === target.status
}

async function sendPower(
  ctx: Context,
  action: PowerAction,
  id: string,
  target: TargetState,
  single: boolean
): Promise<Instance | undefined> {
  const { client, settings } = ctx
  const send = {
    start: () => client.startInstance(id),
    stop: () => client.stopInstance(id, settings.force),
    restart: () => client.restartInstance(id)
  }[action]
  core.info(`${GERUND[action]} instance ${id}`)
  const ack = await sendWrite(ctx, {
    action: `${action} of ${id}`,
    instanceId: id,
    send,
    tookEffect: (instance) =>
      busy(instance) ||
      (action !== 'restart' && instance?.ecsStatus === target.status)
  })
  if (single && ack?.taskId) core.setOutput(Output.TaskId, ack.taskId)
  if (!settings.wait) return client.getInstance(id)
  const instance = await awaitWrite(
    ctx,
    {
      instanceId: id,
      taskId: ack?.taskId,
      action: `${action} of ${id}`,
      target,
      confirmable: action !== 'restart'
    },
    single
  )
  if (instance) ctx.report.addInstance(instance)
  return instance
}
