// The one manifest of the kit: every exercise, where its student file lives, and the
// rubric the grader scores from. Points come only from here, never from a test run.
// Adding an exercise: a folder in exercises/ and solutions/, specs in grader/specs/ID/,
// and one entry below.
import { z } from 'zod'

export const CheckSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  points: z.number().int().positive(),
})

const Exercise = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** The student's file, relative to the exercise folder. */
  file: z.string().regex(/^[\w.-]+\.ts$/),
  bonus: z.boolean().default(false),
  checks: z.array(CheckSchema).min(1),
})

export type CatalogCheck = z.infer<typeof CheckSchema>
export type CatalogExercise = z.infer<typeof Exercise>

export const catalog: readonly CatalogExercise[] = z
  .array(Exercise)
  .refine((list) => new Set(list.map((exercise) => exercise.id)).size === list.length, 'exercise ids must be unique')
  .refine(
    (list) => list.every((exercise) => new Set(exercise.checks.map((check) => check.id)).size === exercise.checks.length),
    'check ids must be unique within an exercise',
  )
  .parse([
    {
      id: 'toaster',
      title: 'Toaster: sequential and concurrent breakfast',
      file: 'toaster.ts',
      checks: [
        { id: 'sequential-order', title: 'breakfastSequential toasts from t=0 to 2000, then brews from 2000 to 4000', points: 2 },
        { id: 'sequential-result', title: 'breakfastSequential resolves at t=4000 with [toast, coffee]', points: 1 },
        { id: 'concurrent-start', title: 'breakfastConcurrent starts the toast and the coffee at t=0', points: 2 },
        { id: 'concurrent-result', title: 'breakfastConcurrent resolves at t=2000 with [toast, coffee]', points: 2 },
        { id: 'main-runs-both', title: 'main runs the sequential breakfast (0-4000), then the concurrent one (4000-6000)', points: 1 },
        { id: 'main-prints-times', title: 'main prints the elapsed seconds: 4.00, then 2.00', points: 2 },
      ],
    },
    // (next exercise entries go here, in the order students should take them)
  ])

export function findExercise(id: string): CatalogExercise | undefined {
  return catalog.find((exercise) => exercise.id === id)
}

export function maxPoints(exercise: CatalogExercise): number {
  return exercise.checks.reduce((sum, check) => sum + check.points, 0)
}
