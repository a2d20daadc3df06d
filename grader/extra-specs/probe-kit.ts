// Stands in for grader/specs/kit.ts while the private spec files load at the start of a
// grading (probe.ts): `gradeExercise` records what a file defines (its exercise, check ids,
// scenarios file and the scenarios it runs) instead of defining tests.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ExerciseSpec, GradeExerciseOptions } from '../specs/kit.ts'
import type { Scenario } from '../sandbox/scenario.ts'

export interface Defined {
  exercise: string
  checks: string[]
  /** The names passed to `scenario(...)`. */
  scenarioNames: string[]
  /** The scenarios file given in the options; none: the exercise's own. */
  scenarios?: string
}

// The spec files' copy of this module is not the probe's own: they meet on a global.
const RECORD = Symbol.for('async-kit.extra-specs.defined')

export function definedSoFar(): Defined[] {
  const global = globalThis as { [RECORD]?: Defined[] }
  global[RECORD] ??= []
  return global[RECORD]
}

export function gradeExercise<Scenarios extends Record<string, Scenario> = Record<string, Scenario>>(
  exerciseId: string,
  define: (spec: ExerciseSpec<Scenarios>) => void,
  options: GradeExerciseOptions = {},
): void {
  const { scenarios } = options
  const defined: Defined = {
    exercise: exerciseId,
    checks: [],
    scenarioNames: [],
    // As the kit reads it: a URL, or a path from the kit's folder (the probe runs there too).
    ...(scenarios ? { scenarios: scenarios instanceof URL ? fileURLToPath(scenarios) : resolve(scenarios) } : {}),
  }
  definedSoFar().push(defined)
  define({
    scenario(name) {
      defined.scenarioNames.push(name)
      return () => Promise.reject(new Error(`scenario ${name} runs in a grading, not while the private checks load`))
    },
    check(id) {
      defined.checks.push(id)
    },
  })
}
