import * as core from '@actions/core'
import { Input, State } from './constants.js'
import { createContext, type Context } from './context.js'
import { Deadline } from './deadline.js'
import { describeError } from './errors.js'
import { readSettings } from './inputs.js'
import type { PendingCreate } from './report.js'

/**
 * Checks whether the job failed or was cancelled. The `job-status` input
 * defaults to the job's status expression, and a main step that did not
 * finish counts as a failure too.
 */
function jobFailed(): boolean {
  const outcome = core.getState(State.Outcome)
  const status = core.getInput(Input.JobStatus).toLowerCase()
  return outcome !== 'success' || status === 'failure' || status === 'cancelled'
}

function readPending(): PendingCreate[] {
  try {
    const parsed: unknown = JSON.parse(
      core.getState(State.PendingCreates) || '[]'
    )
    return Array.isArray(parsed) ? (parsed as PendingCreate[]) : []
  } catch {
    return []
  }
}

/**
 * Finds the servers of create calls that the main step sent but whose
 * response it never read, as when the job was cancelled mid-call: new servers
 * with the name that were not there before the call.
 */
async function findUnanswered(
  ctx: Context,
  pending: PendingCreate[],
  knownIds: string[]
): Promise<string[]> {
  const found: string[] = []
  for (const entry of pending) {
    const listed = await ctx.client.listInstances(
      entry.regionCode,
      entry.zoneCode
    )
    for (const instance of listed) {
      const id = instance.ecsResourceUUID
      const isNew = !entry.knownIds.includes(id) && !knownIds.includes(id)
      if (instance.instanceName === entry.name && isNew) found.push(id)
    }
  }
  return found
}

/** Runs the post step: deletes what the main step created when cleanup requests it. */
export async function runPost(): Promise<void> {
  const ids = core.getState(State.CreatedIds).split(',').filter(Boolean)
  const pending = readPending()
  const cleanup = core.getState(State.Cleanup)
  if (ids.length === 0 && pending.length === 0) return
  if (cleanup === '' || cleanup === 'never') return
  if (cleanup === 'on-failure' && !jobFailed()) {
    core.info(
      `The job succeeded; keeping ${ids.join(', ')} (cleanup: on-failure).`
    )
    return
  }
  let all = ids
  try {
    const settings = { ...readSettings(), wait: true, dryRun: false }
    const ctx = createContext(settings, new Deadline(settings.timeoutMs))
    all = [...ids, ...(await findUnanswered(ctx, pending, ids))]
    if (all.length === 0) {
      core.info('The main step created no server; nothing to clean up.')
      return
    }
    const { deleteWithGrace } = await import('./operations/cleanup.js')
    await core.group(
      `Deleting servers created by this step: ${all.join(', ')}`,
      () => deleteWithGrace(ctx, all, settings.timeoutMs)
    )
    ctx.client.dispose()
  } catch (error) {
    core.error(
      `Cleanup could not delete ${all.join(', ')}: ${describeError(error)}`,
      {
        title: 'Server left behind'
      }
    )
  }
}
