// A submission that does not compile, throws, hangs or exits scores 0 where it breaks,
// says what happened, and costs nothing elsewhere.
import { beforeAll, describe, expect, it } from 'vitest'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { check, failedChecks, gradeEach, submissionsIn } from './support/grading.ts'

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('toaster', submissionsIn('broken'))
})

function expectErrorExercise(name: string, message: RegExp): void {
  const result = results[name]!
  expect(result.points).toBe(0)
  expect(result.status).toBe('error')
  expect(result.message).toMatch(message)
  for (const each of result.checks) expect(each.message).toMatch(message)
}

describe('broken submissions graded as toaster', () => {
  it('a syntax error: the file does not compile', () => {
    expectErrorExercise('syntax-error', /the file did not load/)
    expect(check(results['syntax-error']!, 'sequential-order').mistake).toMatch(/does not compile/)
  })

  it('a throw at import', () => {
    expectErrorExercise('throws-at-import', /the file did not load: Error: configuration missing/)
    expect(check(results['throws-at-import']!, 'sequential-order').mistake).toMatch(/top level of the module throws/)
  })

  it('while (true) at import: stopped by the watchdog', () => {
    expectErrorExercise('infinite-loop-at-import', /the module blocked while loading and was stopped after \d+ ms of real time/)
    expect(check(results['infinite-loop-at-import']!, 'main-runs-both').outcome).toBe('killed')
  })

  it('process.exit(0) at import: exercise code has no process', () => {
    expectErrorExercise('exit-at-import', /the file did not load: ReferenceError: process is not allowed in exercise code/)
  })

  it('process.exit(0) in a call: only the checks of that call are lost', () => {
    const result = results['exit-in-call']!
    expect(failedChecks(result).sort()).toEqual(['main-measures', 'main-prints-times', 'main-runs-both', 'sequential-order', 'sequential-result'])
    expect(check(result, 'sequential-order').message).toMatch(
      /breakfastSequential rejected at t=2000 with ReferenceError: process is not allowed in exercise code/,
    )
    expect(check(result, 'sequential-order').mistake).toMatch(/no process, files or network/)
    expect(result.points).toBe(4)
  })

  it('missing exports: the checks of the missing functions fail, the others still score', () => {
    const result = results['missing-exports']!
    expect(failedChecks(result).sort()).toEqual(['concurrent-result', 'concurrent-start', 'main-measures', 'main-prints-times', 'main-runs-both'])
    expect(check(result, 'concurrent-start').message).toBe('the file does not export breakfastConcurrent')
    expect(check(result, 'main-runs-both').message).toBe('the file does not export main')
    expect(result.points).toBe(3)
    expect(result.status).toBe('partial')
  })

  it('a promise that never settles: a deadlock, with what was still waiting', () => {
    const result = results['never-settles']!
    expect(check(result, 'concurrent-result').message).toMatch(/breakfastConcurrent never settled: at t=2000 it was still waiting and nothing was left to run/)
    expect(check(result, 'concurrent-result').outcome).toBe('deadlock')
    expect(check(result, 'main-runs-both').message).toMatch(/main never settled: at t=0/)
    expect(result.points).toBe(3)
  })
})
