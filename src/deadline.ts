import { formatDuration } from './validation.js'

/** One hard time limit for the whole step, on a monotonic clock. */
export class Deadline {
  private readonly startedAt = performance.now()

  constructor(readonly totalMs: number) {}

  elapsedMs(): number {
    return performance.now() - this.startedAt
  }

  remainingMs(): number {
    return Math.max(0, this.totalMs - this.elapsedMs())
  }

  expired(): boolean {
    return this.remainingMs() <= 0
  }

  describe(): string {
    return formatDuration(this.totalMs)
  }
}

/** Raised when the step's timeout runs out; the message names what was awaited. */
export class TimeoutError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TimeoutError'
  }
}

/** Waits `ms`, cut short so that it never sleeps past the deadline. */
export async function sleep(ms: number, deadline?: Deadline): Promise<void> {
  const wait = deadline ? Math.min(ms, deadline.remainingMs()) : ms
  if (wait <= 0) return
  await new Promise((resolve) => setTimeout(resolve, wait))
}
