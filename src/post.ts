import * as core from '@actions/core'
import { Input, State } from './constants.js'
import { createContext } from './context.js'
import { Deadline } from './deadline.js'
import { describeError } from './errors.js'
import { readSettings } from './inputs.js'

/**
 * Checks whether the job failed or was cancelled. The `job-status` input defaults
 * to the job's status expression; a main step that did not finish counts
 * as a failure too.
 */
function jobFailed(): boolean {
  const outcome = core.getState(State.Outcome)
  const status = core.getInput(Input.JobStatus).toLowerCase()
  return outcome !== 'success' || status === 'failure' || status === 'cancelled'
}

/** Runs the post step: deletes what the main step created when cleanup requests it. */
export async function runPost(): Promise<void> {
  const ids = core.getState(State.CreatedIds).split(',').filter(Boolean)
  const cleanup = core.getState(State.Cleanup)
  if (ids.length === 0 || cleanup === '' || cleanup === 'never') return
  if (cleanup === 'on-failure' && !jobFailed()) {
    core.info(
      `The job succeeded; keeping ${ids.join(', ')} (cleanup: on-failure).`
    )
    return
  }
  try {
    const settings = { ...readSettings(), wait: true, dryRun: false }
    const ctx = createContext(settings, new Deadline(settings.timeoutMs))
    const { deleteWithGrace } = await import('./operations/create.js')
    await core.group(
      `Deleting servers created by this step: ${ids.join(', ')}`,
      () => deleteWithGrace(ctx, ids)
    )
    ctx.client.dispose()
  } catch (error) {
    core.error(
      `Cleanup could not delete ${ids.join(', ')}: ${describeError(error)}`,
      { title: 'Server left behind' }
    )
  }
}
