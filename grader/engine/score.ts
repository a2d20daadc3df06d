// Turns what the spec run reported into a scored report. Points come from the
// catalog; a check counts only if its test positively passed.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findExercise, maxPoints, type CatalogCheck, type CatalogExercise } from '../catalog.ts'
import type { Lang } from '../language.ts'
import { SCHEMA_VERSION, type CheckResult, type ExerciseResult, type Report } from '../report/schema.ts'
import type { Submission } from './submission.ts'
import type { EngineMessage } from './ipc-reporter.ts'
import type { PlannedSubmission } from '../spec-process.ts'
import type { VitestRun } from './run-vitest.ts'

type CheckMessage = Extract<EngineMessage, { type: 'check' }>

export function scoreSubmission(submission: Submission, planned: PlannedSubmission, exercises: readonly CatalogExercise[], run: VitestRun, lang: Lang): Report {
  const failed = (check: CatalogCheck, message: string): CheckResult => ({
    id: check.id,
    title: check.title[lang],
    points: 0,
    max: check.points,
    status: 'failed',
    message,
  })
  const results = new Map<string, CheckMessage>()
  for (const message of run.messages) {
    if (message.type === 'check' && message.submission === planned.key) {
      results.set(`${message.exercise}/${message.check}`, message)
    }
  }
  const specErrors = run.messages.flatMap((message) => (message.type === 'spec-error' ? [message] : []))
  // Spec files outside the kit's own are --extra-specs: the teacher's to fix, not the student's.
  const privateErrors = specErrors.filter((error) => !resolve(error.file).startsWith(KIT_SPECS))

  const scored = exercises.map((exercise): ExerciseResult => {
    const file = submission.files[exercise.id] ?? `${exercise.id}/${exercise.file}`
    const base = { id: exercise.id, title: exercise.title[lang], bonus: exercise.bonus, file, max: maxPoints(exercise) }
    if (!(exercise.id in planned.files)) {
      // A folder with no exercise folder at all is an error of the hand-in, not one missing exercise.
      const message = (submission.problem ?? { en: `${file} not found: nothing to grade`, fr: `${file} introuvable : rien à noter` })[lang]
      return { ...base, points: 0, status: submission.problem ? 'error' : 'missing', message, checks: exercise.checks.map((check) => failed(check, message)) }
    }
    const specError = specErrors.find((error) => error.file.includes(`/grader/specs/${exercise.id}/`))
    const unfinished = specError
      ? {
          en: `the grader's specs for ${exercise.id} failed to load (a bug in the kit, not in your code): ${specError.message}`,
          fr: `les spécifications de ${exercise.id} n'ont pas pu se charger (un bogue du kit, pas de votre code) : ${specError.message}`,
        }[lang]
      : (run.breakdown ?? { en: 'the check did not run to completion', fr: "la vérification n'est pas allée jusqu'au bout" }[lang])
    const kitChecks = findExercise(exercise.id)?.checks ?? exercise.checks
    const checks = exercise.checks.map((check): CheckResult => {
      const result = results.get(`${exercise.id}/${check.id}`)
      if (result?.passed) return { id: check.id, title: check.title[lang], points: check.points, max: check.points, status: 'passed' }
      const privateError = privateErrors[0]
      if (!result && privateError && !kitChecks.some((kit) => kit.id === check.id)) return failed(check, privateFailure(privateError, lang))
      if (!result) return failed(check, unfinished)
      return { ...failed(check, result.feedback?.message ?? result.message ?? 'failed'), ...withoutMessage(result.feedback) }
    })
    const points = checks.reduce((sum, check) => sum + check.points, 0)
    // Each scenario once, in the order the checks read them.
    const timelines = [
      ...new Map(
        exercise.checks.flatMap((check) => results.get(`${exercise.id}/${check.id}`)?.timelines ?? []).map((timeline) => [timeline.scenario, timeline]),
      ).values(),
    ]
    const unreported = exercise.checks.every((check) => !results.has(`${exercise.id}/${check.id}`))
    const shared = sharedFailure(checks, unreported)
    return {
      ...base,
      points,
      status: points === base.max ? 'passed' : shared ? 'error' : points > 0 ? 'partial' : 'failed',
      ...(shared ? { message: shared } : {}),
      checks,
      ...(timelines.length > 0 ? { timelines } : {}),
    }
  })

  return {
    schemaVersion: SCHEMA_VERSION,
    lang,
    submission: submission.label,
    // The bonus is scored apart: never in the score's max, which is what --fail-under reads.
    score: total(scored.filter((exercise) => !exercise.bonus)),
    ...(scored.some((exercise) => exercise.bonus) ? { bonus: total(scored.filter((exercise) => exercise.bonus)) } : {}),
    exercises: scored,
  }
}

const KIT_SPECS = fileURLToPath(new URL('../specs/', import.meta.url))

function privateFailure(error: { file: string; message: string }, lang: Lang): string {
  return {
    en: `the private checks in ${error.file} failed to load: ${error.message} (the grading's setup, not your code)`,
    fr: `les vérifications privées de ${error.file} n'ont pas pu se charger : ${error.message} (la mise en place de la notation, pas votre code)`,
  }[lang]
}

function total(exercises: readonly ExerciseResult[]): { points: number; max: number } {
  return { points: exercises.reduce((sum, exercise) => sum + exercise.points, 0), max: exercises.reduce((sum, exercise) => sum + exercise.max, 0) }
}

function withoutMessage(feedback: CheckMessage['feedback']): Partial<CheckResult> {
  if (!feedback) return {}
  const { message: _message, ...rest } = feedback
  return rest
}

/** Outcomes that say the code never got to be judged on its behaviour. */
const BROKEN_OUTCOMES = new Set(['load-error', 'killed', 'crashed'])

/**
 * When every check failed the same way before any behaviour could be judged (the file
 * did not load, the grading broke down), the exercise is in error and says it once.
 */
function sharedFailure(checks: CheckResult[], unreported: boolean): string | undefined {
  const [first] = checks
  if (!first || checks.some((check) => check.status === 'passed' || check.message !== first.message)) return undefined
  return unreported || checks.every((check) => check.outcome && BROKEN_OUTCOMES.has(check.outcome)) ? first.message : undefined
}
