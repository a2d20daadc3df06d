// The grading plan: what the grader asks the spec processes to grade. Written to a
// file whose path travels in KIT_PLAN_FILE, because a batch outgrows an env variable.
import { readFileSync } from 'node:fs'
import type { CatalogCheck } from '../catalog.ts'
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
  /** Checks beyond the catalog's, from --extra-specs, by exercise id. */
  extraChecks?: Record<string, CatalogCheck[]>
}

export const PLAN_ENV = 'KIT_PLAN_FILE'

export function readPlan(path: string): GradingPlan {
  return JSON.parse(readFileSync(path, 'utf8')) as GradingPlan
}
