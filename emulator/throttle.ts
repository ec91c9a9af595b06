/**
 * Request throttling: a limit on accepted requests per sliding second and
 * on requests in flight at once.
 */
import type { Variants } from './options.js'

export class Throttle {
  private accepted: number[] = []
  private inFlight = 0

  /**
   * Returns a reason to reject the request at `now`, or null after counting
   * it as accepted and in flight. Call `release()` once the response to an
   * accepted request is sent.
   */
  admit(now: number, limits: Variants['throttle']): string | null {
    const windowStart = now - 1000
    while (this.accepted.length > 0 && this.accepted[0] <= windowStart) {
      this.accepted.shift()
    }
    const { requestsPerSecond, maxConcurrent } = limits
    if (
      requestsPerSecond !== null &&
      this.accepted.length >= requestsPerSecond
    ) {
      return `more than ${requestsPerSecond} requests per second`
    }
    if (maxConcurrent !== null && this.inFlight >= maxConcurrent) {
      return `more than ${maxConcurrent} concurrent requests`
    }
    this.accepted.push(now)
    this.inFlight++
    return null
  }

  release(): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
  }

  reset(): void {
    this.accepted = []
    this.inFlight = 0
  }
}
