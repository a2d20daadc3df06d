// Private checks: an instructor keeps spec files and their rubric outside the students'
// repository and adds them to a grading with --extra-specs DIR. DIR/rubric.json gives
// the points, exercise by exercise: { "toaster": [{ "id", "title", "points" }] }.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { CheckSchema, TextSchema, findExercise, type CatalogCheck, type CatalogExercise } from './catalog.ts'

/** A title may be one string, used for every language. */
const RubricCheckSchema = CheckSchema.extend({
  title: z.union([
    z
      .string()
      .min(1)
      .transform((title) => ({ en: title, fr: title })),
    TextSchema,
  ]),
})
const RubricSchema = z.record(z.string(), z.array(RubricCheckSchema).min(1))
export type ExtraRubric = Record<string, CatalogCheck[]>

export function loadExtraRubric(dir: string): ExtraRubric {
  const path = join(dir, 'rubric.json')
  if (!existsSync(path)) throw new Error(`${path} not found: it lists the private checks and their points`)
  const rubric = RubricSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  for (const [exerciseId, checks] of Object.entries(rubric)) {
    const exercise = findExercise(exerciseId)
    if (!exercise) throw new Error(`rubric.json: unknown exercise ${exerciseId}`)
    const clash = checks.find((check) => exercise.checks.some((existing) => existing.id === check.id))
    if (clash) throw new Error(`rubric.json: check ${exerciseId}/${clash.id} already exists in the catalog`)
  }
  return rubric
}

/** The exercises with the private checks appended to their rubric. */
export function withExtraChecks(exercises: readonly CatalogExercise[], rubric: ExtraRubric): CatalogExercise[] {
  return exercises.map((exercise) => ({ ...exercise, checks: [...exercise.checks, ...(rubric[exercise.id] ?? [])] }))
}
