// Grades files with the real engine (a real vitest run, real sandbox threads) for the
// kit's own tests. All the files of one call are graded in a single run, in parallel.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, inject } from 'vitest'
import { findExercise } from '../../grader/catalog.ts'
import { grade } from '../../grader/engine/grade.ts'
import type { CheckResult, ExerciseResult } from '../../grader/report/schema.ts'
import { gradedKey } from '../../scripts/check.ts'

export const kitRoot = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Short watchdog: the hanging submissions of the tests should cost little time. It counts
 * the jail's CPU time, so a loaded machine stops no working scenario (the heaviest, the
 * crawler's 100,000 tasks, takes about 0.5 s, and a slow limiter up to about 1.5 s before
 * its world stops it). The timer cap and the heap are lowered with
 * it, so that a runaway setInterval or a memory hog reaches its limit before the watchdog
 * (no test scenario needs 100,000 timers or 256 MB).
 */
export const testLimits = { watchdogMs: Number(process.env.KIT_TEST_WATCHDOG_MS ?? 3000), maxTimers: 100_000, memoryMb: 256 }

/** Every .ts file of tests/submissions/<folder>, by name without extension. */
export function submissionsIn(folder: string): Record<string, string> {
  const dir = join(kitRoot, 'tests/submissions', folder)
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [basename(file, '.ts'), join(dir, file)]),
  )
}

/**
 * A throwaway folder laid out like exercises/, holding the given files of
 * tests/submissions (exercise id -> path under tests/submissions).
 */
export function submissionFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-submission-'))
  for (const [id, file] of Object.entries(files)) {
    mkdirSync(join(dir, id))
    copyFileSync(join(kitRoot, 'tests/submissions', file), join(dir, id, findExercise(id)!.file))
  }
  return dir
}

/** One wrong solution per exercise, each losing some points and keeping others. */
export const ONE_WRONG_EACH: Record<string, string> = {
  toaster: 'toaster/concurrent-missing-await.ts',
  'weather-timeout': 'weather-timeout/race-without-abort.ts',
  'semaphore-crawler': 'semaphore-crawler/fixed-batches.ts',
  'fast-food': 'fast-food/burgers-no-semaphore.ts',
  'event-loop': 'event-loop/run-to-end.ts',
  'chat-socket': 'chat-socket/chat-race-no-abort.ts',
  'task-group': 'task-group/all-settled.ts',
  'legacy-geocoder': 'legacy-geocoder/sequential-jobs.ts',
  concepts: 'concepts/guess-all-b.ts',
}

/**
 * Grades each file as its own submission of `exerciseId`; results by name. Files the
 * global setup already graded (tests/support/kit-grading.ts) are not graded again.
 */
export async function gradeEach(exerciseId: string, files: Record<string, string>): Promise<Record<string, ExerciseResult>> {
  const exercise = findExercise(exerciseId)
  if (!exercise) throw new Error(`unknown exercise ${exerciseId}`)
  const graded = inject('kitGrading') ?? {}
  const shared = Object.entries(files).map(([name, file]) => [name, graded[gradedKey(exerciseId, file)]] as const)
  if (shared.every(([, result]) => result)) return Object.fromEntries(shared) as Record<string, ExerciseResult>
  const names = Object.keys(files)
  const reports = await grade(
    names.map((name) => ({ key: name, label: files[name]!, files: { [exerciseId]: files[name]! } })),
    { exercises: [exercise], limits: testLimits },
  )
  return Object.fromEntries(names.map((name, index) => [name, reports[index]!.exercises[0]!]))
}

export function failedChecks(result: ExerciseResult): string[] {
  return result.checks.filter((check) => check.status === 'failed').map((check) => check.id)
}

export function check(result: ExerciseResult, id: string): CheckResult {
  const found = result.checks.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no check ${id} in ${result.id}`)
  return found
}

/** Everything a student would read about a failed check, as one text to match against. */
export function feedbackText(result: ExerciseResult, id: string): string {
  const { message, expected, actual, mistake } = check(result, id)
  return [message, expected, actual, mistake].filter(Boolean).join('\n')
}

/**
 * A wrong solution loses exactly the checks its misconception breaks, and each lost
 * check's feedback names the mistake.
 */
export function expectMisconception(result: ExerciseResult, lost: Record<string, RegExp>): void {
  expect(failedChecks(result).sort()).toEqual(Object.keys(lost).sort())
  for (const [id, pattern] of Object.entries(lost)) expect(feedbackText(result, id)).toMatch(pattern)
}
