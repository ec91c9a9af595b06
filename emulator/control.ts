/**
 * The control API under `/__emulator/`: inspect state and calls, change
 * options, inject faults, reset and seed instances. It needs no token and
 * its requests are not recorded as API calls.
 */
import type { FaultRule, TaskFaultRule } from './faults.js'
import type { RecordedCall } from './http.js'
import type { InstanceRecord, TaskRecord } from './models.js'
import type { DeepPartial, EmulatorOptions } from './options.js'

export const controlPrefix = '/__emulator/'

/** The emulator methods that the control API calls. */
export interface ControlTarget {
  instances(): InstanceRecord[]
  tasks(): TaskRecord[]
  apiCalls(): RecordedCall[]
  readonly options: EmulatorOptions
  configure(options: DeepPartial<EmulatorOptions>): void
  addFault(rule: FaultRule): void
  addTaskFault(rule: TaskFaultRule): void
  clearFaults(): void
  reset(): void
  addInstance(partial?: Partial<InstanceRecord>): InstanceRecord
}

export interface ControlReply {
  status: number
  body: unknown
}

function parseObject(rawBody: string): Record<string, unknown> {
  const parsed: unknown = rawBody.trim() === '' ? {} : JSON.parse(rawBody)
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('the body must be a JSON object')
  }
  return parsed as Record<string, unknown>
}

/** JSON has no Infinity, so `times: null` stands for it. */
function withInfiniteTimes<T>(rule: Record<string, unknown>): T {
  return { ...rule, times: rule.times === null ? Infinity : rule.times } as T
}

type ControlAction = (
  target: ControlTarget,
  body: Record<string, unknown>
) => unknown

const actions: Record<string, ControlAction> = {
  'GET state': (target) => ({
    instances: target.instances(),
    tasks: target.tasks()
  }),
  'GET calls': (target) => ({ calls: target.apiCalls() }),
  'GET config': (target) => ({ options: target.options }),
  'POST config': (target, body) => {
    target.configure(body as DeepPartial<EmulatorOptions>)
    return { options: target.options }
  },
  'POST faults': (target, body) => {
    target.addFault(withInfiniteTimes<FaultRule>(body))
    return { ok: true }
  },
  'POST task-faults': (target, body) => {
    target.addTaskFault(withInfiniteTimes<TaskFaultRule>(body))
    return { ok: true }
  },
  'DELETE faults': (target) => {
    target.clearFaults()
    return { ok: true }
  },
  'POST reset': (target) => {
    target.reset()
    return { ok: true }
  },
  'POST instances': (target, body) => ({
    instance: target.addInstance(body as Partial<InstanceRecord>)
  })
}

/** Runs one control request; `name` is the path after `/__emulator/`. */
export function handleControl(
  target: ControlTarget,
  method: string,
  name: string,
  rawBody: string
): ControlReply {
  const action = actions[`${method} ${name}`]
  if (!action) {
    const known = Object.keys(actions).join(', ')
    return {
      status: 404,
      body: {
        error: `no control endpoint ${method} ${controlPrefix}${name}; known: ${known}`
      }
    }
  }
  try {
    const body = method === 'POST' ? parseObject(rawBody) : {}
    return { status: 200, body: action(target, body) }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { status: 400, body: { error: message } }
  }
}
