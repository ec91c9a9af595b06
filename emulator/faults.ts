/**
 * Injected faults: HTTP-level faults on API requests, and task faults that
 * decide how an asynchronous task ends.
 */
import { operations, type Operation } from './options.js'

export type FaultKind =
  'status' | 'drop-before' | 'drop-after' | 'delay' | 'malformed'

export const faultKinds: readonly FaultKind[] = [
  'status',
  'drop-before',
  'drop-after',
  'delay',
  'malformed'
]

/**
 * A fault on matching API requests. `status` responds with that status and
 * an API error body (or `body`). `drop-before` closes the connection without
 * applying the request. `drop-after` applies the request, then closes the
 * connection without a response. `delay` applies the request and responds
 * after `delayMs`. `malformed` responds 200 with a truncated non-JSON body
 * and does not apply the request.
 */
export interface FaultRule {
  method?: 'GET' | 'POST'
  /** Exact API path, such as `/instance/create`; any path when unset. */
  path?: string
  /** Matching requests to let through before the fault fires; default 0. */
  after?: number
  /** How many matching requests get the fault; default 1, may be Infinity. */
  times?: number
  kind: FaultKind
  status?: number
  /** Seconds, sent as the `Retry-After` header. */
  retryAfter?: number
  body?: unknown
  delayMs?: number
}

export type TaskFaultKind = 'fail' | 'cancel' | 'stuck' | 'vanish'

export const taskFaultKinds: readonly TaskFaultKind[] = [
  'fail',
  'cancel',
  'stuck',
  'vanish'
]

/**
 * A fault on matching tasks. `fail` and `cancel` end the task with a failure.
 * `stuck` keeps it running forever. `vanish` removes the instance while the
 * task runs, and the task then fails.
 */
export interface TaskFaultRule {
  operation?: Operation
  instanceId?: string
  /** How many matching tasks get the fault; default 1, may be Infinity. */
  times?: number
  kind: TaskFaultKind
  /** Failure text shown by the task result. */
  message?: string
}

interface Counted<T> {
  rule: T
  matched: number
  fired: number
}

function checkCount(name: string, value: unknown): void {
  if (value === undefined || value === Infinity) return
  if (!Number.isInteger(value) || (value as number) < 0) {
    throw new Error(`invalid fault ${name}: expected a whole number >= 0`)
  }
}

/** Throws an Error naming the first invalid field of a fault rule. */
export function validateFaultRule(rule: FaultRule): void {
  if (!faultKinds.includes(rule.kind)) {
    throw new Error(
      `invalid fault kind "${rule.kind}": use one of ${faultKinds.join(', ')}`
    )
  }
  if (
    rule.method !== undefined &&
    rule.method !== 'GET' &&
    rule.method !== 'POST'
  ) {
    throw new Error(`invalid fault method "${rule.method}": use GET or POST`)
  }
  checkCount('after', rule.after)
  checkCount('times', rule.times)
  if (rule.kind === 'status' && !Number.isInteger(rule.status)) {
    throw new Error('a status fault needs a numeric status')
  }
  if (
    rule.kind === 'delay' &&
    !(typeof rule.delayMs === 'number' && rule.delayMs >= 0)
  ) {
    throw new Error('a delay fault needs delayMs >= 0')
  }
}

/** Throws an Error naming the first invalid field of a task fault rule. */
export function validateTaskFaultRule(rule: TaskFaultRule): void {
  if (!taskFaultKinds.includes(rule.kind)) {
    throw new Error(
      `invalid task fault kind "${rule.kind}": use one of ${taskFaultKinds.join(', ')}`
    )
  }
  if (rule.operation !== undefined && !operations.includes(rule.operation)) {
    throw new Error(`invalid task fault operation "${rule.operation}"`)
  }
  checkCount('times', rule.times)
}

/** The active fault rules, each with its own match counters. */
export class FaultBook {
  private rules: Counted<FaultRule>[] = []
  private taskRules: Counted<TaskFaultRule>[] = []

  add(rule: FaultRule): void {
    validateFaultRule(rule)
    this.rules.push({ rule: { ...rule }, matched: 0, fired: 0 })
  }

  addTask(rule: TaskFaultRule): void {
    validateTaskFaultRule(rule)
    this.taskRules.push({ rule: { ...rule }, matched: 0, fired: 0 })
  }

  clear(): void {
    this.rules = []
    this.taskRules = []
  }

  /** Counts the request against every rule in order; returns the one that fires. */
  matchRequest(method: string, path: string): FaultRule | null {
    for (const entry of this.rules) {
      const { rule } = entry
      if (rule.method !== undefined && rule.method !== method) continue
      if (rule.path !== undefined && rule.path !== path) continue
      entry.matched++
      if (entry.matched <= (rule.after ?? 0)) continue
      if (entry.fired >= (rule.times ?? 1)) continue
      entry.fired++
      return rule
    }
    return null
  }

  /** Returns the task fault that fires for a new task, counting it as used. */
  matchTask(operation: Operation, instanceId: string): TaskFaultRule | null {
    for (const entry of this.taskRules) {
      const { rule } = entry
      if (rule.operation !== undefined && rule.operation !== operation) continue
      const otherInstance =
        rule.instanceId !== undefined && rule.instanceId !== instanceId
      if (otherInstance) continue
      if (entry.fired >= (rule.times ?? 1)) continue
      entry.fired++
      return rule
    }
    return null
  }
}
