import * as core from '@actions/core'
import { Output, State } from './constants.js'
import type { Instance } from './client/models.js'
import { formatDuration } from './validation.js'

/** A create call sent but without a response yet, saved for the post step. */
export interface PendingCreate {
  name: string
  regionCode: string
  zoneCode: string
  /** Servers that had the name before the call. */
  knownIds: string[]
}

export interface Phase {
  name: string
  ms: number
}

/**
 * Collects what a run did, for the outputs and the job summary: the
 * instances it touched, the phases it waited through and their durations.
 */
export class Report {
  readonly instances = new Map<string, Instance>()
  readonly phases: Phase[] = []
  /** Lines for the job summary, such as the size of a look-up. */
  readonly notes: string[] = []
  /** Ids of instances this step created, which cleanup may delete. */
  readonly createdIds: string[] = []
  /** Create calls in flight: a cancelled job leaves these unanswered. */
  readonly pending: PendingCreate[] = []
  /** Ids of the create tasks this step started. */
  readonly taskIds: string[] = []

  /** Runs one phase in its own log group and records how long it took. */
  async phase<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await core.group(name, work)
    } finally {
      const ms = performance.now() - started
      this.phases.push({ name, ms })
      core.debug(`${name}: ${formatDuration(ms)}`)
    }
  }

  /** Runs a phase without a log group, for work that runs concurrently. */
  async timed<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await work()
    } finally {
      this.phases.push({ name, ms: performance.now() - started })
    }
  }

  /** Records an instance this step created, at once, in outputs and state. */
  recordCreated(instanceId: string): void {
    if (this.createdIds.includes(instanceId)) return
    this.createdIds.push(instanceId)
    core.saveState(State.CreatedIds, this.createdIds.join(','))
    if (this.createdIds.length === 1) {
      core.setOutput(Output.InstanceId, instanceId)
    }
  }

  /** Drops an id that this step deleted again, so cleanup skips it. */
  forgetCreated(instanceId: string): void {
    const index = this.createdIds.indexOf(instanceId)
    if (index === -1) return
    this.createdIds.splice(index, 1)
    core.saveState(State.CreatedIds, this.createdIds.join(','))
  }

  /** Records a create call before it is sent. */
  recordPending(entry: PendingCreate): void {
    this.pending.push(entry)
    core.saveState(State.PendingCreates, JSON.stringify(this.pending))
  }

  /** Forgets a create call once its response named the new server. */
  settlePending(name: string): void {
    const index = this.pending.findIndex((entry) => entry.name === name)
    if (index !== -1) this.pending.splice(index, 1)
    core.saveState(State.PendingCreates, JSON.stringify(this.pending))
  }

  /** Records a create task at once, in outputs and state. */
  recordTask(taskId: string, single: boolean): void {
    this.taskIds.push(taskId)
    core.saveState(State.TaskIds, this.taskIds.join(','))
    if (single) core.setOutput(Output.TaskId, taskId)
  }

  addInstance(instance: Instance): void {
    this.instances.set(instance.ecsResourceUUID, instance)
  }
}

/** Writes the outputs that describe one instance. */
export function setInstanceOutputs(instance: Instance): void {
  core.setOutput(Output.InstanceId, instance.ecsResourceUUID)
  core.setOutput(Output.InstanceName, instance.instanceName)
  core.setOutput(Output.PublicIp, usableIp(instance.publicIpAddress))
  core.setOutput(Output.PrivateIp, instance.internalIpAddress)
  core.setOutput(Output.Status, instance.ecsStatus)
  core.setOutput(Output.Region, instance.regionCode)
  core.setOutput(Output.Zone, instance.zoneCode)
  core.setOutput(Output.Instance, secretFreeJson(instance.raw))
}

/** Writes the `instances` output: a JSON array without credential fields. */
export function setInstancesOutput(instances: Instance[]): void {
  core.setOutput(
    Output.Instances,
    secretFreeJson(instances.map((instance) => instance.raw))
  )
}

function usableIp(ip: string): string {
  return ip === '0.0.0.0' || ip === '::' ? '' : ip
}

/** Field names that could hold a credential. */
const SECRET_FIELD = /password|token|secret/i

/**
 * Serializes API objects to JSON without fields that could hold a
 * credential, so that JSON outputs never carry one even if the API were to
 * echo it. A replacer drops them while serializing, so that a list of
 * thousands of servers is not copied first.
 */
export function secretFreeJson(value: unknown): string {
  return JSON.stringify(value, (key, field: unknown) =>
    key !== '' && SECRET_FIELD.test(key) ? undefined : field
  )
}
