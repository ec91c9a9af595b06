import * as core from '@actions/core'
import { LightNodeClient, isUnknownResource } from './client/lightnode.js'
import {
  hasPublicIp,
  isIdle,
  type Instance,
  type TaskResult
} from './client/models.js'
import { Deadline, TimeoutError, sleep } from './deadline.js'
import { formatDuration } from './validation.js'

export interface WaitOptions {
  client: LightNodeClient
  deadline: Deadline
  pollIntervalMs: number
}

/**
 * The shortest gap between two polls. With a gap of a fifth of the time
 * waited, 1 s keeps a 60 s task to about 22 polls while tasks of up to 10 s
 * end within about a second of finishing (BENCHMARKS.md has the figures).
 */
const FIRST_POLL_MS = 1000

/**
 * Chooses the gap before the next poll: short at first, growing with the
 * time already waited, never longer than the poll interval (times the
 * slowdown that HTTP 429 responses caused).
 */
export function nextPollDelay(
  waitedMs: number,
  pollIntervalMs: number,
  throttleFactor = 1
): number {
  const first = Math.min(FIRST_POLL_MS, pollIntervalMs)
  const grown = Math.max(first, waitedMs * 0.2)
  return Math.min(grown, pollIntervalMs) * throttleFactor
}

/** A task that ended in failure; the message carries the task's own text. */
export class TaskFailedError extends Error {
  constructor(
    message: string,
    readonly taskId: string,
    readonly result: TaskResult
  ) {
    super(message)
    this.name = 'TaskFailedError'
  }
}

export interface TaskDescription {
  taskId: string
  /** For messages: what the task does, such as "stop of ecs-lg00007dyz7g". */
  action: string
}

function taskWords(result: TaskResult): string {
  return (
    [result.taskStatus, result.processResult].filter(Boolean).join('/') ||
    'no status yet'
  )
}

/**
 * Polls a task until it succeeds. With `pollAtOnce` false it waits the
 * first gap before the first poll, because a task that was just sent has
 * rarely finished by then. Throws TaskFailedError when it fails and
 * TimeoutError when the step's deadline passes. Returns undefined when the
 * API no longer returns the task, so that the caller can judge by the
 * instance's state instead.
 */
export async function waitForTask(
  options: WaitOptions,
  task: TaskDescription,
  pollAtOnce = true
): Promise<TaskResult | undefined> {
  const started = performance.now()
  let last: TaskResult | undefined
  let lastLogged = ''
  const timedOut = () =>
    `Timed out after ${options.deadline.describe()} waiting for task ` +
    `${task.taskId} (${task.action}) to finish; its last status was ` +
    `${last ? taskWords(last) : 'not read yet'}.`
  if (!pollAtOnce) await pauseOrTimeOut(options, 0, timedOut)
  for (;;) {
    try {
      last = await withinDeadline(options, timedOut, () =>
        options.client.getTaskResult(task.taskId)
      )
    } catch (error) {
      if (isUnknownResource(error)) {
        core.warning(
          `Task ${task.taskId} (${task.action}) is no longer known to the ` +
            `API; judging by the instance's state instead.`
        )
        return undefined
      }
      throw error
    }
    const waited = performance.now() - started
    const words = taskWords(last)
    if (words !== lastLogged) {
      core.info(`Task ${task.taskId}: ${words} (${formatDuration(waited)})`)
      lastLogged = words
    }
    if (last.state === 'success') return last
    if (last.state === 'failure') {
      throw new TaskFailedError(
        `Task ${task.taskId} (${task.action}) failed with ${words}: ` +
          (last.message ?? 'the API gave no reason'),
        task.taskId,
        last
      )
    }
    await pauseOrTimeOut(options, waited, timedOut)
  }
}

/** Runs one poll; a poll cut off by the deadline becomes a TimeoutError. */
async function withinDeadline<T>(
  options: WaitOptions,
  message: () => string,
  poll: () => Promise<T>
): Promise<T> {
  try {
    return await poll()
  } catch (error) {
    if (options.deadline.expired()) throw new TimeoutError(message())
    throw error
  }
}

async function pauseOrTimeOut(
  options: WaitOptions,
  waitedMs: number,
  message: () => string
): Promise<void> {
  if (options.deadline.expired()) throw new TimeoutError(message())
  const delay = nextPollDelay(
    waitedMs,
    options.pollIntervalMs,
    options.client.transport.throttleFactor
  )
  await sleep(delay, options.deadline)
  if (options.deadline.expired()) throw new TimeoutError(message())
}

export interface TargetState {
  /** The expected ecsStatus, such as STARTED or STOPPED. */
  status?: string
  needsPublicIp?: boolean
  /** Wait until the API no longer returns the instance. */
  gone?: boolean
}

export function describeTarget(target: TargetState): string {
  if (target.gone) return 'deleted'
  const parts = [target.status ?? 'idle']
  if (target.needsPublicIp) parts.push('with a public IP')
  return parts.join(' ')
}

export function describeInstance(instance: Instance | undefined): string {
  if (instance === undefined) return 'not found'
  const ip = hasPublicIp(instance) ? instance.publicIpAddress : 'none'
  return (
    `ecsStatus ${instance.ecsStatus || '(empty)'}, ecsPendingStatus ` +
    `${instance.ecsPendingStatus || '(empty)'}, public IP ${ip}`
  )
}

/** States from which an instance does not reach a power state by itself. */
const FAILED_STATES = ['ERROR', 'FAILED']

function failedState(instance: Instance, target: TargetState): boolean {
  return (
    isIdle(instance) &&
    FAILED_STATES.includes(instance.ecsStatus) &&
    target.status !== undefined &&
    target.status !== instance.ecsStatus
  )
}

export function reachedTarget(
  instance: Instance | undefined,
  target: TargetState
): boolean {
  if (target.gone) return instance === undefined
  if (instance === undefined || !isIdle(instance)) return false
  if (target.status && instance.ecsStatus !== target.status) return false
  return !target.needsPublicIp || hasPublicIp(instance)
}

/**
 * Reads the instance until it reaches the target state. Throws when it
 * disappears (unless that is the target) or the deadline passes.
 */
export async function waitForInstance(
  options: WaitOptions,
  instanceId: string,
  target: TargetState
): Promise<Instance | undefined> {
  const started = performance.now()
  let lastLogged = ''
  let seen = 'not read yet'
  const timedOut = () =>
    `Timed out after ${options.deadline.describe()} waiting for instance ` +
    `${instanceId} to be ${describeTarget(target)}; last seen: ${seen}.`
  for (;;) {
    const instance = await withinDeadline(options, timedOut, () =>
      options.client.getInstance(instanceId)
    )
    seen = describeInstance(instance)
    const waited = performance.now() - started
    if (reachedTarget(instance, target)) return instance
    if (instance && failedState(instance, target)) {
      throw new Error(
        `Instance ${instanceId} is in state ${instance.ecsStatus}, so it will ` +
          `not become ${describeTarget(target)}.`
      )
    }
    if (instance === undefined) {
      throw new Error(
        `Instance ${instanceId} disappeared while waiting for it to be ` +
          `${describeTarget(target)}.`
      )
    }
    if (seen !== lastLogged) {
      core.info(`Instance ${instanceId}: ${seen} (${formatDuration(waited)})`)
      lastLogged = seen
    }
    await pauseOrTimeOut(options, waited, timedOut)
  }
}
