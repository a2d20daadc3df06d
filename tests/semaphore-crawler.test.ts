// The semaphore-crawler specs pass every correct style and tell each wrong crawler or
// limiter from a right one, and say why.
import { beforeAll, describe, expect, it } from 'vitest'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { check, expectMisconception, failedChecks, feedbackText, gradeEach, submissionsIn } from './support/grading.ts'

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('semaphore-crawler', submissionsIn('semaphore-crawler'))
})

describe('semaphore-crawler: correct styles score full', () => {
  it('crawl with a pool of workers taking the next index; an async/await limiter', () => {
    expectMisconception(results['correct-worker-pool']!, {})
  })

  it('crawl through its own createLimiter; a linked-list limiter started in a microtask', () => {
    expectMisconception(results['correct-limiter-crawl']!, {})
  })
})

describe('semaphore-crawler: crawl misconceptions', () => {
  it('no limit: the server bans the client at t=0 with 10 downloads in flight', () => {
    expectMisconception(results['no-limit']!, {
      'crawl-within-limit': /banned the client at t=0[\s\S]*up to 10 downloads in flight[\s\S]*every download was started at once/,
      'crawl-default-limit': /banned the client at t=0[\s\S]*up to 7 downloads in flight[\s\S]*default, limit = 3/,
    })
  })

  it('fixed batches: a slot idles 2000 ms while the slow page of its group finishes', () => {
    expectMisconception(results['fixed-batches']!, {
      'crawl-reuses-slots':
        /from t=1000 only 1 of 2 slots was busy while page 27 waited; it started at t=3000, a slot idle for 2000 ms[\s\S]*fixed groups of 2/,
    })
    expect(check(results['fixed-batches']!, 'crawl-reuses-slots').timeline?.expected).toContainEqual({
      lane: 'slot 2',
      label: 'page 27',
      start: 1000,
      end: 2000,
    })
  })

  it('the limit argument ignored: banned with 3 in flight when the limit is 2', () => {
    expectMisconception(results['ignores-limit']!, {
      'crawl-within-limit': /limit 2: the server banned the client at t=0, when 3 downloads were in flight[\s\S]*limit argument is ignored/,
    })
  })

  it('a permit kept by a failed download: deadlock with the blocked semaphore named', () => {
    expectMisconception(results['permit-kept-on-failure']!, {
      'crawl-failures':
        /crawl never settled: at t=5000[\s\S]*deadlock[\s\S]*2 tasks wait on a Semaphore\(3\) with 0 of 3 permits free[\s\S]*pages 1, 4, 7 failed and never gave back their slots[\s\S]*finally/,
    })
    expect(check(results['permit-kept-on-failure']!, 'crawl-failures').outcome).toBe('deadlock')
  })

  it('Promise.all: the first failed download rejects the whole crawl', () => {
    expectMisconception(results['promise-all']!, {
      'crawl-failures': /crawl rejected at t=1000 with Error: page 1: 503 Service Unavailable[\s\S]*Promise\.allSettled/,
    })
  })
})

describe('semaphore-crawler: limiter misconceptions', () => {
  it('a stack instead of a queue: the newest task goes first', () => {
    expectMisconception(results['limiter-lifo']!, {
      'limiter-fifo': /task F started at t=1000 before task C, which was queued earlier and started only at t=3000[\s\S]*last-in first-out/,
    })
  })

  it('a rejecting task keeps its slot', () => {
    expectMisconception(results['limiter-reject-leak']!, {
      'limiter-rejects': /task B rejected at t=500, but its slot was not freed: task C waited until t=1000[\s\S]*however the task ends/,
    })
  })

  it('a rejecting task frees its slot twice (a catch and a finally): more than limit tasks run at once', () => {
    expectMisconception(results['limiter-double-release']!, {
      'limiter-limit':
        /createLimiter\(2\) ran 4 tasks at once at t=500 \(task A, task C, task E, task F\); the limit is 2[\s\S]*task B rejected at t=500, and its slot was freed more than once[\s\S]*count a task down exactly once/,
    })
  })

  it('a task that throws synchronously keeps its slot and its call never settles', () => {
    expectMisconception(results['limiter-sync-throw-leak']!, {
      'limiter-sync-throw':
        /task D threw when it was called at t=1000, but its slot was not freed: task E waited until t=1500[\s\S]*limit\(task D\) never settled[\s\S]*throws synchronously/,
    })
  })

  it("built on #runtime's Semaphore: the tasks are seen waiting on it", () => {
    expectMisconception(results['limiter-uses-semaphore']!, {
      'limiter-own-queue': /queued on #runtime's semaphore: 4 tasks wait on a Semaphore\(2\)[\s\S]*write the queue yourself/,
    })
  })

  it("Array.shift queue: each hand-over moves the whole queue, many times the cost of #runtime's Semaphore", () => {
    expectMisconception(results['limiter-shift-queue']!, {
      'limiter-100k': new RegExp(
        `^${tooSlow('handing the slots over to')}\\nat most 5 times #runtime's Semaphore, plus 150 ms: \\d+ ms here\\n\\d+ ms of CPU for [\\d,]+ tasks, then the grader stopped feeding it\\neach hand-over costs time proportional to the number of waiting tasks: Array\\.shift`,
      ),
    })
  })

  it.each([
    ['limiter-slice-queue', 'a new array per hand-over (slice)'],
    ['limiter-find-scan', 'a scan past the tasks started (find)'],
    ['limiter-wake-all', 'every waiting task woken at each hand-over'],
  ])("%s, %s: stopped once past 5 times #runtime's Semaphore, the hand-overs blamed", (name) => {
    expectMisconception(results[name]!, {
      'limiter-100k': new RegExp(`^${tooSlow('handing the slots over to')}[\\s\\S]*copying or scanning the queue, or waking every waiting task`),
    })
  })

  it("a new array per call (spread): stopped once past 5 times #runtime's Semaphore, the queueing blamed", () => {
    expectMisconception(results['limiter-spread-queue']!, {
      'limiter-100k': new RegExp(
        `^${tooSlow('queueing')}[\\s\\S]*each limit\\(\\) call takes time proportional to the number of tasks already waiting: unshift and splice`,
      ),
    })
  })
})

/** The start of limiter-100k's verdict on a slow limiter, `what` the phase it was stopped in. */
function tooSlow(what: string): string {
  return `createLimiter\\(10\\) is too slow with 100,000 queued tasks: ${what} the first [\\d,]+ of them took \\d+ ms of CPU, \\d+(\\.\\d)? times as long as #runtime's Semaphore in the same run \\(\\d+(\\.\\d)? ms for as many\\)`
}

/** A do-nothing submission earns nothing: every check fails. */
function expectNothingEarned(result: ExerciseResult): void {
  expect(result.points).toBe(0)
  expect(failedChecks(result)).toEqual(result.checks.map((candidate) => candidate.id))
}

describe('semaphore-crawler: do-nothing submissions score 0 on every check', () => {
  it.each(['do-nothing-empty', 'do-nothing-constants', 'do-nothing-waits'])('%s', (name) => {
    expectNothingEarned(results[name]!)
  })

  it('a crawl that downloads nothing is not within the limit: it did no download at all', () => {
    expect(feedbackText(results['do-nothing-empty']!, 'crawl-within-limit')).toMatch(
      /crawl of 10 pages of 1000 ms with limit 3 downloaded no page: expected 10 downloads, at most 3 at a time/,
    )
    expect(feedbackText(results['do-nothing-constants']!, 'crawl-results')).toMatch(
      /downloaded no page[\s\S]*crawl resolved at t=0 with \[\{ status: "fulfilled"/,
    )
  })

  it('a limiter that runs nothing: no limit, order or queue to judge', () => {
    const result = results['do-nothing-empty']!
    expect(feedbackText(result, 'limiter-fifo')).toMatch(
      /createLimiter\(2\) ran none of the 9 tasks handed to it[\s\S]*limit\(task A\) resolved at t=0 with undefined/,
    )
    expect(feedbackText(result, 'limiter-own-queue')).toMatch(/ran none of the 9 tasks handed to it/)
    expect(feedbackText(result, 'limiter-100k')).toMatch(/all 100,000 calls of createLimiter\(10\) settled, but only 0 of their tasks ran/)
  })
})

describe('semaphore-crawler: the misconceptions of the results and of the limit', () => {
  it('results pushed as the downloads end: in completion order, not the order of ids', () => {
    expectMisconception(results['results-in-completion-order']!, {
      'crawl-results': /result 0 is [\s\S]*id: 12[\s\S]*expected [\s\S]*id: 31[\s\S]*not the order the downloads finished/,
    })
  })

  it('an off-by-one in the limiter: limit + 1 tasks at once', () => {
    expectMisconception(results['limiter-off-by-one']!, {
      'limiter-limit': /createLimiter\(2\) ran 3 tasks at once at t=0 \(task A, task B, task C\); the limit is 2[\s\S]*off-by-one[\s\S]*running < limit/,
    })
  })
})
