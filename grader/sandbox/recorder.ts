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

  constructor(now: () => number) {
    this.#now = now
  }

  now(): number {
    return this.#now()
  }

  /** Opens a span on `lane`; call the returned function when it ends. */
  start(lane: string, label = lane): () => void {
    const span = this.#nextSpan++
    const t = this.#now()
    this.#events.push({ t, kind: 'start', lane, label, span })
    this.#openSpans.set(span, { lane, label, t })
    return () => {
      if (!this.#openSpans.delete(span)) return
      this.#events.push({ t: this.#now(), kind: 'end', lane, label, span })
    }
  }

  event(lane: string, label: string): void {
    this.#events.push({ t: this.#now(), kind: 'event', lane, label })
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
