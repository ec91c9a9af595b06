import * as core from '@actions/core'
import type { Context } from '../context.js'
import type { Instance } from '../client/models.js'
import { waitForInstance } from '../wait.js'
import { awaitWrite, busy, sendWrite } from './write.js'

/**
 * Stops an instance and waits for STOPPED, whatever the step's `wait`
 * input is, because the next call needs a stopped instance.
 */
export async function stopAndWait(
  ctx: Context,
  instanceId: string
): Promise<Instance | undefined> {
  let instance = await ctx.client.getInstance(instanceId)
  if (busy(instance)) {
    instance = await waitForInstance(ctx.waits, instanceId, {})
  }
  if (instance?.ecsStatus === 'STOPPED') return instance
  core.info(`Stopping instance ${instanceId} first`)
  const ack = await sendWrite(ctx, {
    action: `stop of ${instanceId}`,
    instanceId,
    send: () => ctx.client.stopInstance(instanceId, ctx.settings.force),
    tookEffect: (current) => busy(current) || current?.ecsStatus === 'STOPPED'
  })
  return awaitWrite(
    ctx,
    {
      instanceId,
      taskId: ack?.taskId,
      action: `stop of ${instanceId}`,
      target: { status: 'STOPPED' }
    },
    false
  )
}
