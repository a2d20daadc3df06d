// What crosses between the engine and the spec processes, defined once and owned by
// neither: the grading plan (what to grade, and every setting of the grading), and the
// feedback a failed check sends back. The plan is written to a file whose path is the one
// thing that travels in the environment (KIT_PLAN_FILE): a batch outgrows a variable.
import { readFileSync } from 'node:fs'
import type { CatalogCheck } from './catalog.ts'
import type { Lang } from './language.ts'
import type { Outcome } from './sandbox/outcome.ts'
import type { SandboxLimits } from './sandbox/run-in-sandbox.ts'
import type { Span } from './sandbox/trace.ts'

export interface PlannedSubmission {
  /** Names the submission in test names and results. */
  key: string
  /** Exercise id -> absolute path of the student's file. Absent: not graded here. */
  files: Record<string, string>
  /** The folder the submission was handed in as: each file must really lie in it. */
  root?: string
}

export interface GradingPlan {
  submissions: PlannedSubmission[]
  limits: SandboxLimits
  /** The language of titles and feedback. */
  lang: Lang
  /** Checks beyond the catalog's, from --extra-specs, by exercise id, and the folder of their specs. */
  extraChecks?: Record<string, CatalogCheck[]>
  extraSpecsDir?: string
}

export const PLAN_ENV = 'KIT_PLAN_FILE'

export function readPlan(path: string): GradingPlan {
  return JSON.parse(readFileSync(path, 'utf8')) as GradingPlan
}

/** The expected and actual runs a failed check draws. */
export interface Timeline {
  actual: Span[]
  expected?: Span[]
}

/** What a failed check tells the student. */
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
