import * as core from '@actions/core'
import { State } from './constants.js'

/** The entry point of both the main step and the post step. */
if (core.getState(State.IsPost) === 'true') {
  const { runPost } = await import('./post.js')
  await runPost()
} else {
  const { run } = await import('./main.js')
  await run()
}
