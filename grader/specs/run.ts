// A scenario run as a check reads it: what the sandbox recorded, and the few verbs every
// check uses. A verb that finds the run unfit (it did not resolve, a span is missing)
// fails the check with the standard explanation; `fail` draws the run's own timeline.
import type { Outcome, ScenarioRun } from '../sandbox/outcome.ts'
import { EVENT_LOOP_LANE, eventsOf, spansOf, type Span, type TraceEvent } from '../sandbox/trace.ts'
import { BLOCKING_MISTAKE, blockedNote, explainOutcome, fail, type Feedback } from './feedback.ts'
import { say } from './say.ts'

/**
 * What a failed check says; the run adds the timeline. `judgesBlocking`: the check's own
 * mistake is about blocking the event loop, so it stands (else a run that blocked gets the
 * blocking mistake, since a block skews every timing a check reads).
 */
export type Failure = Omit<Feedback, 'timeline'> & { judgesBlocking?: boolean }

export class Run<Value = unknown> implements ScenarioRun {
  readonly scenario: string
  readonly outcome: Outcome
  readonly trace: ScenarioRun['trace']
  readonly timersLeft: number
  readonly problems: string[]
  readonly output: string
  readonly wallMs?: number
  #spans: Span[] | undefined

  constructor(record: ScenarioRun) {
    this.scenario = record.scenario
    this.outcome = record.outcome
    this.trace = record.trace
    this.timersLeft = record.timersLeft
    this.problems = record.problems
    this.output = record.output
    if (record.wallMs !== undefined) this.wallMs = record.wallMs
  }

  /**
   * The value `fn` resolved with and the virtual time it did. Any other ending (rejected,
   * not implemented yet, deadlock, runaway, blocked, crashed, did not load) fails the check
   * with its explanation; `expected`, when given, says what the check wanted instead.
   */
  resolved(fn: string, expected?: string): { value: Value; at: number } {
    if (this.outcome.kind === 'resolved') return { value: this.outcome.value as Value, at: this.outcome.at }
    this.#explain(fn, expected)
  }

  /** When `fn` settled, resolved or rejected; any other ending fails the check. */
  settledAt(fn: string, expected?: string): number {
    if (this.outcome.kind === 'resolved' || this.outcome.kind === 'rejected') return this.outcome.at
    this.#explain(fn, expected)
  }

  /** Fails the check with the standard explanation of how `fn` ended, and what the check expected. */
  #explain(fn: string, expected: string | undefined): never {
    const explained = explainOutcome(this, fn)
    // A loop that never ended was stopped: its own explanation stands.
    const judgesBlocking = explained.outcome === 'killed'
    fail(this.#withBlocks({ ...explained, ...(expected === undefined ? {} : { expected }), judgesBlocking }))
  }

  /** Says when the code held the event loop: whatever the check judged, that is likely why. */
  #withBlocks({ judgesBlocking, ...feedback }: Failure): Feedback {
    const note = blockedNote(this.blocks)
    if (!note) return feedback
    const mistake = judgesBlocking && feedback.mistake ? feedback.mistake : say(BLOCKING_MISTAKE)
    return { ...feedback, message: `${feedback.message}${say({ en: '; ', fr: ' ; ' })}${note}`, mistake }
  }

  /** The stretches during which synchronous code held the event loop ('event loop' spans). */
  get blocks(): Span[] {
    return this.lane(EVENT_LOOP_LANE)
  }

  /** Every span the world recorded, in the order they started. */
  get spans(): Span[] {
    this.#spans ??= spansOf(this.trace)
    return this.#spans
  }

  /** The spans of one lane ("toast", "page 3", ...). */
  lane(lane: string): Span[] {
    return this.spans.filter((span) => span.lane === lane)
  }

  /** The instants the world marked on one lane. */
  events(lane: string): TraceEvent[] {
    return eventsOf(this.trace, lane)
  }

  /** The lines the submission printed through the world's `print` ('print' events). */
  get printed(): string[] {
    return this.events('print').map((event) => event.label)
  }

  /** Fails the check; the report draws this run's timeline, beside `expected` when given. */
  fail(failure: Failure, expected?: Span[]): never {
    fail({ ...this.#withBlocks(failure), timeline: { actual: this.spans, ...(expected ? { expected } : {}) } })
  }
}
