// The toaster specs tell each wrong breakfast from a right one, and say why.
import { beforeAll, describe, expect, it } from 'vitest'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { check, expectMisconception, failedChecks, feedbackText, gradeEach, submissionsIn } from './support/grading.ts'

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('toaster', submissionsIn('toaster'))
})

describe('toaster misconceptions', () => {
  it('awaiting each step in breakfastConcurrent: coffee starts at t=2000', () => {
    expectMisconception(results['concurrent-awaits-each']!, {
      'concurrent-start': /coffee started at t=2000[\s\S]*you awaited the toast before starting the coffee/,
      'concurrent-result': /resolved at t=4000[\s\S]*one after the other/,
      'main-runs-both': /main must run breakfastSequential, then breakfastConcurrent/,
      'main-prints-times': /printed 4\.00 then 4\.00[\s\S]*did not run at the same time/,
      'main-measures': /printed 4\.25 then 4\.25/,
    })
    expect(check(results['concurrent-awaits-each']!, 'concurrent-start').timeline?.actual).toEqual([
      { lane: 'toast', label: 'toast', start: 0, end: 2000 },
      { lane: 'coffee', label: 'coffee', start: 2000, end: 4000 },
    ])
  })

  it('a missing await in breakfastSequential: coffee overlaps the toast, a Promise in the result', () => {
    expectMisconception(results['sequential-missing-await']!, {
      'sequential-order': /coffee started at t=0, while the toast was still toasting[\s\S]*the toast was not awaited/,
      'sequential-result': /resolved at t=2000 with \[a Promise, "hot coffee"\][\s\S]*missing await/,
      'main-runs-both': /made toast 0-2000, coffee 0-2000[\s\S]*fix those first/,
      'main-prints-times': /printed 2\.00 then 2\.00/,
      'main-measures': /printed 3\.00 then 3\.00/,
    })
  })

  it('returning the promises from breakfastConcurrent: resolves at t=0 before breakfast is ready', () => {
    expectMisconception(results['concurrent-missing-await']!, {
      'concurrent-result': /resolved at t=0 with \[a Promise, a Promise\], before breakfast was ready[\s\S]*missing await/,
      'main-runs-both': /main resolved at t=4000 while the toast and the coffee were still being made[\s\S]*does not await its breakfasts/,
      'main-prints-times': /printed 4\.00 then 0\.00[\s\S]*read before the breakfast was ready/,
      'main-measures': /printed 4\.25 then 0\.00/,
    })
  })

  it('busy-waiting for the breakfast: blocked event loop, stopped by the watchdog', () => {
    expectMisconception(results['busy-wait']!, {
      'concurrent-start': /breakfastConcurrent blocked the event loop[\s\S]*busy-wait/,
      'concurrent-result': /breakfastConcurrent blocked the event loop/,
      'main-runs-both': /main blocked the event loop/,
      'main-prints-times': /main blocked the event loop/,
      'main-measures': /main blocked the event loop/,
    })
    expect(check(results['busy-wait']!, 'concurrent-start').outcome).toBe('killed')
  })

  it('reading the clock before awaiting: prints 0.00', () => {
    expectMisconception(results['timed-before-await']!, {
      'main-prints-times': /printed 0\.00 then 0\.00[\s\S]*await the breakfast, then read the clock/,
      'main-measures': /printed 0\.00 then 0\.00/,
    })
  })

  it('one start time for both breakfasts: prints 6.00 for the second', () => {
    expectMisconception(results['timer-not-reset']!, {
      'main-prints-times': /printed 4\.00 then 6\.00[\s\S]*start time was not reset/,
      'main-measures': /printed 4\.25 then 7\.25[\s\S]*start time was not reset/,
    })
  })

  it('times written into the code: right with the usual kitchen, wrong with another', () => {
    expectMisconception(results['hard-coded-times']!, {
      'main-measures': /with a 1\.25 s toast and a 3 s coffee, main printed 4\.00 then 2\.00 instead of 4\.25 then 3\.00[\s\S]*written into the code/,
    })
  })

  it('a decimal comma (4,00): the feedback names the comma, not a missing print', () => {
    expectMisconception(results['decimal-comma']!, {
      'main-prints-times': /main printed 0 elapsed times; expected 2[\s\S]*decimal comma \(4,00\): write them with a decimal point \(4\.00\)/,
      'main-measures': /main printed 0 elapsed times; expected 2[\s\S]*decimal comma/,
    })
  })

  it('the Python habit, both called then each awaited: the feedback says a TypeScript async function starts when called', () => {
    expectMisconception(results['sequential-python-style']!, {
      'sequential-order':
        /the coffee started at t=0, while the toast was still toasting[\s\S]*starts when it is called, not when it is awaited as a Python coroutine would/,
      'sequential-result': /resolved at t=2000[\s\S]*Python coroutine/,
      'main-runs-both': /main made toast 0-2000, coffee 0-2000/,
      'main-prints-times': /main printed 2\.00 then 2\.00 instead of 4\.00 then 2\.00/,
      'main-measures': /main printed 3\.00 then 3\.00 instead of 4\.25 then 3\.00/,
    })
  })
})

/** A do-nothing submission earns nothing: every check fails. */
function expectNothingEarned(result: ExerciseResult): void {
  expect(result.points).toBe(0)
  expect(failedChecks(result)).toEqual(result.checks.map((candidate) => candidate.id))
}

describe('toaster: do-nothing submissions score 0 on every check', () => {
  it.each(['do-nothing-empty', 'do-nothing-constants', 'do-nothing-waits'])('%s', (name) => {
    expectNothingEarned(results[name]!)
  })

  it('printing the two times without running a breakfast: main made nothing', () => {
    expect(feedbackText(results['do-nothing-constants']!, 'main-prints-times')).toMatch(
      /main printed 4\.00 then 2\.00 without running both breakfasts: the kitchen made nothing[\s\S]*main runs both breakfasts/,
    )
  })

  it('waiting as long as a breakfast takes, then returning constants: nothing was made', () => {
    expect(feedbackText(results['do-nothing-waits']!, 'sequential-result')).toMatch(
      /resolved at t=4000 with \["golden toast", "hot coffee"\] without making the toast or the coffee: it never called kitchen\.toastBread\(\)/,
    )
  })
})
