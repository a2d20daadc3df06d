// GitHub Classroom's autograding: the JSON its test runners hand to the grading reporter
// (classroom-resources/autograding-grading-reporter), here with one test per check so
// that partial credit shows. The workflow puts it base64-encoded in an env var
// `<RUNNER ID>_RESULTS`; the reporter then posts the "Autograding report" notice
// {totalPoints, maxPoints} that Classroom records, where totalPoints is the sum of every
// test's `score` and maxPoints the sum of each runner's `max_score`. So `max_score` is
// the runner's whole maximum (the core exercises'), not a test's: runners carry no
// per-test maximum. A bonus check's points count on top, as extra credit.
//
// Field names and values are those of Classroom's own runners (autograding-command-grader,
// autograding-python-grader): status "pass" | "fail" | "error", and `line_no` 0 so that
// the reporter's log prints no line number. It reads a safe report (schema.ts). The
// reporter prints names and errors' messages in the log, outside the grader's fence: each
// is one line that starts with the grader's own text (an exercise id, or the test's name),
// so no workflow command can start there.
import { basename } from 'node:path'
import { z } from 'zod'
import { safeText } from './safe-text.ts'
import { safeReport, type CheckResult, type ExerciseResult, type Report } from './schema.ts'
import { verdictOf, type Verdict } from './verdict.ts'

const Status = z.enum(['pass', 'fail', 'error'])

export const ClassroomTestSchema = z.object({
  name: z.string(),
  status: Status,
  score: z.number(),
  message: z.string().optional(),
  filename: z.string(),
  line_no: z.number(),
})

export const ClassroomResultsSchema = z.object({
  version: z.literal(1),
  status: Status,
  max_score: z.number(),
  tests: z.array(ClassroomTestSchema),
})

export type ClassroomResults = z.infer<typeof ClassroomResultsSchema>
type ClassroomStatus = z.infer<typeof Status>

/**
 * The reporter reads the JSON from one environment variable, and a variable longer than
 * 128 KiB cannot be passed to a process on Linux: names and messages are kept short (the
 * whole feedback is in the report printed above it in the log).
 */
const NAME_LIMIT = 200
const MESSAGE_LIMIT = 300

const STATUS: Record<Verdict, ClassroomStatus> = { passed: 'pass', failed: 'fail', error: 'error' }

function testName(exercise: ExerciseResult, check: CheckResult): string {
  const points = `${check.max} pt${check.max > 1 ? 's' : ''}`
  return safeText(`${exercise.id}${exercise.bonus ? ' (bonus)' : ''}: ${check.title} (${points})`, { max: NAME_LIMIT })
}

function test(exercise: ExerciseResult, check: CheckResult): ClassroomResults['tests'][number] {
  const status = STATUS[verdictOf(exercise, check)]
  const name = testName(exercise, check)
  // The reporter's log prints an errored test's message alone, without its name.
  const message =
    status === 'pass' ? undefined : safeText(status === 'error' ? `${name}: ${check.message ?? ''}` : (check.message ?? ''), { max: MESSAGE_LIMIT })
  return {
    name,
    status,
    score: check.points,
    ...(message === undefined ? {} : { message }),
    filename: `${exercise.id}/${basename(exercise.file)}`,
    line_no: 0,
  }
}

export function toClassroom(input: Report): ClassroomResults {
  const report = safeReport(input)
  const tests = report.exercises.flatMap((exercise) => exercise.checks.map((check) => test(exercise, check)))
  const status: ClassroomStatus = tests.every((one) => one.status === 'pass') ? 'pass' : tests.some((one) => one.status === 'fail') ? 'fail' : 'error'
  return { version: 1, status, max_score: report.score.max, tests }
}
