// Attacks on blocking, the clock and values read from a submission, aimed at the two newest
// worlds (tests/submissions/hostile-blocking, one trick per file): legacy-geocoder's executor
// jobs and concepts' answers. Each file is its exercise's control (the honest wrong code of
// <exercise>-control.ts) plus one trick, graded through the real engine in one run. Every
// assertion states the SAFE outcome; an attack that gets through fails its test.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findExercise } from '../grader/catalog.ts'
import { grade } from '../grader/engine/grade.ts'
import { submissionFromDir, type Submission } from '../grader/engine/submission.ts'
import { ReportSchema, safeReport, type ExerciseResult, type Report } from '../grader/report/schema.ts'
import { check, kitRoot, testLimits } from './support/grading.ts'

const ATTACKS = join(kitRoot, 'tests/submissions/hostile-blocking')
const geocoder = findExercise('legacy-geocoder')!
const concepts = findExercise('concepts')!
const exerciseOf = (name: string) => (name.startsWith('concepts-') ? concepts : geocoder)

const attackFiles = Object.fromEntries(
  readdirSync(ATTACKS)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [basename(file, '.ts'), join(ATTACKS, file)]),
)

const scratch = mkdtempSync(join(tmpdir(), 'kit-hostile-blocking-'))

/** A folder laid out like exercises/ holding the attack as its exercise's file. */
function handedIn(name: string): Submission {
  const exercise = exerciseOf(name)
  const root = join(scratch, name)
  mkdirSync(join(root, exercise.id), { recursive: true })
  copyFileSync(attackFiles[name]!, join(root, exercise.id, exercise.file))
  return submissionFromDir(root, [exercise], name)
}

let reports: Record<string, Report>
let results: Record<string, ExerciseResult>
beforeAll(async () => {
  const names = Object.keys(attackFiles)
  const submissions = names.map(handedIn)
  const graded = await grade(submissions, { exercises: [geocoder, concepts], limits: testLimits })
  reports = Object.fromEntries(names.map((name, index) => [name, graded[index]!]))
  results = Object.fromEntries(
    Object.entries(reports).map(([name, report]) => [name, report.exercises.find((exercise) => exercise.id === exerciseOf(name).id)!]),
  )
}, 120_000)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const BLOCKED = /^(geocodeAll|geocodeWithin) blocked the event loop and was stopped after \d+ ms of real time$/
const HONEST = { 'legacy-geocoder': 10, concepts: 2 } as const
const honestOf = (name: string) => HONEST[exerciseOf(name).id as keyof typeof HONEST]
const message = (name: string, id: string) => check(results[name]!, id).message ?? ''
const output = (name: string, id: string) => check(results[name]!, id).output ?? ''
const passed = (name: string, id: string) => expect(check(results[name]!, id).status, `${name} ${id}`).toBe('passed')
const ALL = ['all-off-the-loop', 'all-at-once', 'all-result', 'all-other-pool']
const WITHIN = ['within-budget', 'within-removes-queued', 'within-final', 'within-early']
const HONEST_AT_ONCE = 'the jobs started at t=0, 800, 1600, 2400, 3200, not at t=0, 0, 0, 0, 800; the last ended at t=4000, not at t=1600'

/** The honest control's points and feedback (the trick changed nothing). */
function expectHonestGeocoder(name: string): void {
  expect(results[name]!.points, name).toBe(10)
  expect(message(name, 'all-at-once')).toBe(HONEST_AT_ONCE)
  for (const id of [...WITHIN, 'workload', 'all-off-the-loop']) passed(name, id)
}

describe('legacy-geocoder: from inside an executor job', () => {
  it('legacy-geocoder-control: the honest wrong geocoder scores 10', () => expectHonestGeocoder('legacy-geocoder-control'))
  it('legacy-geocoder-job-authority: process, Buffer, require and the host stay out of reach of a job the world runs', () => {
    expectHonestGeocoder('legacy-geocoder-job-authority')
    const said = output('legacy-geocoder-job-authority', 'all-at-once')
    expect(said).not.toContain('ESCAPED')
    for (const line of [
      'blocked globalThis.process.versions',
      'blocked the job caller via Function',
      'blocked executor.run.constructor',
      'blocked require: got undefined',
      'blocked the env',
      'blocked Buffer.from',
    ])
      expect(said).toContain(line)
  })
  it('legacy-geocoder-job-busy-wait: a busy-wait in a job holds the loop in virtual time, and says so', () => {
    expect(results['legacy-geocoder-job-busy-wait']!.points).toBe(8)
    expect(message('legacy-geocoder-job-busy-wait', 'all-off-the-loop')).toBe(
      'geocodeAll geocoded in the executor, but something else held the event loop meanwhile; the event loop was blocked from t=800 to t=5800, from t=6600 to t=11600, from t=12400 to t=17400 and 2 more times',
    )
    for (const id of WITHIN) passed('legacy-geocoder-job-busy-wait', id)
  })
  it('legacy-geocoder-sort-busy-comparator: a sort whose comparator busy-waits runs past the hour cap and fails only geocodeAll', () => {
    const name = 'legacy-geocoder-sort-busy-comparator'
    expect(results[name]!.points).toBe(8)
    for (const id of ALL)
      expect(message(name, id)).toMatch(
        /^geocodeAll never settled: at t=\d+, after \d+ timers, .*past an hour of virtual time; the event loop was blocked from t=800 to t=948685/,
      )
    for (const id of WITHIN) passed(name, id)
  })
  it('legacy-geocoder-json-huge: 40 MB of JSON in a job is slow but finite: nothing changes', () => expectHonestGeocoder('legacy-geocoder-json-huge'))
})

describe('legacy-geocoder: native code that never returns costs only its scenarios', () => {
  it('legacy-geocoder-job-regex: a catastrophic regex in geocodeWithin jobs is killed; geocodeAll and workload are graded', () => {
    const name = 'legacy-geocoder-job-regex'
    expect(results[name]!.points).toBe(4)
    for (const id of WITHIN) expect(message(name, id)).toMatch(BLOCKED)
    expect(message(name, 'all-at-once')).toBe(HONEST_AT_ONCE)
    passed(name, 'all-off-the-loop')
    passed(name, 'workload')
  })
  it('legacy-geocoder-sort-endless-comparator: a comparator that never returns, inside native sort, is killed; geocodeWithin is graded', () => {
    const name = 'legacy-geocoder-sort-endless-comparator'
    expect(results[name]!.points).toBe(8)
    for (const id of ALL) expect(message(name, id)).toMatch(BLOCKED)
    for (const id of [...WITHIN, 'workload']) passed(name, id)
  })
})

describe('legacy-geocoder: the clock', () => {
  it('legacy-geocoder-clock-past-hour: five million clock reads jump past the hour cap: geocodeAll never settles', () => {
    const name = 'legacy-geocoder-clock-past-hour'
    expect(results[name]!.points).toBe(8)
    for (const id of ALL)
      expect(message(name, id)).toBe(
        'geocodeAll never settled: at t=4000000, after 0 timers, it was still waiting on a timer due at t=4000000, past an hour of virtual time; the event loop was blocked from t=0 to t=4000000',
      )
    for (const id of WITHIN) passed(name, id)
  })
  it('legacy-geocoder-abort-listener-busy: a busy-wait in the abort listener makes the late jobs late, not within the budget', () => {
    const name = 'legacy-geocoder-abort-listener-busy'
    expect(results[name]!.points).toBe(5)
    expect(message(name, 'within-budget')).toBe(
      'geocodeWithin resolved at t=4000 with [Paris, Lyon, "timeout", "timeout", "timeout"], after the budget ran out at t=1000; the event loop was blocked from t=1000 to t=4000',
    )
    expect(message(name, 'within-removes-queued')).toBe(
      'job 5 was taken out of the queue at t=4000, not at the budget (t=1000); the event loop was blocked from t=1000 to t=4000',
    )
  })
  it('legacy-geocoder-workload-getter-busy: a getter that busy-waits when the exports are copied blocks from t=0, in every scenario', () => {
    const name = 'legacy-geocoder-workload-getter-busy'
    expect(results[name]!.points).toBe(3)
    expect(message(name, 'all-off-the-loop')).toBe(
      'geocodeAll geocoded in the executor, but something else held the event loop meanwhile; the event loop was blocked from t=0 to t=1010001',
    )
  })
})

describe('legacy-geocoder: what jobs return', () => {
  it('legacy-geocoder-thenable-result: a thenable a job returns is adopted once: its first, forged face is judged, and fails', () => {
    const name = 'legacy-geocoder-thenable-result'
    expect(results[name]!.points).toBe(10)
    expect(message(name, 'all-result')).toMatch(/^geocodeAll resolved at t=4000 with \[\{ lat: 0, lon: 0, forged: true \}, /)
  })
  it('legacy-geocoder-proxy-result: a lying Proxy is copied as data and judged as what the copy read', () => {
    const name = 'legacy-geocoder-proxy-result'
    expect(results[name]!.points).toBe(10)
    expect(message(name, 'all-result')).toMatch(/^geocodeAll resolved at t=4000 with \[\{ forged: undefined \}, /)
  })
  it('legacy-geocoder-lying-getters: getters that change between readings do not raise the score', () => {
    const name = 'legacy-geocoder-lying-getters'
    expect(results[name]!.points).toBe(10)
    expect(check(results[name]!, 'all-result').status).toBe('failed')
    // The copy judged is the first reading (the real coordinates), not a later one (999).
    expect(message(name, 'all-result')).toMatch(/^geocodeAll resolved at t=4000 with \[\{ lat: 48\.\d+, lon: 2\.\d+, toJSON: a function toJSON \}, /)
  })
  it('legacy-geocoder-workload-proxy: a lying Proxy for workload is copied as an empty record', () => {
    const name = 'legacy-geocoder-workload-proxy'
    expect(results[name]!.points).toBe(8)
    expect(message(name, 'workload')).toBe("not implemented yet: workload is still the stub's placeholder, an empty record")
  })
})

describe('concepts: answers that are not plain data', () => {
  it('concepts-control: one prediction and one choice right score 2', () => {
    expect(results['concepts-control']!.points).toBe(2)
    passed('concepts-control', 'predict-microtasks')
    passed('concepts-control', 'choose-cores')
  })
  it('concepts-predict-proxy: a Proxy table is copied once; its lying items read as no lines', () => {
    const name = 'concepts-predict-proxy'
    expect(results[name]!.points).toBe(2)
    expect(message(name, 'predict-starts-at-once')).toBe("not implemented yet: predict['starts-at-once'] is not answered yet (no line predicted)")
  })
  it('concepts-getters-throw-and-lie: a getter that throws loses the table, never raises the score', () => {
    const name = 'concepts-getters-throw-and-lie'
    expect(results[name]!.points).toBe(1)
    expect(message(name, 'predict-microtasks')).toBe("not implemented yet: predict['microtasks'] is not answered yet (the item is missing)")
    expect(message(name, 'choose-contagious')).toBe("choose['contagious']: you chose 'a'")
  })
  it('concepts-to-primitive: objects that convert to a different letter each time are not letters', () => {
    const name = 'concepts-to-primitive'
    expect(results[name]!.points).toBe(2)
    expect(message(name, 'choose-contagious')).toBe(
      "choose['contagious'] is { toString: a function toString, valueOf: a function valueOf }, not one of the options 'a', 'b', 'c', 'd'",
    )
    expect(message(name, 'predict-no-await')).toBe(
      "predict['no-await'] is [{ toString: a function toString, valueOf: a function valueOf }, { toString: a function toString, valueOf: a function valueOf }], not a list of lines",
    )
  })
  it('concepts-huge-values: millions of lines and 20 MB answers fail, cut to size', () => {
    const name = 'concepts-huge-values'
    expect(results[name]!.points).toBe(2)
    expect(message(name, 'predict-no-await')).toBe(`predict['no-await'], line 2: the snippet printed something else there (you predicted "main returns")`)
    for (const id of ['predict-interleave', 'choose-contagious']) expect(message(name, id).length, id).toBeLessThan(5000)
    expect(JSON.stringify(results[name]).length).toBeLessThan(100_000)
  })
})

describe('concepts: the clock', () => {
  it('concepts-getter-clock: a getter that busy-waits 90 min when the exports are copied pushes the snippets past the hour cap', () => {
    const name = 'concepts-getter-clock'
    expect(results[name]!.points).toBe(1)
    expect(message(name, 'predict-microtasks')).toBe(
      'predict never settled: at t=6400001, after 0 timers, it was still waiting on a timer due at t=6400001, past an hour of virtual time; the event loop was blocked from t=0 to t=6400001',
    )
  })
  it('concepts-load-busy-wait: timers armed after a block at load fire in Node order, at their own times', () => {
    const name = 'concepts-load-busy-wait'
    expect(results[name]!.points).toBe(2)
    expect(output(name, 'choose-contagious')).toBe('order: 1,2,4,3 at t=10050\n')
  })
  it('concepts-sort-in-getter: a sort with a busy-waiting comparator in a getter is finite; its answer is judged', () => {
    const name = 'concepts-sort-in-getter'
    expect(results[name]!.points).toBe(2)
    expect(message(name, 'predict-await-each')).toBe(
      `predict['await-each'], line 1: the snippet printed something else there (you predicted "breakfast at t=2000")`,
    )
  })
})

describe('every attack', () => {
  it('has a test above', () => expect(Object.keys(attackFiles)).toHaveLength(22))
  it.each(Object.keys(attackFiles))('%s: scores at most the honest control, leaves the other exercise alone, and writes a valid, bounded report', (name) => {
    expect(results[name]!.points, name).toBeLessThanOrEqual(honestOf(name))
    const other = reports[name]!.exercises.filter((exercise) => exercise.id !== exerciseOf(name).id)
    for (const exercise of other) expect(exercise.points, `${name}: ${exercise.id}`).toBe(0)
    expect(() => ReportSchema.parse(reports[name])).not.toThrow()
    expect(JSON.stringify(safeReport(reports[name]!)).length).toBeLessThan(1_000_000)
  })
})
