/**
 * A queue of state changes due at given times. Nothing runs on a timer.
 * Instead, `runUntil(now)` applies every change that is due, in time order,
 * and passes each its own due time. Records therefore keep exact times,
 * however late the state is next read.
 */
interface TimedEvent {
  at: number
  order: number
  run: (at: number) => void
}

export class Timeline {
  private events: TimedEvent[] = []
  private counter = 0

  /** Queues `run` to be applied at `at` (ms epoch). */
  schedule(at: number, run: (at: number) => void): void {
    const event = { at, order: this.counter++, run }
    let index = this.events.length
    while (index > 0 && this.events[index - 1].at > at) index--
    this.events.splice(index, 0, event)
  }

  /** Applies every change due at or before `now`, including ones it queues. */
  runUntil(now: number): void {
    while (this.events.length > 0 && this.events[0].at <= now) {
      const event = this.events.shift() as TimedEvent
      event.run(event.at)
    }
  }

  clear(): void {
    this.events = []
  }
}
