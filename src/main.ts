import * as core from '@actions/core'
import { Input, State, WRITE_OPERATIONS, type Operation } from './constants.js'
import { createContext, type Context } from './context.js'
import { Deadline } from './deadline.js'
import { describeError, errorTitle } from './errors.js'
import { readSettings } from './inputs.js'
import { writeSummary } from './summary.js'

type Runner = (ctx: Context) => Promise<void>

/**
 * Loads the code of one operation only, so that a run parses no more of the
 * bundle than it needs.
 */
async function loadOperation(operation: Operation): Promise<Runner> {
  switch (operation) {
    case 'create':
      return (await import('./operations/create.js')).runCreate
    case 'delete':
      return (await import('./operations/delete.js')).runDelete
    case 'start':
    case 'stop':
    case 'restart': {
      const { runPower } = await import('./operations/power.js')
      return (ctx) => runPower(ctx, operation)
    }
    case 'reinstall':
      return (await import('./operations/reinstall.js')).runReinstall
    case 'reset-password':
      return (await import('./operations/reset-password.js')).runResetPassword
    case 'get':
      return (await import('./operations/read.js')).runGet
    case 'list':
      return (await import('./operations/read.js')).runList
    case 'wait-task':
      return (await import('./operations/read.js')).runWaitTask
    case 'prune':
      return (await import('./operations/prune.js')).runPrune
    case 'regions':
      return (await import('./operations/lookups.js')).runRegions
    case 'packages':
      return (await import('./operations/lookups.js')).runPackages
    case 'images':
      return (await import('./operations/lookups.js')).runImages
    case 'security-groups':
      return (await import('./operations/lookups.js')).runSecurityGroups
    case 'ssh-keys':
      return (await import('./operations/lookups.js')).runSshKeys
  }
}

/** Logs the cancellation of the job, which ends the process. */
function handleCancellation(ctx: Context): void {
  const onSignal = (signal: NodeJS.Signals): void => {
    const ids = ctx.report.createdIds
    core.warning(
      `Received ${signal}: the job was cancelled, so the action stops ` +
        `waiting.` +
        (ids.length > 0
          ? ` This step created ${ids.join(', ')}; the post step deletes ` +
            `them when ${Input.Cleanup} is always or on-failure.`
          : '')
    )
    process.exit(1)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
}

function rememberForPost(ctx: Context): void {
  if (ctx.settings.operation !== 'create') return
  core.saveState(State.Cleanup, ctx.settings.cleanup)
}

/** Runs the main step: read inputs, run one operation, write a summary. */
export async function run(): Promise<void> {
  core.saveState(State.IsPost, 'true')
  let ctx: Context | undefined
  let failure: unknown
  try {
    const settings = readSettings()
    for (const warning of settings.warnings) core.warning(warning)
    ctx = createContext(settings, new Deadline(settings.timeoutMs))
    rememberForPost(ctx)
    handleCancellation(ctx)
    if (settings.dryRun && WRITE_OPERATIONS.includes(settings.operation)) {
      core.info('Dry run: no write call is sent to the API.')
    }
    const runner = await loadOperation(settings.operation)
    await runner(ctx)
  } catch (error) {
    failure = error
    core.error(describeError(error), { title: errorTitle(error) })
    process.exitCode = 1
  } finally {
    core.saveState(State.Outcome, failure === undefined ? 'success' : 'failure')
    if (ctx) {
      await writeSummary(ctx, failure)
      ctx.client.dispose()
    }
  }
}
