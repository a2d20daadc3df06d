import { cut } from './cut.ts'
import type { TraceEvent } from './trace.ts'

/** A trace longer than this is cut: the specs never need more, and a report must stay small. */
const EVENT_LIMIT = 200_000
const LABEL_LIMIT = 200

/** A lane or label as text, whatever the submission handed over; read once, never throws. */
export function labelOf(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? value : typeof value === 'symbol' ? value.toString() : String(value)
  } catch {
    text = `[${typeof value} that cannot be printed]`
  }
  return cut(text, LABEL_LIMIT)
}

/**
 * Records what happens in a simulated world, stamped with the grader's own reference
 * to the fake clock (never `Date.now`, which the submission can replace).
 */
export class Recorder {
  readonly #now: () => number
  readonly #events: TraceEvent[] = []
  #nextSpan = 0
  #settled = false
  readonly #openSpans = new Map<number, { lane: string; label: string; t: number }>()

  readonly #onEvent: ((event: TraceEvent) => void) | undefined

  /** `onEvent` hears each event as it is recorded (`npm run try` prints them live). */
  constructor(now: () => number, onEvent?: (event: TraceEvent) => void) {
    this.#now = now
    this.#onEvent = onEvent
  }

  #record(event: TraceEvent): void {
    if (this.#events.length >= EVENT_LIMIT) return
    if (this.#settled) event.late = true
    this.#events.push(event)
    this.#onEvent?.({ ...event })
  }

  now(): number {
    return this.#now()
  }

  /** From now on, events are marked `late`: a timer fired after the scenario's call had settled. */
  markSettled(): void {
    this.#settled = true
  }

  /** Opens a span on `lane`; call the returned function when it ends. */
  start(lane: string, label: unknown = lane): () => void {
    const span = this.#nextSpan++
    const t = this.#now()
    const text = labelOf(label)
    this.#record({ t, kind: 'start', lane, label: text, span })
    this.#openSpans.set(span, { lane, label: text, t })
    return () => {
      if (!this.#openSpans.delete(span)) return
      this.#record({ t: this.#now(), kind: 'end', lane, label: text, span })
    }
  }

  event(lane: string, label: unknown): void {
    this.#record({ t: this.#now(), kind: 'event', lane, label: labelOf(label) })
  }

  trace(): TraceEvent[] {
    return this.#events.map((event) => ({ ...event }))
  }

  /** Spans started and not ended yet, e.g. what a deadlocked run is stuck in. */
  openSpans(): string[] {
    return [...this.#openSpans.values()].map(({ lane, label, t }) => (label === lane ? `${lane} (since t=${t})` : `${lane}: ${label} (since t=${t})`))
  }
}
