// What a failed check tells the student, and the standard explanations of runs that
// did not resolve. Specs throw CheckFailure; the grader shows its feedback.
import type { Outcome, ScenarioRun } from '../sandbox/outcome.ts'
import { show } from '../sandbox/plain.ts'
import type { Span } from '../sandbox/trace.ts'

export interface Timeline {
  actual: Span[]
  expected?: Span[]
}

export interface Feedback {
  /** One line: what went wrong. */
  message: string
  expected?: string
  actual?: string
  /** The likely misconception behind it. */
  mistake?: string
  /** The outcome kind when the run did not resolve (killed, deadlock, load-error...). */
  outcome?: Outcome['kind']
  timeline?: Timeline
  /** What the submission printed during the run. */
  output?: string
  /** Unhandled rejections and errors thrown from timers during the run. */
  problems?: string[]
}

export class CheckFailure extends Error {
  constructor(readonly feedback: Feedback) {
    super(feedback.message)
    this.name = 'CheckFailure'
  }
}

export function fail(feedback: Feedback): never {
  throw new CheckFailure(feedback)
}

/** The value `fn` resolved with; any other ending fails the check with its explanation. */
export function resolvedValue(run: ScenarioRun, fn: string): unknown {
  if (run.outcome.kind === 'resolved') return run.outcome.value
  fail(explainOutcome(run, fn))
}

/** When the scenario settled (resolved or rejected); otherwise fails the check. */
export function settledAt(run: ScenarioRun, fn: string): number {
  if (run.outcome.kind === 'resolved' || run.outcome.kind === 'rejected') return run.outcome.at
  fail(explainOutcome(run, fn))
}

/** A TypeError from the sandbox's frozen built-ins: the code tried to replace one. */
const TAMPERING = /Cannot (assign to read only property|add property|redefine property|define property)|object is not extensible/
const TAMPERING_MISTAKE = 'the code changes a built-in (Object.is, Array.prototype, Promise, JSON, Date, timers...): the grader keeps them as they are, so this cannot change a grade'
const REFUSED_MISTAKE = 'exercise code may only use #runtime, its own folder and a few harmless Node modules: no files, processes or network'

/** The likely mistake behind an error thrown by the submission, when the error says it. */
function mistakeOf(error: { message: string }): string | undefined {
  if (TAMPERING.test(error.message)) return TAMPERING_MISTAKE
  if (/is not allowed in exercise code/.test(error.message)) return REFUSED_MISTAKE
  return undefined
}

const BLOCKED = 'the event loop was blocked: a synchronous loop or a busy-wait never lets timers fire. Wait with await (sleep, a promise), never with a loop'

/** Explains, for the student, a run that did not resolve with a value. */
export function explainOutcome(run: ScenarioRun, fn: string): Feedback {
  const outcome = run.outcome
  const base = { outcome: outcome.kind, ...(run.output ? { output: run.output } : {}) }
  switch (outcome.kind) {
    case 'resolved':
      return { ...base, message: `${fn} resolved at t=${outcome.at} with ${show(outcome.value)}` }
    case 'rejected':
      if (/not implemented yet/i.test(outcome.error.message)) {
        return { ...base, message: `not implemented yet: ${fn} still throws the stub's error` }
      }
      return {
        ...base,
        message: `${fn} rejected at t=${outcome.at} with ${outcome.error.name}: ${outcome.error.message}`,
        actual: submissionFrames(outcome.error.stack),
        ...optional('mistake', mistakeOf(outcome.error)),
      }
    case 'deadlock':
      return {
        ...base,
        message: `${fn} never settled: at t=${outcome.at} it was still waiting and nothing was left to run (a deadlock)`,
        actual: outcome.waiting.length ? outcome.waiting.join('; ') : 'waiting on a promise that nothing will ever resolve',
        mistake: 'a promise that is never resolved, or a permit or lock that is never released',
      }
    case 'runaway':
      return {
        ...base,
        message: `${fn} never settled: ${outcome.timersFired} timers fired up to t=${outcome.at} without an end`,
        mistake: 'an endless setInterval or a retry loop that never stops',
      }
    case 'killed':
      return {
        ...base,
        message: outcome.phase === 'load'
          ? `the module blocked while loading and was stopped after ${outcome.wallMs} ms of real time`
          : `${fn} blocked the event loop and was stopped after ${outcome.wallMs} ms of real time`,
        mistake: BLOCKED,
      }
    case 'crashed':
      return {
        ...base,
        message: outcome.phase === 'load'
          ? `the module crashed while loading: ${outcome.reason}`
          : `${fn} crashed: ${outcome.reason}`,
        ...optional('mistake', /process\.exit/.test(outcome.reason)
          ? 'never call process.exit in exercise code: return or throw instead'
          : /out of memory/.test(outcome.reason)
            ? 'the code keeps allocating memory: an array or a queue that only grows, or a loop that never ends'
            : undefined),
      }
    case 'load-error':
      return {
        ...base,
        message: `the file did not load: ${outcome.error.name}: ${outcome.error.message}`,
        mistake: mistakeOf(outcome.error) ?? (outcome.error.name === 'SyntaxError' || /Transform failed/.test(outcome.error.message)
          ? 'the file does not compile: fix the syntax error'
          : 'the code at the top level of the module throws when it is imported'),
      }
    case 'missing-export':
      return {
        ...base,
        message: `the file does not export ${outcome.names.join(', ')}`,
        mistake: 'keep the stub\'s exported names and signatures',
      }
  }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>)
}

/** The stack frames that point into the student's own file, not the grader's. */
function submissionFrames(stack: string | undefined): string | undefined {
  const frames = stack?.split('\n').filter((line) => !/\/grader\/|node:internal|worker-entry/.test(line))
  return frames?.length ? frames.map((line) => line.trim()).join('\n') : undefined
}
