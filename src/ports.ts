import * as core from '@actions/core'
import { connect } from 'node:net'
import { Deadline, TimeoutError, sleep } from './deadline.js'
import { formatDuration } from './validation.js'

const ATTEMPT_TIMEOUT_MS = 3000
const RETRY_GAP_MS = 500

function tryConnect(host: string, port: number, timeoutMs: number) {
  return new Promise<string | undefined>((resolve) => {
    const socket = connect({ host, port })
    const finish = (problem?: string): void => {
      socket.destroy()
      resolve(problem)
    }
    socket.setTimeout(timeoutMs, () => finish('no answer'))
    socket.once('connect', () => finish())
    socket.once('error', (error: NodeJS.ErrnoException) =>
      finish(error.code ?? error.message)
    )
  })
}

/** Waits until a TCP connection to each port of `host` succeeds. */
export async function waitForPorts(
  host: string,
  ports: number[],
  deadline: Deadline
): Promise<void> {
  for (const port of ports) {
    const started = performance.now()
    let lastProblem = ''
    for (;;) {
      const timeout = Math.min(ATTEMPT_TIMEOUT_MS, deadline.remainingMs())
      const problem =
        timeout > 0
          ? await tryConnect(host, port, timeout)
          : lastProblem || 'no time left to try'
      if (problem === undefined) {
        const waited = formatDuration(performance.now() - started)
        core.info(`Port ${port} on ${host} accepts connections (${waited})`)
        break
      }
      if (problem !== lastProblem) {
        core.info(`Port ${port} on ${host}: ${problem}; retrying`)
        lastProblem = problem
      }
      if (deadline.expired()) {
        throw new TimeoutError(
          `Timed out after ${deadline.describe()} waiting for port ${port} on ` +
            `${host} to accept connections; the last attempt failed with ${problem}.`
        )
      }
      await sleep(RETRY_GAP_MS, deadline)
    }
  }
}
