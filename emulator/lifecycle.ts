/**
 * Asynchronous tasks and what they do to instances over time. A task marks
 * its instance pending at once and applies its effect at its due time,
 * through the store's timeline.
 */
import type { TaskFaultRule } from './faults.js'
import type { InstanceRecord, TaskRecord } from './models.js'
import { taskDuration, type Operation } from './options.js'
import type { Store } from './store.js'

/** `ecsPendingStatus` while each operation runs. */
export const pendingWords: Record<Operation, string> = {
  create: 'CREATING',
  release: 'RELEASING',
  stop: 'STOPPING',
  start: 'STARTING',
  restart: 'RESTARTING',
  reinstall: 'REINSTALLING',
  modifyPassword: 'MODIFYING_PASSWORD'
}

/** `ecsStatus` after each operation succeeds; unset keeps the old one. */
const targetStatus: Partial<Record<Operation, string>> = {
  create: 'STARTED',
  stop: 'STOPPED',
  start: 'STARTED',
  restart: 'STARTED',
  reinstall: 'STARTED'
}

export interface TaskPlan {
  operation: Operation
  instanceId: string
  /** Changes the instance when the task succeeds, such as a new image. */
  apply?: (instance: InstanceRecord) => void
}

interface RunningTask {
  task: TaskRecord
  plan: TaskPlan
  /** `ecsStatus` before the task, restored when it fails. */
  previousStatus: string
  fault: TaskFaultRule | null
}

function newTaskRecord(
  store: Store,
  plan: TaskPlan,
  now: number,
  fault: TaskFaultRule | null
): TaskRecord {
  const duration = taskDuration(store.options(), plan.operation)
  return {
    asyncTaskUUID: store.newTaskId(),
    operation: plan.operation,
    instanceId: plan.instanceId,
    startedAt: now,
    finishesAt: fault?.kind === 'stuck' ? null : now + duration,
    completedAt: null,
    readyAt: null,
    taskStatus: 'PROCESSING',
    result: null,
    message: null,
    fault: fault?.kind ?? null
  }
}

/**
 * Starts a task for `plan` at `now` and queues its end. A `vanish` fault
 * removes the instance halfway through the task's duration.
 */
export function startTask(
  store: Store,
  plan: TaskPlan,
  now: number
): TaskRecord {
  const fault = store.faults.matchTask(plan.operation, plan.instanceId)
  const task = newTaskRecord(store, plan, now, fault)
  store.tasks.set(task.asyncTaskUUID, task)
  const instance = store.instances.get(plan.instanceId)
  const running: RunningTask = {
    task,
    plan,
    previousStatus: instance?.ecsStatus ?? '',
    fault
  }
  if (instance) markPending(store, instance, running)
  if (fault?.kind === 'vanish') {
    const halfway = now + taskDuration(store.options(), plan.operation) / 2
    store.timeline.schedule(halfway, () =>
      store.removeInstance(plan.instanceId, false)
    )
  }
  if (task.finishesAt !== null) {
    store.timeline.schedule(task.finishesAt, (at) =>
      finishTask(store, running, at)
    )
  }
  return task
}

function markPending(
  store: Store,
  instance: InstanceRecord,
  running: RunningTask
) {
  const { operation } = running.plan
  const id = instance.ecsResourceUUID
  store.busy.set(id, running.task.asyncTaskUUID)
  store.pendingOwner.set(id, running.task.asyncTaskUUID)
  instance.ecsPendingStatus = pendingWords[operation]
  const transitional = store.options().variants.powerState === 'transitional'
  if (transitional && operation !== 'modifyPassword') {
    instance.ecsStatus = pendingWords[operation]
  }
}

function finishTask(store: Store, running: RunningTask, at: number): void {
  const { task, plan, fault } = running
  const instance = store.instances.get(plan.instanceId)
  const ownsInstance = store.busy.get(plan.instanceId) === task.asyncTaskUUID
  if (ownsInstance) store.busy.delete(plan.instanceId)
  task.taskStatus = 'FINISHED'
  task.completedAt = at
  if (fault && fault.kind !== 'stuck') {
    failTask(store, running, fault.kind === 'cancel', fault.message)
    return
  }
  if (plan.operation === 'release') {
    store.removeInstance(plan.instanceId, true)
    succeedTask(task, at)
    return
  }
  if (!instance) {
    failTask(store, running, false, `instance ${plan.instanceId} not found`)
    return
  }
  succeedTask(task, ownsInstance ? at : null)
  if (ownsInstance) applySuccess(store, running, instance, at)
}

function succeedTask(task: TaskRecord, readyAt: number | null): void {
  task.result = 'SUCCESS'
  task.readyAt = readyAt
}

function defaultFailureText(running: RunningTask, cancelled: boolean): string {
  const { operation, instanceId } = running.plan
  if (running.fault?.kind === 'vanish') {
    return `instance ${instanceId} no longer exists`
  }
  return cancelled
    ? `${operation} of ${instanceId} was cancelled`
    : `${operation} of ${instanceId} failed`
}

function failTask(
  store: Store,
  running: RunningTask,
  cancelled: boolean,
  message: string | undefined
): void {
  const { task, plan } = running
  const variants = store.options().variants
  task.result = cancelled ? 'CANCEL' : variants.failureResult
  task.message = message ?? defaultFailureText(running, cancelled)
  const instance = store.instances.get(plan.instanceId)
  if (
    !instance ||
    store.pendingOwner.get(plan.instanceId) !== task.asyncTaskUUID
  ) {
    return
  }
  store.pendingOwner.delete(plan.instanceId)
  instance.ecsPendingStatus = 'NONE'
  if (plan.operation !== 'create') {
    instance.ecsStatus = running.previousStatus
  } else if (variants.failedCreate === 'remove') {
    store.removeInstance(plan.instanceId, false)
  } else {
    instance.ecsStatus = 'ERROR'
  }
}

function applySuccess(
  store: Store,
  running: RunningTask,
  instance: InstanceRecord,
  at: number
): void {
  const { operation } = running.plan
  const { ipDelayMs, pendingDelayMs } = store.options().variants
  running.plan.apply?.(instance)
  instance.ecsStatus = targetStatus[operation] ?? running.previousStatus
  schedulePendingClear(store, running.task, pendingDelayMs, at)
  if (operation === 'create') {
    scheduleAddress(store, instance.ecsResourceUUID, ipDelayMs, at)
  }
  const ipWait = operation === 'create' ? ipDelayMs : 0
  running.task.readyAt = at + Math.max(pendingDelayMs, ipWait)
}

function schedulePendingClear(
  store: Store,
  task: TaskRecord,
  delayMs: number,
  at: number
): void {
  store.timeline.schedule(at + delayMs, () => {
    const instance = store.instances.get(task.instanceId)
    if (!instance) return
    if (store.pendingOwner.get(task.instanceId) !== task.asyncTaskUUID) return
    store.pendingOwner.delete(task.instanceId)
    instance.ecsPendingStatus = 'NONE'
  })
}

function scheduleAddress(
  store: Store,
  instanceId: string,
  delayMs: number,
  at: number
): void {
  store.timeline.schedule(at + delayMs, () => {
    const instance = store.instances.get(instanceId)
    if (instance && instance.publicIpAddress === '') {
      instance.publicIpAddress = store.nextPublicIp()
    }
  })
}
