// The legacy-geocoder specs pass every correct style of executor use and budget, and tell each
// wrong one from a right one, saying why.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { graderData, WORKLOAD_KEY_FILE } from '../scripts/grader-data.ts'
import { check, expectMisconception, failedChecks, gradeEach, kitRoot, submissionsIn } from './support/grading.ts'

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('legacy-geocoder', { ...submissionsIn('legacy-geocoder'), stub: join(kitRoot, 'exercises/legacy-geocoder/geocoder.ts') })
})

const onLoop = (cities: string, until: number) =>
  new RegExp(`called geocodeSync on the event loop \\(${cities}[^)]*\\)[\\s\\S]*the event loop was blocked from t=0 to t=${until}`)
const asyncWrapper = /an async function runs its synchronous code on the event loop[\s\S]*time\.sleep\(\) in async code[\s\S]*run_in_executor/
const putOff = /only puts it off: it still runs on the event loop/
const busyWait = /a busy-wait on the clock[\s\S]*time\.sleep\(\) in async code/
const waitedForRunning = /waited for the jobs still running at the budget[\s\S]*a running one cannot be stopped/
const expectedCancelled = /as if that ended the wait at once: in Python, asyncio\.wait_for\(\) or asyncio\.timeout\(\)[\s\S]*a running job goes on to its end/

describe('legacy-geocoder: correct styles score full, doing nothing scores 0', () => {
  it.each(['correct-semaphore', 'correct-race-sleep', 'correct-writes-in-job'])('%s', (name) => {
    expectMisconception(results[name]!, {})
  })

  it.each(['do-nothing-constant', 'do-nothing-empty', 'do-nothing-wait-then-return', 'stub'])('%s', (name) => {
    expect(results[name]!.points).toBe(0)
    expect(failedChecks(results[name]!)).toHaveLength(results[name]!.checks.length)
  })

  it('the stub says not implemented yet', () => {
    expect(check(results.stub!, 'all-result').message).toMatch(/not implemented yet: geocodeAll/)
    expect(check(results.stub!, 'within-budget').message).toMatch(/not implemented yet: geocodeWithin/)
    expect(check(results.stub!, 'workload').message).toMatch(/not implemented yet: workload is still the stub's placeholder/)
  })

  it('doing nothing is told it geocoded nothing', () => {
    expect(check(results['do-nothing-constant']!, 'all-result').message).toMatch(/never geocoded the addresses in Paris, Lyon/)
  })
})

describe('legacy-geocoder misconceptions', () => {
  it('an async wrapper around geocodeSync: every call holds the event loop, the heartbeat waits', () => {
    const all = onLoop('Paris 0-800, Lyon 800-1600', 4000)
    expectMisconception(results['async-wrapper']!, {
      'all-off-the-loop': new RegExp(
        `${all.source}[\\s\\S]*heartbeat due at t=100 had still not fired when the call settled at t=4000[\\s\\S]*${asyncWrapper.source}`,
      ),
      'all-at-once': asyncWrapper,
      'all-result': asyncWrapper,
      'all-other-pool': new RegExp(`${onLoop('Lille 0-800', 5600).source}[\\s\\S]*${asyncWrapper.source}`),
    })
    // The timeline shows the loop held, and the workers it should have used.
    const timeline = check(results['async-wrapper']!, 'all-off-the-loop').timeline!
    expect(timeline.actual).toContainEqual({ lane: 'event loop', label: 'blocked', start: 0, end: 4000 })
    expect(timeline.expected).toContainEqual({ lane: 'worker 1', label: 'job 5', start: 800, end: 1600 })
  })

  it('putting the call off with await Promise.resolve(): still on the loop, a microtask later', () => {
    expectMisconception(results['put-off-promise-resolve']!, {
      'all-off-the-loop': new RegExp(`${onLoop('Paris 0-800', 4000).source}[\\s\\S]*${putOff.source}`),
      'all-at-once': putOff,
      'all-result': putOff,
      'all-other-pool': putOff,
    })
  })

  it('putting each call off to a timer of its own (setTimeout(0)): the timers fire in due order, one block after another, before the heartbeat', () => {
    expectMisconception(results['put-off-set-timeout']!, {
      'all-off-the-loop': new RegExp(
        `${onLoop('Paris 0-800, Lyon 800-1600, Toulouse 1600-2400, Marseille 2400-3200 and Bordeaux 3200-4000', 4000).source}[\\s\\S]*heartbeat due at t=100 had still not fired when the call settled at t=4000[\\s\\S]*${putOff.source}`,
      ),
      'all-at-once': putOff,
      'all-result': putOff,
      'all-other-pool': putOff,
    })
  })

  it("Python's time.sleep() as a busy-wait: the loop is held, the heartbeat late, the results undelivered", () => {
    expectMisconception(results['python-time-sleep']!, {
      'all-off-the-loop': new RegExp(
        `something else held the event loop[\\s\\S]*blocked from t=0 to t=504[\\s\\S]*fired only at t=504, 404 ms late[\\s\\S]*${busyWait.source}`,
      ),
      'all-at-once': new RegExp(`the jobs started at t=0, 100, 201, 302, 800, not at t=0, 0, 0, 0, 800[\\s\\S]*${busyWait.source}`),
      'within-budget': new RegExp(
        `resolved at t=1000 with \\["timeout", "timeout", "timeout", "timeout", "timeout"\\][\\s\\S]*blocked from t=0 to t=1000[\\s\\S]*${busyWait.source}`,
      ),
      // The simulated workers waited for the loop: the feedback says so, not that the code forgot these addresses.
      'within-final': new RegExp(
        `no job geocoded the addresses in Toulouse and Marseille: geocodeWithin held the event loop, and the grader's workers wait[\\s\\S]*${busyWait.source}`,
      ),
      'within-early': new RegExp(`no job geocoded the address in Bordeaux[\\s\\S]*blocked from t=0 to t=2000[\\s\\S]*${busyWait.source}`),
    })
  })

  it('handing executor.run the result of geocodeSync, not a job: the call runs on the loop, and the executor rejects it', () => {
    const notAJob = /a job is a function the executor calls on a worker, \(\) => legacy\.geocodeSync\(address\)/
    expectMisconception(results['value-not-job']!, {
      'all-off-the-loop': new RegExp(`${onLoop('Paris 0-800, Lyon 800-1600', 4000).source}[\\s\\S]*${notAJob.source}`),
      'all-at-once': notAJob,
      'all-result': notAJob,
      'all-other-pool': notAJob,
    })
  })

  it('awaiting each executor job before handing the next: 5 x 800 = 4000 instead of 1600', () => {
    expectMisconception(results['sequential-jobs']!, {
      'all-at-once':
        /the jobs started at t=0, 800, 1600, 2400, 3200[\s\S]*the last ended at t=4000, not at t=1600[\s\S]*awaiting each executor\.run in a loop makes 5 × 800 = 4000 ms instead of 1600/,
      'all-result': /resolved at t=4000 [\s\S]*not when the last result arrives \(t=1600\)[\s\S]*not all handed to the executor at once/,
      'all-other-pool': /resolved at t=5600[\s\S]*\(t=2400\)/,
    })
  })

  it('one job for every address: one thread does all the work', () => {
    expectMisconception(results['one-job-for-all']!, {
      'all-at-once': /job 1 geocoded 5 addresses, one after another on one thread[\s\S]*give each address a job of its own/,
      'all-result': /resolved at t=4000/,
      'all-other-pool': /resolved at t=5600/,
    })
  })

  it('a gate of 2 written in, on 4 threads', () => {
    expectMisconception(results['gate-too-small']!, {
      'all-at-once': /the jobs started at t=0, 0, 800, 800, 1600[\s\S]*your own limit let 2 jobs run at once, though the executor has 4 threads/,
      'all-result': /resolved at t=2400/,
      'all-other-pool': /resolved at t=3200/,
    })
  })

  it('coordinates in completion order: jobs that end together hand back their results in any order', () => {
    expectMisconception(results['completion-order']!, {
      'all-result': /resolved at t=1600 with \[Marseille, Toulouse, Lyon, Paris, Bordeaux\][\s\S]*in the order the jobs ended/,
      'all-other-pool': /in the order the jobs ended/,
    })
  })

  it('waiting for the jobs still running at the budget: resolves at t=1600 with their results', () => {
    expectMisconception(results['waits-for-running']!, {
      'within-budget': new RegExp(
        `resolved at t=1600 with \\[Paris, Lyon, Toulouse, Marseille, "timeout"\\], after the budget ran out at t=1000[\\s\\S]*${waitedForRunning.source}`,
      ),
      'within-final': new RegExp(`once the jobs running at the budget had ended \\(t=1600\\)[\\s\\S]*${waitedForRunning.source}`),
    })
  })

  it('believing the abort stops the running jobs: awaits them, expecting rejections at the budget', () => {
    expectMisconception(results['expects-cancelled']!, {
      'within-budget': new RegExp(`resolved at t=1600 with \\[Paris, Lyon, "timeout", "timeout", "timeout"\\][\\s\\S]*${expectedCancelled.source}`),
      'within-final': expectedCancelled,
    })
  })

  it('no signal passed to executor.run: the fifth job runs after the call has settled', () => {
    expectMisconception(results['no-signal']!, {
      'within-removes-queued':
        /the fifth address \(Bordeaux\) was geocoded on worker 1 from t=1600 to t=2400, though geocodeWithin had settled at t=1000[\s\S]*without a signal/,
    })
    expect(check(results['no-signal']!, 'within-removes-queued').timeline!.actual).toContainEqual({
      lane: 'worker 1',
      label: 'job 5',
      start: 1600,
      end: 2400,
    })
  })

  it('the array resolved at the budget is the one the running jobs still write into', () => {
    expectMisconception(results['array-mutated']!, {
      'within-final':
        /resolved at t=1000 with \[Paris, Lyon, "timeout", "timeout", "timeout"\], and at t=1600[\s\S]*that same array became[\s\S]*the array geocodeWithin resolved with is final/,
    })
  })

  it('sleeping for the whole budget although every result was in at t=1600', () => {
    expectMisconception(results['waits-whole-budget']!, {
      'within-early':
        /resolved at t=2000 with \[Toulouse, Marseille, Bordeaux\], not when the last result arrived \(t=1600\)[\s\S]*waited for the whole budget/,
    })
  })

  it('async for CPU-bound work: every workload marked io', () => {
    expectMisconception(results['workload-all-io']!, {
      workload:
        /resizeImages: "io", hashPasswords: "io", compressLogs: "io"[\s\S]*all six workloads got the same answer[\s\S]*async\/await helps only the ones that wait/,
    })
  })

  it('async for CPU-bound work: hashing and compressing marked io', () => {
    expectMisconception(results['workload-cpu-as-io']!, {
      workload: /hashPasswords: "io", compressLogs: "io"[\s\S]*async\/await does not make computation faster[\s\S]*ProcessPoolExecutor/,
    })
  })
})

it("the workload key the check holds is the solution's, by its salted hashes only", () => {
  const file = readFileSync(join(kitRoot, WORKLOAD_KEY_FILE), 'utf8')
  expect(file, 'run npx tsx scripts/grader-data.ts').toBe(graderData()[WORKLOAD_KEY_FILE])
  expect(file).not.toMatch(/'(io|cpu)'/)
})
