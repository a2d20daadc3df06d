// rubric.json and the spec files must name the same checks: a check the rubric lists but
// no spec defines would cost every student its points ("did not run"), and one a spec
// defines that the rubric lacks would stop its whole file from loading.
import { join } from 'node:path'
import { catalog, findExercise } from '../catalog.ts'
import { closest } from './closest.ts'
import type { LoadedSpec } from './protocol.ts'
import type { ExtraRubric } from './rubric.ts'

const EXERCISE_IDS = catalog.map((exercise) => exercise.id)

const didYouMean = (word: string, known: readonly string[]) => {
  const match = closest(word, known)
  return match ? ` (did you mean "${match}"?)` : ''
}

export function disagreements(dir: string, rubric: ExtraRubric, specFiles: readonly string[], specs: readonly LoadedSpec[]): string[] {
  const rubricFile = join(dir, 'rubric.json')
  if (specFiles.length === 0) return [`${dir} holds no *.spec.ts file: the checks rubric.json lists are defined in spec files beside it`]
  const problems: string[] = []
  const definedIn = new Map<string, string>()
  for (const { file, defined } of specs) {
    for (const { exercise, checks } of defined) {
      const kit = findExercise(exercise)
      if (!kit) {
        problems.push(
          `${file} grades "${exercise}", which is not an exercise${didYouMean(exercise, EXERCISE_IDS)}: the exercises are ${EXERCISE_IDS.join(', ')}`,
        )
        continue
      }
      const listed = (rubric[exercise] ?? []).map((check) => check.id)
      for (const id of checks) {
        const key = `${exercise}/${id}`
        if (kit.checks.some((check) => check.id === id)) {
          problems.push(`${file} defines check ${key}, a check of the kit's own: a private check needs an id of its own, listed in ${rubricFile}`)
        } else if (!listed.includes(id)) {
          problems.push(`${file} defines check ${key}, which ${rubricFile} does not list${didYouMean(id, listed)}: add it there with its title and points`)
        } else if (definedIn.has(key)) {
          problems.push(`check ${key} is defined twice: in ${definedIn.get(key)} and in ${file}`)
        }
        if (!definedIn.has(key)) definedIn.set(key, file)
      }
    }
  }
  // A file that failed to load has its own problem: its checks are not reported missing too.
  if (specs.length < specFiles.length) return problems
  for (const [exercise, checks] of Object.entries(rubric)) {
    for (const { id } of checks) {
      if (!definedIn.has(`${exercise}/${id}`)) {
        problems.push(
          `${rubricFile} lists check ${exercise}/${id}, which no spec file of ${dir} defines: define it with check('${id}', ...) in gradeExercise('${exercise}', ...)`,
        )
      }
    }
  }
  return problems
}
