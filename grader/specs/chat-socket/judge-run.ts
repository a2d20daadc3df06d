// Reads a chat-socket run: the calls the world saw on each lane (when they started, ended,
// were aborted, with or without a signal, before or after the call settled), the lines shown,
// the sends that overlapped, and how the submission's call ended.
import { show } from '../../sandbox/plain.ts'
import type { Span } from '../../sandbox/trace.ts'
import { explainOutcome, rejectedAt, resolvedAt } from '../feedback.ts'
import type { Run } from '../run.ts'
import { T } from './texts.ts'
import { ABORTED, NO_SIGNAL, SCREEN, TWO_SENDS } from './worlds.shared.ts'

export interface Call {
  label: string
  start: number
  /** When it settled or was aborted; missing if it never did. */
  end?: number
  abortedAt?: number
  /** The abort came after the submission's call had settled. */
  abortedLate?: true
  /** Made after the submission's call had settled: a loop left running made it. */
  startedLate?: true
  endedLate?: true
  withSignal: boolean
}

/** Every call on a lane, in the order made. The world records NO_SIGNAL right after a call's
 *  start, and ABORTED right before the end of the call it aborts. */
export function callsOf(run: Run, lane: string): Call[] {
  const bySpan = new Map<number, Call>()
  run.trace.forEach((event, index) => {
    if (event.lane !== lane || event.span === undefined) return
    if (event.kind === 'start') {
      const next = run.trace[index + 1]
      const call: Call = { label: event.label, start: event.t, withSignal: !(next?.lane === lane && next.label === NO_SIGNAL) }
      if (event.late) call.startedLate = true
      bySpan.set(event.span, call)
    } else if (event.kind === 'end') {
      const call = bySpan.get(event.span)
      if (!call) return
      call.end = event.t
      if (event.late) call.endedLate = true
      const previous = run.trace[index - 1]
      if (previous?.lane === lane && previous.label === ABORTED) {
        call.abortedAt = event.t
        if (previous.late) call.abortedLate = true
      }
    }
  })
  return [...bySpan.values()]
}

/** The call on `lane` that was waiting at `at` (started by then, not ended before), if any. */
export function waitingAt(run: Run, lane: string, at: number): Call | undefined {
  return callsOf(run, lane).find((call) => call.start <= at && (call.end === undefined || call.end > at || call.abortedAt === at))
}

/** The lines shown, in order: when, and whether after the call had settled. */
export function shownOf(run: Run): { text: string; at: number; late: boolean }[] {
  return run.trace
    .filter((event) => event.lane === SCREEN && event.kind === 'start')
    .map((event) => ({ text: event.label, at: event.t, late: event.late === true }))
}

/** When a send started while another was in flight. */
export function overlappingSends(run: Run): number[] {
  return run
    .events('send')
    .filter((event) => event.label === TWO_SENDS)
    .map((event) => event.t)
}

/** Calls on a lane that overlap in time calls on another: the two lanes were waited on at once. */
export function overlapped(a: readonly Call[], b: readonly Call[]): boolean {
  return a.some((one) => b.some((other) => one.start < (other.end ?? Infinity) && other.start < (one.end ?? Infinity)))
}

/** How the call ended, e.g. `resolved at t=2500 with { endedBy: "user", ... }`. */
export function ending(run: Run): string {
  const outcome = run.outcome
  if (outcome.kind === 'resolved') return resolvedAt(outcome.at, show(outcome.value))
  if (outcome.kind === 'rejected') return rejectedAt(outcome.at, outcome.error)
  return outcome.kind
}

/** The errors a bug in the code throws, never the world's. */
const BUG = /^(TypeError|ReferenceError|RangeError|SyntaxError)$/

/**
 * When `fn` settled, resolved or rejected. Any other ending, the stub's error, or an error a
 * bug throws fails the check with its explanation, what the check expected, and the expected
 * timeline beside the run's. `mistakeIfStuck` explains a run that never settled, when the trace shows why.
 */
export function settle(run: Run, fn: string, expected: string, spans: Span[], options: { mistakeIfStuck?: string; bugsAllowed?: true } = {}): number {
  const outcome = run.outcome
  if (outcome.kind === 'resolved') return outcome.at
  const explained = explainOutcome(run, fn)
  if (outcome.kind === 'rejected') {
    if (/not implemented yet/i.test(outcome.error.message)) run.fail({ ...explained, expected })
    if (options.bugsAllowed || !BUG.test(outcome.error.name)) return outcome.at
    run.fail({ message: `${fn} ${ending(run)}`, expected, actual: ending(run), mistake: explained.mistake ?? T.codeThrew(outcome.error.name) }, spans)
  }
  const stuck = options.mistakeIfStuck !== undefined && (outcome.kind === 'deadlock' || outcome.kind === 'runaway')
  run.fail({ ...explained, expected, ...(stuck ? { mistake: options.mistakeIfStuck! } : {}) }, spans)
}

/** The stub's error fails the check with the standard explanation: for checks that read the trace of any run, settled or not. */
export function requireImplemented(run: Run, fn: string, expected: string): void {
  const outcome = run.outcome
  if (outcome.kind === 'rejected' && /not implemented yet/i.test(outcome.error.message)) run.fail({ ...explainOutcome(run, fn), expected })
}

/** The unhandled rejections the run reported, without their prefix. */
export function unhandledRejections(run: Run): string[] {
  const prefix = 'unhandled rejection: '
  return run.problems.filter((problem) => problem.startsWith(prefix)).map((problem) => problem.slice(prefix.length))
}
