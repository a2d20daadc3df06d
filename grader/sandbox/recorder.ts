import type { TraceEvent } from './trace.ts'

/**
 * Records what happens in a simulated world, stamped with the grader's own reference
 * to the fake clock (never `Date.now`, which the submission can replace).
 */
export class Recorder {
  readonly #now: () => number
  readonly #events: TraceEvent[] = []
  #nextSpan = 0
  readonly #openSpans = new Map<number, { lane: string; label: string; t: number }>()

  readonly #onEvent: ((event: TraceEvent) => void) | undefined

  /** `onEvent` hears each event as it is recorded (`npm run try` prints them live). */
  constructor(now: () => number, onEvent?: (event: TraceEvent) => void) {
    this.#now = now
    this.#onEvent = onEvent
  }

  #record(event: TraceEvent): void {
    this.#events.push(event)
    this.#onEvent?.({ ...event })
  }

  now(): number {
    return this.#now()
  }

  /** Opens a span on `lane`; call the returned function when it ends. */
  start(lane: string, label = lane): () => void {
    const span = this.#nextSpan++
    const t = this.#now()
    this.#record({ t, kind: 'start', lane, label, span })
    this.#openSpans.set(span, { lane, label, t })
    return () => {
      if (!this.#openSpans.delete(span)) return
      this.#record({ t: this.#now(), kind: 'end', lane, label, span })
    }
  }

  event(lane: string, label: string): void {
    this.#record({ t: this.#now(), kind: 'event', lane, label })
  }

  trace(): TraceEvent[] {
    return this.#events.map((event) => ({ ...event }))
  }

  /** Spans started and not ended yet, e.g. what a deadlocked run is stuck in. */
  openSpans(): string[] {
    return [...this.#openSpans.values()].map(({ lane, label, t }) =>
      label === lane ? `${lane} (since t=${t})` : `${lane}: ${label} (since t=${t})`,
    )
  }
}
