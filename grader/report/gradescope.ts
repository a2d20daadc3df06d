// Gradescope's results.json, as its autograder specification describes it
// (https://gradescope-autograders.readthedocs.io/en/latest/specs/): one test per check with
// its score and max_score, the total as `score` (which overrides the tests' sum there:
// both are the same here), and the feedback as each test's output. It reads a safe report
// (schema.ts): each field one line, no controls, no lone surrogate, so the JSON is valid
// for strict parsers; and every output is declared plain text, never HTML or Markdown.
//
// Visibility is set once, at the top: the tests inherit it (a test's own visibility would
// override it). Standard output, which holds the whole terminal report, stays hidden.
import { z } from 'zod'
import { safeReport, type CheckResult, type Report } from './schema.ts'

const Visibility = z.enum(['hidden', 'after_due_date', 'after_published', 'visible'])
const OutputFormat = z.enum(['text', 'html', 'simple_format', 'md', 'ansi'])

export const GradescopeVisibility = Visibility
export type GradescopeVisibility = z.infer<typeof Visibility>

export const GradescopeResultsSchema = z.object({
  score: z.number(),
  /** Whole seconds. */
  execution_time: z.number().int().optional(),
  output: z.string(),
  output_format: OutputFormat.optional(),
  visibility: Visibility,
  stdout_visibility: Visibility,
  tests: z.array(
    z.object({
      name: z.string(),
      score: z.number(),
      max_score: z.number(),
      status: z.enum(['passed', 'failed']),
      output: z.string(),
      output_format: OutputFormat.optional(),
      visibility: Visibility.optional(),
    }),
  ),
})

export type GradescopeResults = z.infer<typeof GradescopeResultsSchema>

function output(check: CheckResult): string {
  if (check.status === 'passed') return ''
  return [
    check.message,
    check.expected && `Expected: ${check.expected}`,
    check.actual && `Got: ${check.actual}`,
    check.mistake && `Likely mistake: ${check.mistake}`,
  ]
    .filter(Boolean)
    .join('\n')
}

export interface GradescopeOptions {
  /** When students see the results: `visible` (the default), `after_due_date`, `after_published` or `hidden`. */
  visibility?: GradescopeVisibility
}

export function toGradescope(input: Report, executionSeconds?: number, { visibility = 'visible' }: GradescopeOptions = {}): GradescopeResults {
  const report = safeReport(input)
  const { points, max } = report.score
  const bonus = report.bonus
  return {
    // Gradescope sums the score against the assignment's points: the bonus is extra credit on top.
    score: points + (bonus?.points ?? 0),
    ...(executionSeconds === undefined || !Number.isFinite(executionSeconds) ? {} : { execution_time: Math.round(executionSeconds) }),
    output: `Score: ${points}/${max}${bonus ? `, bonus ${bonus.points}/${bonus.max}` : ''}`,
    output_format: 'text',
    visibility,
    stdout_visibility: 'hidden',
    tests: report.exercises.flatMap((exercise) =>
      exercise.checks.map((check) => ({
        name: `${exercise.id}: ${check.title}`,
        score: check.points,
        max_score: check.max,
        status: check.status,
        output: output(check),
        output_format: 'text' as const,
      })),
    ),
  }
}
