// The grading plan: what the grader asks the spec processes to grade, and every setting of
// the grading. Written to a file whose path is the one thing that travels in the
// environment (KIT_PLAN_FILE), because a batch outgrows an environment variable.
import { readFileSync } from 'node:fs'
import type { CatalogCheck } from '../catalog.ts'
import type { Lang } from '../language.ts'
import type { SandboxLimits } from '../sandbox/run-in-sandbox.ts'

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
