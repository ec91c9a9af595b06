import * as core from '@actions/core'
import { Output } from '../constants.js'
import type { Context } from '../context.js'
import { LightNodeApiError } from '../client/errors.js'
import {
  isIdle,
  type Instance,
  type TaskAck,
  type TaskResult
} from '../client/models.js'
import {
  describeTarget,
  waitForInstance,
  waitForTask,
  type TargetState
} from '../wait.js'

export interface WriteCall {
  /** For logs and messages, such as "stop of ecs-lg00007dyz7g". */
  action: string
  instanceId: string
  send: () => Promise<TaskAck>
  /** Reads the instance the call acts on; by default, by `instanceId`. */
  lookUp?: () => Promise<Instance | undefined>
  /** Whether the instance shows that an earlier attempt of this call took effect. */
  tookEffect: (instance: Instance | undefined) => boolean
}

/**
 * Sends a write call once. A failure can leave open whether the API acted
 * on it: no response, a dropped connection, a 5xx or a garbled body. Then
 * this reads the instance first and sends again only if the
 * first attempt shows no effect. Returns undefined when the earlier attempt
 * took effect, so that the caller waits on the instance's state without a
 * task id.
 */
export async function sendWrite(
  ctx: Context,
  call: WriteCall
): Promise<TaskAck | undefined> {
  try {
    return await call.send()
  } catch (error) {
    if (!(error instanceof LightNodeApiError) || !error.ambiguous) throw error
    core.warning(
      `The ${call.action} may or may not have reached the API (${error.message}). ` +
        `Checking the instance before sending it again.`
    )
  }
  const instance = call.lookUp
    ? await call.lookUp()
    : await ctx.client.getInstance(call.instanceId)
  if (call.tookEffect(instance)) {
    core.info(`The ${call.action} took effect; not sending it again.`)
    return undefined
  }
  core.info(`The ${call.action} left no trace; sending it again.`)
  return call.send()
}

/** Shows that some operation is under way on the instance. */
export function busy(instance: Instance | undefined): boolean {
  return instance !== undefined && !isIdle(instance)
}

export interface AwaitedWrite {
  instanceId: string
  taskId?: string
  action: string
  target: TargetState
  /** Whether the target state shows that the write succeeded; default true. */
  confirmable?: boolean
}

/**
 * Waits for a write's task and then for the instance to reach the target
 * state. Writes task-id and task-result as soon as they are known.
 */
export async function awaitWrite(
  ctx: Context,
  write: AwaitedWrite,
  single = true
): Promise<Instance | undefined> {
  const run = single
    ? ctx.report.phase.bind(ctx.report)
    : ctx.report.timed.bind(ctx.report)
  let result: TaskResult | undefined
  if (write.taskId !== undefined) {
    const taskId = write.taskId
    result = await run(`Waiting for task ${taskId} (${write.action})`, () =>
      waitForTask(ctx.waits, { taskId, action: write.action }, false)
    )
    if (single && result) {
      core.setOutput(Output.TaskResult, result.processResult)
    }
    if (result === undefined && write.confirmable === false) {
      core.warning(
        `The ${write.action} cannot be confirmed: the API no longer returns ` +
          `its task, and the server's state does not show the result. ` +
          `Check the server.`
      )
    }
  }
  const goal = describeTarget(write.target)
  return run(`Waiting for ${write.instanceId} to be ${goal}`, () =>
    waitForInstance(ctx.waits, write.instanceId, write.target)
  )
}
