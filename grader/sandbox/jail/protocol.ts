// Messages between the sandbox host (in a spec process) and a jail process, over IPC.
import type { ErrorInfo, ScenarioRun } from '../outcome.ts'
import type { TraceEvent } from '../trace.ts'

/** The compiled bundles one jail runs, as text (the jail may read no file but its own). */
export interface JailBundles {
  runtime: string
  world: string
  submission: string
  /** How the submission is named in what it cannot see but the report shows. */
  submissionName: string
}

export type HostMessage =
  | { type: 'load'; bundles: JailBundles }
  | {
      type: 'run'
      id: number
      scenario: string
      maxTimers: number
      maxVirtualMs: number
      /** Send each trace event and printed line as it happens (`npm run try`). */
      live: boolean
      /** Let real time pass between timers as it would without the fake clock. */
      realTime: boolean
    }

export type JailMessage =
  /** Locked down and listening: from here on, code of the submission may run. */
  | { type: 'ready' }
  | { type: 'loaded'; id: number }
  | { type: 'event'; id: number; event: TraceEvent }
  | { type: 'output'; id: number; text: string }
  /** `spent`: this jail should run nothing more (it was flooded). */
  | { type: 'finished'; id: number; run: Omit<ScenarioRun, 'wallMs'>; spent: boolean }
  | { type: 'failed'; id: number; error: ErrorInfo }
