// The toolkit hidden specs are written with: one `gradeExercise` call per spec file,
// `check` per rubric line of the catalog, `scenario` to run the submission (once per
// submission, shared by the checks that read it).
import { AsyncLocalStorage } from 'node:async_hooks'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, test } from 'vitest'
import { catalog, findExercise } from '../catalog.ts'
import { scenariosFileOf } from '../layout.ts'
import { PLAN_ENV, readPlan, type GradingPlan, type PlannedSubmission } from '../spec-process.ts'
import type { ScenarioRun } from '../sandbox/outcome.ts'
import type { Scenario } from '../sandbox/scenario.ts'
import { spansOf, type ScenarioTimeline } from '../sandbox/trace.ts'
import { defaultLimits, runInSandbox, warmUpJail } from '../sandbox/run-in-sandbox.ts'
import { useBuildFolderIn } from '../sandbox/compile.ts'
import { cut } from '../sandbox/cut.ts'
import { CheckFailure, type Feedback } from './feedback.ts'
import { Run } from './run.ts'
import { currentLang } from './say.ts'

declare module 'vitest' {
  interface TaskMeta {
    feedback?: Feedback
    /** What the code did in each scenario the check read, failed or passed. */
    timelines?: ScenarioTimeline[]
  }
}

const kitRoot = fileURLToPath(new URL('../..', import.meta.url))

/** Without a plan (an author running vitest by hand), the specs grade solutions/. */
function currentPlan(): GradingPlan {
  const planFile = process.env[PLAN_ENV]
  if (planFile) {
    // The engine removes the plan's folder after the grading, builds included.
    useBuildFolderIn(dirname(planFile))
    return readPlan(planFile)
  }
  return { submissions: [{ key: 'solutions', files: Object.fromEntries(solutionFiles()) }], limits: defaultLimits, lang: 'en' }
}

function solutionFiles(): [string, string][] {
  return catalog.map((exercise) => [exercise.id, resolve(kitRoot, 'solutions', exercise.id, exercise.file)])
}

const plan = currentPlan()
// The first scenario should not wait for a jail to start: one starts while the checks
// load. Should it fail to, the first scenario says why.
warmUpJail(plan.limits.memoryMb).catch(() => {})

/** The runs a check has read, so that its feedback can show what they printed. */
const runsReadByCheck = new AsyncLocalStorage<Set<ScenarioRun>>()

/** What a scenario's run resolves with, as its `run` declares it (`unknown` for the submission's own values). */
type ValueOf<S> = S extends { run(...args: never[]): Promise<infer Value> } ? (0 extends 1 & Value ? unknown : Value) : unknown

export interface ExerciseSpec<Scenarios extends Record<string, Scenario> = Record<string, Scenario>> {
  /**
   * A lazily started, memoized run of the named scenario of the exercise's scenarios file:
   * `gradeExercise<typeof scenarios>(...)` checks the names and types the values.
   */
  scenario<Name extends keyof Scenarios & string>(name: Name): () => Promise<Run<ValueOf<Scenarios[Name]>>>
  /** One rubric line: `id` must be a check of this exercise in the catalog. */
  check(id: string, body: () => Promise<void>): void
}

export interface GradeExerciseOptions {
  /** The scenarios module, when not grader/specs/<id>/scenarios.ts (private specs bring their own). */
  scenarios?: string | URL
}

export function gradeExercise<Scenarios extends Record<string, Scenario> = Record<string, Scenario>>(
  exerciseId: string,
  define: (spec: ExerciseSpec<Scenarios>) => void,
  options: GradeExerciseOptions = {},
): void {
  const exercise = findExercise(exerciseId)
  if (!exercise) throw new Error(`unknown exercise ${exerciseId}: add it to grader/catalog.ts`)
  const rubric = [...exercise.checks, ...(plan.extraChecks?.[exerciseId] ?? [])]
  const scenariosFile = options.scenarios
    ? options.scenarios instanceof URL
      ? fileURLToPath(options.scenarios)
      : resolve(options.scenarios)
    : scenariosFileOf(exerciseId)

  describe(exerciseId, () => {
    for (const submission of plan.submissions) {
      const submissionFile = submission.files[exerciseId]
      if (!submissionFile) continue
      // Submissions are graded side by side (a batch uses every core); the checks of one
      // submission run in order, sharing its scenario runs.
      describe(submission.key, { concurrent: true }, () => define(specFor(submission, submissionFile)))
    }
  })

  function specFor(submission: PlannedSubmission, submissionFile: string): ExerciseSpec<Scenarios> {
    // A module that fails to load fails every scenario the same way: run it once.
    let loadFailure: Promise<ScenarioRun> | undefined
    return {
      scenario(name) {
        let run: Promise<Run<never>> | undefined
        return async () => {
          run ??= (async () => {
            const failed = loadFailure && (await loadFailure)
            if (failed && failedToLoad(failed)) return new Run({ ...failed, scenario: name })
            const attempt = runInSandbox(
              { scenariosFile, scenario: name, submissionFile, lang: currentLang(), ...(submission.root ? { submissionRoot: submission.root } : {}) },
              plan.limits,
            )
            loadFailure ??= attempt
            return new Run(await attempt)
          })()
          const result = await run
          runsReadByCheck.getStore()?.add(result)
          return result
        }
      },
      check(id, body) {
        if (!rubric.some((candidate) => candidate.id === id)) {
          throw new Error(`check ${id} is not in the rubric of ${exerciseId} (grader/catalog.ts, or rubric.json of --extra-specs)`)
        }
        test(id, { concurrent: false }, async ({ task }) => {
          const runsRead = new Set<ScenarioRun>()
          try {
            await runsReadByCheck.run(runsRead, body)
          } catch (error) {
            task.meta.timelines = timelinesOf(runsRead)
            if (!(error instanceof CheckFailure)) throw error
            const output = [...runsRead]
              .map((run) => run.output)
              .filter(Boolean)
              .join('')
            const problems = [...new Set([...runsRead].flatMap((run) => run.problems))]
            task.meta.feedback = sized({ ...(output ? { output } : {}), ...(problems.length ? { problems } : {}), ...error.feedback })
            throw new Error(task.meta.feedback.message)
          }
          task.meta.timelines = timelinesOf(runsRead)
        })
      },
    }
  }
}

/** Spans a timeline keeps: a terminal row cannot show more, and a report must stay small. */
const SPAN_LIMIT = 500
const TEXT_LIMIT = 2000
const OUTPUT_LIMIT = 4000

function timelinesOf(runs: Set<ScenarioRun>): ScenarioTimeline[] {
  return [...runs].map((run) => ({ scenario: run.scenario, spans: spansOf(run.trace).slice(0, SPAN_LIMIT) }))
}

/**
 * Feedback cut to size where it is made: a check may quote what the code did (200,000
 * printed lines), and it travels to the grader before any writer sees it.
 */
function sized(feedback: Feedback): Feedback {
  const { message, expected, actual, mistake, output, problems, timeline, ...rest } = feedback
  return {
    ...rest,
    message: cut(message, TEXT_LIMIT),
    ...(expected === undefined ? {} : { expected: cut(expected, TEXT_LIMIT) }),
    ...(actual === undefined ? {} : { actual: cut(actual, TEXT_LIMIT) }),
    ...(mistake === undefined ? {} : { mistake: cut(mistake, TEXT_LIMIT) }),
    ...(output === undefined ? {} : { output: cut(output, OUTPUT_LIMIT) }),
    ...(problems === undefined ? {} : { problems: problems.slice(0, 20).map((problem) => cut(problem, TEXT_LIMIT)) }),
    ...(timeline === undefined
      ? {}
      : { timeline: { actual: timeline.actual.slice(0, SPAN_LIMIT), ...(timeline.expected ? { expected: timeline.expected.slice(0, SPAN_LIMIT) } : {}) } }),
  }
}

function failedToLoad(run: ScenarioRun): boolean {
  const outcome = run.outcome
  return outcome.kind === 'load-error' || ((outcome.kind === 'killed' || outcome.kind === 'crashed') && outcome.phase === 'load')
}
