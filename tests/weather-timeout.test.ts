// The weather-timeout specs pass every correct style of budget, and tell each wrong one
// from a right one, saying why.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { check, expectMisconception, failedChecks, feedbackText, gradeEach, kitRoot, submissionsIn } from './support/grading.ts'

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('weather-timeout', { ...submissionsIn('weather-timeout'), stub: join(kitRoot, 'exercises/weather-timeout/weather.ts') })
})

const sequential = /asked one after another \(server B only at t=1000\)/

describe('weather-timeout: correct styles score full', () => {
  it.each(['correct-abort-controller', 'correct-abortsignal-timeout', 'correct-promise-race'])('%s', (name) => {
    expectMisconception(results[name]!, {})
  })
})

describe('weather-timeout misconceptions', () => {
  it('Promise.race against a timer: the slow request is never aborted and replies at t=5000', () => {
    expectMisconception(results['race-without-abort']!, {
      'all-aborts-pending':
        /server B was not aborted at the deadline \(t=3000\): its request kept running and replied at t=5000[\s\S]*Promise\.race[\s\S]*abort it at the deadline/,
      'all-failure': /server B was not aborted at the failure of server A \(t=1000\)[\s\S]*abort it when a server fails/,
      'available-aborts-pending': /server B was not aborted at the deadline \(t=3000\)[\s\S]*replied at t=5000/,
    })
    const timeline = check(results['race-without-abort']!, 'all-aborts-pending').timeline!
    expect(timeline.actual).toContainEqual({ lane: 'server B', label: 'server B', start: 0, end: 5000 })
    expect(timeline.expected).toContainEqual({ lane: 'server B', label: 'server B', start: 0, end: 3000 })
  })

  it('a timeout per request, one after another: times add up, the budget applies per request', () => {
    expectMisconception(results['sequential-timeouts']!, {
      'all-in-order': new RegExp(`resolved at t=4000, not when the last server replied \\(t=2500\\)[\\s\\S]*${sequential.source}`),
      'all-timeout-at-budget': new RegExp(`rejected at t=4000, not at the deadline \\(t=3000[\\s\\S]*${sequential.source}`),
      'all-aborts-pending': new RegExp(`server B was aborted at t=4000, after the deadline \\(t=3000\\)[\\s\\S]*${sequential.source}`),
      // Server C fails at t=500, but the loop reaches it only after A and B.
      'all-failure': new RegExp(`never asked server C, and rejected at t=4000 with TimeoutError[\\s\\S]*${sequential.source}`),
      'available-keeps-arrived': new RegExp(`resolved at t=4500, not at t=3000[\\s\\S]*${sequential.source}`),
      'available-aborts-pending': new RegExp(`aborted at t=4000[\\s\\S]*${sequential.source}`),
      'available-early': new RegExp(`resolved at t=4000, not at t=2500[\\s\\S]*${sequential.source}`),
      'available-error': new RegExp(`resolved at t=4500, not at t=3000[\\s\\S]*${sequential.source}`),
    })
  })

  it('waiting for every server, then comparing the elapsed time: settles at t=5000', () => {
    expectMisconception(results['wait-then-check-elapsed']!, {
      'all-timeout-at-budget':
        /rejected at t=5000, not at the deadline \(t=3000[\s\S]*waited for every server \(server B replied at t=5000\) and only then looked at the clock/,
      'all-aborts-pending': /server B was not aborted[\s\S]*without a signal/,
      'all-failure': /server B was not aborted at the failure of server A[\s\S]*without a signal/,
      'available-keeps-arrived': /resolved at t=5000, not at t=3000[\s\S]*only then looked at the clock/,
      'available-aborts-pending': /server B was not aborted[\s\S]*without a signal/,
      'available-error': /resolved at t=5000, not at t=3000[\s\S]*only then looked at the clock/,
    })
  })

  it('best effort built on all or nothing: the forecasts that arrived are lost', () => {
    expectMisconception(results['available-all-or-nothing']!, {
      'available-keeps-arrived': /server A's forecast arrived at t=1000, but was reported as A: "timeout"[\s\S]*forecasts that did arrive were lost/,
      'available-error': /server C's forecast arrived at t=500, but was reported as C: "error"[\s\S]*forecasts that did arrive were lost/,
    })
  })

  it('all or nothing swallowing a failing server: rejects with a TimeoutError at t=3000', () => {
    expectMisconception(results['swallows-server-error']!, {
      'all-failure': /rejected at t=3000 with TimeoutError[\s\S]*not with the error server A failed with at t=1000[\s\S]*failure of server A was swallowed/,
    })
  })

  it("rejecting with the first rejection in the order of servers: when server C fails first, that is A's AbortError", () => {
    expectMisconception(results['rejects-first-in-input-order']!, {
      'all-failure':
        /rejected at t=500 with AbortError[\s\S]*not with the error server C failed with at t=500[\s\S]*server C is not the first server of the list[\s\S]*not with the first rejection in the order of servers/,
    })
  })

  it('best effort reporting a failing server as "timeout"', () => {
    expectMisconception(results['error-reported-as-timeout']!, {
      'available-error': /server A failed at t=1000, but was reported as A: "timeout"[\s\S]*tell a failure from a timeout/,
    })
  })

  it("settling first and aborting later, from an unref'd timer: the late aborts do not count", () => {
    expectMisconception(results['aborts-after-settling']!, {
      'all-aborts-pending': /server B was aborted at t=3001, only after the call had settled, by a timer left running/,
      'all-failure': /server B was aborted at t=1000, only after the call had settled, by a timer left running[\s\S]*not from a timer afterwards/,
    })
  })

  it('best effort rejecting as a whole when a server fails', () => {
    expectMisconception(results['available-rejects-on-error']!, {
      'available-error': /rejected at t=1000 with Error: server A answered 503[\s\S]*server A's failure made the whole call reject/,
    })
  })

  it('a budget timer never cleared: still pending once the call settled', () => {
    expectMisconception(results['budget-timer-left']!, {
      'all-no-timer-left': /resolved at t=2500, before the budget ran out, and left a timer of its own pending[\s\S]*clearTimeout/,
    })
  })

  it('best effort waiting for the whole budget although every server replied at t=2500', () => {
    expectMisconception(results['available-waits-full-budget']!, {
      'available-early': /resolved at t=3000, not at t=2500 \(the last reply\)[\s\S]*settle as soon as the last reply arrives/,
    })
  })

  it('results collected in arrival order', () => {
    expectMisconception(results['arrival-order']!, {
      'all-in-order': /resolved with \[forecast C, forecast A, forecast B\][\s\S]*in the order they arrived/,
      'available-keeps-arrived': /entries in the order C, A, B, not A, B, C[\s\S]*keep the order of servers/,
      'available-early': /entries in the order C, A, B/,
      'available-error': /entries in the order C, A, B/,
    })
  })

  it('aborting only the first request still pending: with every server late, the others keep running', () => {
    expectMisconception(results['aborts-first-pending-only']!, {
      'all-aborts-pending':
        /server C was not aborted at the deadline \(t=2000\): its request kept running and replied at t=3500[\s\S]*server A was aborted, but not server C: abort every request still pending, not just one of them/,
      'all-failure': /server B was not aborted at the failure of server C \(t=500\)[\s\S]*server A was aborted, but not server B/,
      'available-aborts-pending': /server B was never aborted: after the deadline \(t=2000\)[\s\S]*server A was aborted, but not server B/,
    })
  })

  it('a polling timer stopped on every ending but the deadline: still ticking once the call has rejected', () => {
    expectMisconception(results['ticker-left-after-deadline']!, {
      'all-no-timer-left':
        /rejected at t=3000, when the budget ran out, and left a timer of its own pending[\s\S]*1 timer still pending at t=3000[\s\S]*timeout included \(clearTimeout or clearInterval in a finally\)/,
    })
  })

  it('aborting without a reason: the requests reject with an AbortError, taken for an error', () => {
    expectMisconception(results['aborts-without-reason']!, {
      'all-timeout-at-budget': /rejected at t=3000 with AbortError: This operation was aborted, not with a TimeoutError[\s\S]*abort\(\) without a reason/,
      'available-keeps-arrived':
        /server B was still pending at the deadline \(t=3000\), but was reported as B: "error"[\s\S]*an AbortError when abort\(\) is given none/,
      'available-error': /server B was still pending at the deadline \(t=3000\), but was reported as B: "error"/,
    })
  })

  it("best effort with the statement's 3000 ms written in: with a budget of 2000 ms, aborted too late", () => {
    expectMisconception(results['available-hard-coded-budget']!, {
      'available-aborts-pending':
        /server A was not aborted at the deadline \(t=2000\): its request kept running and replied at t=2500[\s\S]*the budget is the budgetMs parameter \(2000 ms here\), not the statement's 3000 ms/,
    })
  })

  it('results sorted by server name: wrong as soon as servers do not come sorted', () => {
    expectMisconception(results['sorted-by-name']!, {
      'all-in-order':
        /resolved with \[forecast A, forecast B, forecast C\][\s\S]*resolves at t=2500 with \[forecast B, forecast C, forecast A\][\s\S]*sorted by server name/,
      'available-error': /entries in the order A, B, C, not B, C, A[\s\S]*sorted by server name: keep the order servers came in \(B, C, A here\)/,
    })
  })
})

describe('weather-timeout: a bug that throws is named as such', () => {
  it('forEach instead of map: Promise.all gets undefined, and every check says so', () => {
    const result = results['foreach-instead-of-map']!
    const bug = /rejected at t=0 with TypeError: undefined is not iterable[\s\S]*servers\.forEach\(\.\.\.\) returns undefined/
    expectMisconception(result, Object.fromEntries(result.checks.map((candidate) => [candidate.id, bug])))
  })
})

describe('weather-timeout: every failure says what was expected, and quotes no stack trace', () => {
  it.each([...Object.keys(submissionsIn('weather-timeout')), 'stub'])('%s', (name) => {
    for (const failed of results[name]!.checks.filter((candidate) => candidate.status === 'failed')) {
      expect(failed.expected, `${name} ${failed.id}`).toBeTruthy()
      expect(feedbackText(results[name]!, failed.id), `${name} ${failed.id}`).not.toMatch(/^\s+at /m)
    }
  })
})

/** A do-nothing submission earns nothing: every check fails. */
function expectNothingEarned(result: ExerciseResult): void {
  expect(result.points).toBe(0)
  expect(failedChecks(result)).toEqual(result.checks.map((candidate) => candidate.id))
}

describe('weather-timeout: do-nothing submissions score 0 on every check', () => {
  it.each(['do-nothing-empty', 'do-nothing-wait-then-throw', 'do-nothing-constants'])('%s', (name) => {
    expectNothingEarned(results[name]!)
  })

  it('waiting the budget, then throwing a TimeoutError without asking any server: no request to time out or abort', () => {
    const result = results['do-nothing-wait-then-throw']!
    expect(feedbackText(result, 'all-timeout-at-budget')).toMatch(
      /fetchAllWithin asked no server, and rejected at t=3000 with TimeoutError[\s\S]*server B still pending when the budget runs out[\s\S]*no request made/,
    )
    expect(feedbackText(result, 'all-aborts-pending')).toMatch(/asked no server[\s\S]*server B still pending at the deadline \(t=3000\), and aborted then/)
  })

  it('resolving at once with nothing: nothing was asked, so no timer left proves nothing', () => {
    expect(feedbackText(results['do-nothing-empty']!, 'all-no-timer-left')).toMatch(/fetchAllWithin asked no server, and resolved at t=0 with undefined/)
  })
})
