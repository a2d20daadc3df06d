// The grading engine: plans which files to grade, runs the hidden specs on them in a
// vitest child process, and scores the results against the catalog.
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CatalogExercise } from '../catalog.ts'
import type { ExtraRubric } from '../extra-specs.ts'
import type { Lang } from '../language.ts'
import type { Report } from '../report/schema.ts'
import { defaultLimits, type SandboxLimits } from '../sandbox/run-in-sandbox.ts'
import { PLAN_ENV, type GradingPlan, type PlannedSubmission } from '../spec-process.ts'
import type { EngineMessage } from './ipc-reporter.ts'
import { runVitest, type VitestRun } from './run-vitest.ts'
import { scoreSubmission } from './score.ts'
import type { SpecSession } from './spec-session.ts'
import type { Submission } from './submission.ts'

export interface GradeOptions {
  exercises: readonly CatalogExercise[]
  limits?: Partial<SandboxLimits>
  /** Called as each check's result arrives: `done` of `total` checks graded. */
  onProgress?: (done: number, total: number) => void
  /**
   * Called with a submission's report as soon as every check of it has come back, while the
   * others are still graded (a batch writes it at once). A submission whose grading broke
   * down is reported only in the result.
   */
  onGraded?: (index: number, report: Report) => void
  /** A folder of private spec files whose checks `exercises` already include (see extra-specs.ts). */
  extraSpecs?: { dir: string; rubric: ExtraRubric }
  /** Runs spec files and checks in a shuffled order (to prove the order changes nothing). */
  shuffleSeed?: number
  /** The language of titles and feedback; English when not given. */
  lang?: Lang
  /** Cancels the grading: the reports then say the checks did not run to completion. */
  signal?: AbortSignal
  /** A vitest kept running between gradings (watch mode); otherwise a child process runs this one. */
  session?: SpecSession
}

/** Grades every submission on the given exercises in one vitest run; one report each. */
export async function grade(submissions: readonly Submission[], options: GradeOptions): Promise<Report[]> {
  const limits = { ...defaultLimits, ...options.limits }
  const lang = options.lang ?? 'en'
  const plan: GradingPlan = {
    limits,
    lang,
    ...(options.extraSpecs ? { extraChecks: options.extraSpecs.rubric, extraSpecsDir: resolve(options.extraSpecs.dir) } : {}),
    submissions: submissions.map((submission) => ({
      key: submission.key,
      ...(submission.root ? { root: resolve(submission.root) } : {}),
      files: Object.fromEntries(
        options.exercises.flatMap((exercise) => {
          const file = submission.files[exercise.id]
          return file && existsSync(file) ? [[exercise.id, resolve(file)]] : []
        }),
      ),
    })),
  }
  const specDirs = options.exercises
    .filter((exercise) => plan.submissions.some((submission) => exercise.id in submission.files))
    .map((exercise) => `grader/specs/${exercise.id}/`)
  const extra = options.extraSpecs ? resolve(options.extraSpecs.dir) : undefined

  let run: VitestRun = { messages: [] }
  if (specDirs.length > 0) {
    const total = plan.submissions.reduce(
      (sum, submission) => sum + options.exercises.filter((exercise) => exercise.id in submission.files).reduce((n, exercise) => n + exercise.checks.length, 0),
      0,
    )
    let done = 0
    const checksOf = (planned: PlannedSubmission) =>
      options.exercises.filter((exercise) => exercise.id in planned.files).reduce((n, exercise) => n + exercise.checks.length, 0)
    const pending = new Map(plan.submissions.map((planned, index) => [planned.key, { index, left: checksOf(planned), messages: [] as EngineMessage[] }]))
    const onMessage = (message: EngineMessage) => {
      if (message.type !== 'check') return
      options.onProgress?.(++done, total)
      const submission = pending.get(message.submission)
      if (!submission || !options.onGraded) return
      submission.messages.push(message)
      if (--submission.left > 0) return
      const { index } = submission
      options.onGraded(index, scoreSubmission(submissions[index]!, plan.submissions[index]!, options.exercises, { messages: submission.messages }, lang))
    }
    const specs = [...specDirs, ...(extra ? [extra] : [])]
    // A stalled run is one where no scenario could have finished in time, twice over.
    const stallMs = 2 * limits.watchdogMs + 60_000
    run = options.session
      ? await options.session.run(plan, specs, stallMs, onMessage, options.signal)
      : await runInVitestChild(plan, specs, stallMs, onMessage, options)
  }
  return submissions.map((submission, index) => scoreSubmission(submission, plan.submissions[index]!, options.exercises, run, lang))
}

/** One vitest child process for one grading; its plan and builds in a folder removed after. */
async function runInVitestChild(
  plan: GradingPlan,
  specs: string[],
  stallMs: number,
  onMessage: (message: EngineMessage) => void,
  options: GradeOptions,
): Promise<VitestRun> {
  const dir = await mkdtemp(join(tmpdir(), 'async-kit-'))
  try {
    const planFile = join(dir, 'plan.json')
    await writeFile(planFile, JSON.stringify(plan))
    const shuffle = options.shuffleSeed === undefined ? [] : ['--sequence.shuffle', `--sequence.seed=${options.shuffleSeed}`]
    return await runVitest([...shuffle, ...specs], { [PLAN_ENV]: planFile }, stallMs, onMessage, options.signal)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
