// Gradescope's results.json (https://gradescope-autograders.readthedocs.io): one test per
// check with its score, the total, and the feedback as each test's output.
import { z } from 'zod'
import type { CheckResult, Report } from './schema.ts'

const Visibility = z.enum(['hidden', 'after_due_date', 'after_published', 'visible'])

export const GradescopeResultsSchema = z.object({
  score: z.number(),
  execution_time: z.number().optional(),
  output: z.string(),
  visibility: Visibility,
  stdout_visibility: Visibility,
  tests: z.array(z.object({
    name: z.string(),
    score: z.number(),
    max_score: z.number(),
    status: z.enum(['passed', 'failed']),
    output: z.string(),
    visibility: Visibility,
  })),
})

export type GradescopeResults = z.infer<typeof GradescopeResultsSchema>

function output(check: CheckResult): string {
  if (check.status === 'passed') return ''
  return [check.message, check.expected && `Expected: ${check.expected}`, check.actual && `Got: ${check.actual}`, check.mistake && `Likely mistake: ${check.mistake}`]
    .filter(Boolean)
    .join('\n')
}

export function toGradescope(report: Report, executionSeconds?: number): GradescopeResults {
  const { points, max } = report.score
  return {
    score: points,
    ...(executionSeconds === undefined ? {} : { execution_time: Math.round(executionSeconds) }),
    output: `Score: ${points}/${max}`,
    visibility: 'visible',
    stdout_visibility: 'hidden',
    tests: report.exercises.flatMap((exercise) =>
      exercise.checks.map((check) => ({
        name: `${exercise.id}: ${check.title}`,
        score: check.points,
        max_score: check.max,
        status: check.status,
        output: output(check),
        visibility: 'visible' as const,
      })),
    ),
  }
}
