import * as core from '@actions/core'
import { Output } from '../constants.js'
import type { Context } from '../context.js'
import { listFleet } from '../fleet.js'
import { setInstanceOutputs, setInstancesOutput } from '../report.js'
import { waitForInstance, waitForTask } from '../wait.js'
import { acceptMissing, findTargets } from './target.js'

/** Reads one instance and outputs it. */
export async function runGet(ctx: Context): Promise<void> {
  const [instance] = await findTargets(ctx)
  if (instance === undefined) {
    acceptMissing(ctx)
    return
  }
  core.info(
    `Instance ${instance.ecsResourceUUID} (${instance.instanceName}): ` +
      `${instance.ecsStatus}, public IP ${instance.publicIpAddress || 'none'}`
  )
  setInstanceOutputs(instance)
  ctx.report.addInstance(instance)
}

/** Lists the instances of a zone, a region, or every region. */
export async function runList(ctx: Context): Promise<void> {
  const { region, zone } = ctx.settings
  const instances = await ctx.report.phase('Listing instances', () =>
    listFleet(ctx.client, ctx.catalog, { region, zone })
  )
  core.info(`Found ${instances.length} instance(s)`)
  for (const instance of instances) ctx.report.addInstance(instance)
  setInstancesOutput(instances)
}

/** Waits for a task given by id, and for its instance when one is given. */
export async function runWaitTask(ctx: Context): Promise<void> {
  const taskId = ctx.settings.taskId ?? ''
  const instanceId = ctx.settings.instanceId
  core.setOutput(Output.TaskId, taskId)
  const result = await ctx.report.phase(`Waiting for task ${taskId}`, () =>
    waitForTask(ctx.waits, { taskId, action: `task ${taskId}` })
  )
  if (result === undefined && instanceId === undefined) {
    throw new Error(
      `Task ${taskId} is not known to the API: it may never have existed or ` +
        `may have expired. Check task-id.`
    )
  }
  if (result) core.setOutput(Output.TaskResult, result.processResult)
  if (instanceId === undefined) return
  const instance = await ctx.report.phase(`Waiting for ${instanceId}`, () =>
    waitForInstance(ctx.waits, instanceId, {})
  )
  if (instance) setInstanceOutputs(instance)
}
