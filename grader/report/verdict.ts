// What a check's result means to a test-report format: passed, failed (the code was
// judged and found wrong, or was missing), or error (it never got to be judged: the run
// was killed, crashed or the file did not load, or the grading broke down). JUnit writes
// an error as <error>, GitHub Classroom as status "error"; Gradescope only has passed
// and failed.
import type { CheckResult, ExerciseResult } from './schema.ts'

export type Verdict = 'passed' | 'failed' | 'error'

/** Outcomes of a run that stopped before the code's behaviour could be judged. */
const UNJUDGED = new Set(['killed', 'crashed', 'load-error'])

export function verdictOf(exercise: ExerciseResult, check: CheckResult): Verdict {
  if (check.status === 'passed') return 'passed'
  if (exercise.status === 'error' || (check.outcome !== undefined && UNJUDGED.has(check.outcome))) return 'error'
  return 'failed'
}

/**
 * A short machine-readable kind for a check that did not pass (JUnit's failure@type and
 * error@type): how its run ended when it did not resolve, `missing` with no file,
 * `wrong-behaviour` when the code ran and did the wrong thing, `grading-error` when the
 * grading broke down.
 */
export function problemKind(exercise: ExerciseResult, check: CheckResult): string {
  if (exercise.status === 'missing') return 'missing'
  if (check.outcome && check.outcome !== 'resolved') return check.outcome
  return verdictOf(exercise, check) === 'error' ? 'grading-error' : 'wrong-behaviour'
}
