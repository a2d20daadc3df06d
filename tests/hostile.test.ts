// Hostile and broken submissions (tests/submissions/hostile): nothing a submission does
// lifts its score above what its honest code earns, and each outcome says what happened.
// The honest code under each trick is the same wrong toaster: alone, it earns 3/10.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema, type ExerciseResult } from '../grader/report/schema.ts'
import { runGrader } from './support/cli.ts'
import { check, gradeEach, submissionFolder, submissionsIn } from './support/grading.ts'

const HONEST_POINTS = 3
const TAMPERING = /the code changes a built-in/
const REFUSED = /may only use #runtime, the files of its own folder, node:timers and what its exercise hands it/
const NO_PROCESS = /ReferenceError: process is not allowed in exercise code/
const BLOCKED = /the event loop was blocked/

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('toaster', submissionsIn('hostile'))
})

/** Every check of the exercise failed the same way before any behaviour was judged. */
function expectError(name: string, message: RegExp, mistake?: RegExp): void {
  const result = results[name]!
  expect(result).toMatchObject({ points: 0, status: 'error' })
  expect(result.message).toMatch(message)
  if (mistake) expect(check(result, 'sequential-order').mistake).toMatch(mistake)
}

/** The trick changed nothing: exactly the honest code's points and feedback. */
function expectHonestScore(name: string): void {
  const result = results[name]!
  expect(result.points).toBe(HONEST_POINTS)
  expect(check(result, 'concurrent-start').message).toBe('the coffee started at t=2000, not at t=0')
}

/** The checks that call breakfastConcurrent (directly or through main) fail this way. */
function expectConcurrentCallsFail(name: string, message: RegExp, mistake?: RegExp): void {
  const result = results[name]!
  expect(result.points).toBe(HONEST_POINTS)
  for (const id of ['concurrent-start', 'concurrent-result', 'main-runs-both', 'main-prints-times', 'main-measures']) {
    expect(check(result, id).message).toMatch(message)
    if (mistake) expect(check(result, id).mistake).toMatch(mistake)
  }
}

describe('forged results', () => {
  it('Object.is replaced at load: refused, the file does not load', () => {
    expectError('forge-object-is', /did not load: TypeError: Cannot assign to read only property 'is'/, TAMPERING)
  })
  it.each(['forge-object-is-guarded', 'forge-json', 'forge-promise', 'forge-clock-readings', 'forge-vitest-state', 'forge-expect'])(
    '%s: refused or out of reach; the honest code is graded as it is',
    (name) => expectHonestScore(name),
  )
  it('an Array method replaced during a call: that call fails and says why', () => {
    expectConcurrentCallsFail('forge-array-prototype', /rejected at t=\d+ with TypeError: Cannot assign to read only property 'every'/, TAMPERING)
  })
  it('fake report lines, JSON and workflow commands stay in the captured output', () => {
    expectHonestScore('forge-output')
    expect(check(results['forge-output']!, 'concurrent-start').output).toContain('Score: 10/10 (100%)')
  })
  it.each(['forge-report-file', 'forge-spec-files'])('%s: the file system is out of reach', (name) => expectHonestScore(name))
  it('importing the reference solution is refused', () => {
    expectError('import-solution', /import of "..\/..\/..\/solutions\/toaster\/toaster.ts" is not allowed in exercise code/, REFUSED)
  })
  it('process.exit(0) at load: there is no process, the file does not load', () => {
    expectError('exit-at-load', new RegExp(`did not load: ${NO_PROCESS.source}`), REFUSED)
  })
  it('process.exit(0) in a call: there is no process, those calls reject, the rest is graded', () => {
    expectConcurrentCallsFail('exit-in-call', new RegExp(`rejected at t=\\d+ with ${NO_PROCESS.source}`), REFUSED)
  })
  it('process.kill of the grading process: there is no process', () => {
    expectConcurrentCallsFail('kill-process', new RegExp(`rejected at t=\\d+ with ${NO_PROCESS.source}`), REFUSED)
  })
  it('process.abort: there is no process, the file does not load', () => {
    expectError('abort-process', new RegExp(`did not load: ${NO_PROCESS.source}`), REFUSED)
  })
})

describe('escaping virtual time', () => {
  it('the fake clock cannot be reached to rewind or advance it', () => expectHonestScore('rewind-clock'))
  it.each(['timers-promises', 'timers-module', 'abort-signal-timeout'])(
    '%s: a 1000 ms wait happens in virtual time, so the concurrent breakfast starts at t=5000',
    (name) => {
      const result = results[name]!
      expect(result.points).toBe(9)
      expect(check(result, 'main-runs-both').message).toBe('main made toast 0-2000, coffee 2000-4000, toast 5000-7000, coffee 5000-7000')
    },
  )
  it.each(['eval-import', 'function-constructor'])('%s: an import() in code built from strings is refused before anything runs', (name) => {
    expectError(name, /did not load: Error: import\(\) of a computed name is not allowed in exercise code \(nor the text "import\(" in a string\)/, REFUSED)
  })
  it('an import() of a computed name is refused', () => {
    expectError('computed-import', /did not load: Error: import\(\) of a computed name is not allowed in exercise code/, REFUSED)
  })
  it.each([
    ['worker-thread', 'node:worker_threads'],
    ['child-process', 'node:child_process'],
  ])('%s: importing %s is refused', (name, module) => {
    expectError(name, new RegExp(`import of "${module}" is not allowed in exercise code`), REFUSED)
  })
})

describe('resource abuse', () => {
  it('a busy loop at load is stopped by the watchdog', () => {
    expectError('busy-loop-at-load', /the module blocked while loading and was stopped after \d+ ms of real time/, BLOCKED)
  })
  it('a busy-wait on the clock in a call ends, as a block the feedback names', () => {
    expectConcurrentCallsFail(
      'busy-loop-in-call',
      /; the event loop was blocked from t=\d+ to t=\d+$/,
      /^synchronous code held the event loop \(a blocking call, a busy-wait on the clock\)/,
    )
  })
  it('a microtask livelock is stopped by the watchdog', () => {
    expectConcurrentCallsFail('microtask-livelock', /blocked the event loop and was stopped after \d+ ms of real time/, BLOCKED)
  })
  it('allocating until the thread dies', () => {
    expectConcurrentCallsFail('memory-hog', /crashed: ran out of memory \(over 256 MB\)/, /keeps allocating memory/)
  })
  it('an endless setInterval is stopped at the timer cap', () => {
    expectConcurrentCallsFail('endless-interval', /never settled: 100000 timers fired up to t=\d+ without an end/, /an endless setInterval/)
  })
  it('unhandled rejections and errors thrown from timers are reported, and grading goes on', () => {
    expectHonestScore('unhandled-rejections')
    expect(check(results['unhandled-rejections']!, 'concurrent-start').problems).toEqual([
      'unhandled rejection: Error: nobody handles me',
      'exception in a timer callback: Error: thrown from a timer',
    ])
  })
  it('megabytes of output are cut to what a report can show', () => {
    expectHonestScore('huge-output')
    expect(check(results['huge-output']!, 'concurrent-start').output!.length).toBeLessThanOrEqual(4000)
  })
  it('a returned object that throws when read rejects the call like any error', () => {
    expectConcurrentCallsFail('returns-proxy', /rejected at t=\d+ with Error: gotcha/)
  })
})

it('grades every hostile submission at or below its honest score', () => {
  expect(Object.keys(results)).toHaveLength(33)
  for (const [name, result] of Object.entries(results)) {
    expect(result.points, name).toBeLessThanOrEqual(/^(timers-|abort-signal)/.test(name) ? 9 : HONEST_POINTS)
  }
})

it("through the command line, forged output is quoted as the code's output, never as the report", async () => {
  const scratch = await mkdtemp(join(tmpdir(), 'kit-forged-'))
  try {
    const json = join(scratch, 'grade.json')
    const result = await runGrader(['toaster', '--dir', submissionFolder({ toaster: 'hostile/forge-output.ts' }), '--json', json])
    const lines = result.stdout.split('\n')
    // The only unquoted score line is the grader's own, and it is the honest one.
    expect(lines.filter((line) => /Score: /.test(line) && !line.includes('│'))).toEqual([`Score: ${HONEST_POINTS}/10 (30%)`])
    // The forged workflow command is there, and only inside the quoted output.
    const forged = lines.filter((line) => line.includes('::notice::'))
    expect(forged.length).toBeGreaterThan(0)
    for (const line of forged) expect(line.startsWith('        │ '), line).toBe(true)
    expect(result.stdout).not.toMatch(/\u001b/)
    expect(ReportSchema.parse(JSON.parse(await readFile(json, 'utf8'))).score).toEqual({ points: HONEST_POINTS, max: 10 })
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
})
