import type { TraceEvent } from './trace.ts'

export interface ErrorInfo {
  name: string
  message: string
  stack?: string
}

/** How a scenario ended. Exactly one applies to every run. */
export type Outcome =
  /** The scenario's promise resolved at virtual time `at`. */
  | { kind: 'resolved'; value: unknown; at: number }
  | { kind: 'rejected'; error: ErrorInfo; at: number }
  /** Still pending with no timer left: nothing can ever happen again. */
  | { kind: 'deadlock'; at: number; waiting: string[] }
  /** Too many timers fired without settling, e.g. an endless setInterval. */
  | { kind: 'runaway'; at: number; timersFired: number }
  /** The event loop was blocked (busy loop) and the watchdog terminated the thread. */
  | { kind: 'killed'; phase: Phase; wallMs: number }
  /** The thread died: process.exit, out of memory, a fatal error. */
  | { kind: 'crashed'; phase: Phase; cause: CrashCause }
  /** The submission did not compile or threw while loading. */
  | { kind: 'load-error'; error: ErrorInfo }
  | { kind: 'missing-export'; names: string[] }

export type Phase = 'load' | 'run'

/** Why a sandbox thread died. The feedback words it in the grading's language. */
export type CrashCause = { kind: 'exit'; code: number } | { kind: 'out-of-memory'; limitMb: number } | { kind: 'error'; error: string } | { kind: 'no-start' }

export interface ScenarioRun {
  scenario: string
  outcome: Outcome
  trace: TraceEvent[]
  /** Timers still pending when the scenario settled: work left running. */
  timersLeft: number
  /** Unhandled rejections and exceptions thrown from timer callbacks. */
  problems: string[]
  /** What the submission printed (console.log, process.stdout), truncated. */
  output: string
  /** Real ms from the end of the sandbox's boot to the result: for benchmarks, never graded. */
  wallMs?: number
}

/** Messages from the sandbox thread to the spec that started it. */
export type SandboxMessage =
  /** The grader's own modules are loaded; from here on the submission's code runs. */
  | { type: 'booted' }
  | { type: 'loaded' }
  /** Live runs only: one trace event, as it is recorded. */
  | { type: 'event'; event: TraceEvent }
  | { type: 'finished'; run: Omit<ScenarioRun, 'output'> }

/** How much of an error's name and message a report keeps. */
const NAME_LIMIT = 100
const MESSAGE_LIMIT = 2000

const capped = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit)}…` : text)

/** Reads any thrown value once, as text; never throws (the value may be a Proxy or have getters that throw). */
export function errorInfo(error: unknown): ErrorInfo {
  try {
    if (error instanceof Error) {
      const name = error.name
      const message = error.message
      const stack = typeof error.stack === 'string' ? error.stack.split('\n').slice(1, 6).join('\n') : ''
      return {
        name: capped(typeof name === 'string' ? name : 'Error', NAME_LIMIT),
        message: capped(typeof message === 'string' ? message : String(message), MESSAGE_LIMIT),
        ...(stack ? { stack: capped(stack, MESSAGE_LIMIT) } : {}),
      }
    }
    return { name: typeof error, message: capped(typeof error === 'symbol' ? error.toString() : String(error), MESSAGE_LIMIT) }
  } catch {
    return { name: 'unreadable', message: 'a thrown value that cannot be read' }
  }
}
