import { cut } from './cut.ts'
import type { TraceEvent } from './trace.ts'

export interface ErrorInfo {
  name: string
  message: string
}

/** How a scenario ended. Exactly one applies to every run. */
export type Outcome =
  /** The scenario's promise resolved at virtual time `at`. */
  | { kind: 'resolved'; value: unknown; at: number }
  | { kind: 'rejected'; error: ErrorInfo; at: number }
  /** Still pending with no timer left: nothing can ever happen again. */
  | { kind: 'deadlock'; at: number; waiting: string[] }
  /** Too many timers fired without settling, e.g. an endless setInterval. */
  | { kind: 'runaway'; at: number; timersFired: number /** The next timer, past the virtual-time cap, when that cap stopped it. */; nextTimerAt?: number }
  /** The event loop was blocked (busy loop, native code) and the watchdog killed the jail. */
  | { kind: 'killed'; phase: Phase; wallMs: number }
  /** The jail died: out of memory, a fatal error, or it did not start. */
  | { kind: 'crashed'; phase: Phase; cause: CrashCause }
  /** The submission did not compile or threw while loading. */
  | { kind: 'load-error'; error: ErrorInfo }
  | { kind: 'missing-export'; names: string[] }

export type Phase = 'load' | 'run'

/** Why a jail died. The feedback words it in the grading's language. */
export type CrashCause = { kind: 'exit'; code: number } | { kind: 'out-of-memory'; limitMb: number } | { kind: 'error'; error: string } | { kind: 'no-start' }

export interface ScenarioRun {
  scenario: string
  outcome: Outcome
  trace: TraceEvent[]
  /** Timers still pending when the scenario settled: work left running. */
  timersLeft: number
  /** Unhandled rejections and exceptions thrown from timer callbacks. */
  problems: string[]
  /** What the submission printed (console.*), truncated. */
  output: string
  /** Real ms from sending the run to its result: for benchmarks, never graded. */
  wallMs?: number
}

/** How much of an error's name and message a report keeps. */
const NAME_LIMIT = 100
const MESSAGE_LIMIT = 2000

/** Reads any thrown value once, as text; never throws (the value may be a Proxy or have getters that throw). */
export function errorInfo(error: unknown): ErrorInfo {
  try {
    if (error instanceof Error) {
      const name = error.name
      const message = error.message
      return {
        name: cut(typeof name === 'string' ? name : 'Error', NAME_LIMIT),
        message: cut(typeof message === 'string' ? message : String(message), MESSAGE_LIMIT),
      }
    }
    return { name: typeof error, message: cut(typeof error === 'symbol' ? error.toString() : String(error), MESSAGE_LIMIT) }
  } catch {
    return { name: 'unreadable', message: 'a thrown value that cannot be read' }
  }
}
