// The task-group specs pass every correct style of group and newsletter, and tell each wrong one
// from a right one, saying why.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { check, expectMisconception, failedChecks, gradeEach, kitRoot, submissionsIn } from './support/grading.ts'

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('task-group', { ...submissionsIn('task-group'), stub: join(kitRoot, 'exercises/task-group/task-group.ts') })
})

const snapshot =
  /job 2, spawned by job 1 at t=1000 while the group was waiting, was still running when withTaskGroup settled at t=1000[\s\S]*wait until no task is left/
const closed = /spawn started job 3 at t=1000, after job 1 had failed at t=500[\s\S]*starts nothing/
const unhandled = /rejected with no handler[\s\S]*unhandled rejection: Error: job 2 failed: disk full[\s\S]*a rejection nobody awaits/

describe('task-group: correct styles score full, doing nothing scores 0', () => {
  it.each(['correct-counter', 'correct-class'])('%s', (name) => {
    expectMisconception(results[name]!, {})
  })

  it.each(['do-nothing-constant', 'do-nothing-empty', 'do-nothing-wait-then-return', 'stub'])('%s', (name) => {
    expect(results[name]!.points).toBe(0)
    expect(failedChecks(results[name]!)).toHaveLength(results[name]!.checks.length)
  })

  it('the stub says not implemented yet', () => {
    expect(check(results.stub!, 'group-waits').message).toMatch(/not implemented yet: withTaskGroup/)
    expect(check(results.stub!, 'newsletter-reports').message).toMatch(/not implemented yet: sendNewsletter/)
  })
})

describe('task-group misconceptions', () => {
  it('fire-and-forget spawn: the group settles with its body, the tasks outlive it (zombies)', () => {
    expectMisconception(results['fire-and-forget']!, {
      'group-waits':
        /settled at t=500, but job 1 ran until t=1000, job 2 ran until t=3000[\s\S]*outlived their group \(zombies\)[\s\S]*fired the task and forgot it/,
      'group-spawn-while-waiting': /settled at t=0, but job 1 ran until t=1000[\s\S]*forgot it/,
      'group-aborts-on-failure': /job 1 was never aborted when job 2 failed at t=1500[\s\S]*nothing aborted the other tasks/,
      'group-waits-for-cleanup': /resolved at t=0 with "body done", although job 2 failed at t=1500/,
      'group-real-cause': /resolved at t=0 with "body done", although job 2 failed/,
      'group-closed-after-failure': closed,
      'group-no-unhandled': unhandled,
      'newsletter-sends-all': /resolved at t=0, while clients, partners, press and staff were still being sent/,
      'newsletter-failure': /partners was never aborted when press failed at t=1500/,
      'newsletter-reporter-obeys': /called at t=2000, t=2500, [\s\S]*after sendNewsletter had settled/,
    })
    // What ran after the group had settled shows on its timeline.
    expect(check(results['fire-and-forget']!, 'group-waits').timeline!.actual).toContainEqual({ lane: 'job 2', label: 'job 2', start: 0, end: 3000 })
  })

  it('Promise.all: rejects at the first failure while the aborted tasks still clean up', () => {
    expectMisconception(results['promise-all']!, {
      'group-waits-for-cleanup':
        /withTaskGroup settled at t=1500 while the clean-ups were still running \(job 1 until t=1700 and job 3 until t=1700\)[\s\S]*Promise\.all settles at the first rejection/,
      'newsletter-failure':
        /sendNewsletter settled at t=1500 while the clean-ups were still running \(partners until t=1700 and staff until t=1700\)[\s\S]*Promise\.all/,
      // The failure is seen only once the body has returned, in a snapshot of the tasks.
      'group-aborts-on-failure': /job 1 was never aborted when job 2 failed at t=1500[\s\S]*the failure was noticed late/,
      'group-spawn-while-waiting': snapshot,
      'group-closed-after-failure': closed,
      'group-no-unhandled': unhandled,
    })
    const timeline = check(results['promise-all']!, 'group-waits-for-cleanup').timeline!
    expect(timeline.expected).toContainEqual({ lane: 'withTaskGroup', label: 'withTaskGroup', start: 0, end: 1700 })
    expect(timeline.actual).toContainEqual({ lane: 'job 1 clean-up', label: 'job 1 clean-up', start: 1500, end: 1700 })
  })

  it('Promise.allSettled: cancels nothing, rejects at t=3000', () => {
    expectMisconception(results['all-settled']!, {
      'group-aborts-on-failure': /job 1 was never aborted when job 2 failed at t=1500: it ran on until t=2000[\s\S]*Promise\.allSettled, say\) cancels none/,
      'group-waits-for-cleanup': /settled at t=3000, not at t=1700[\s\S]*cancels none/,
      'group-spawn-while-waiting': snapshot,
      'group-closed-after-failure': closed,
      'group-no-unhandled': unhandled,
      'newsletter-failure': /partners was never aborted when press failed at t=1500: it ran on until t=3000[\s\S]*cancels none/,
      'newsletter-reporter-obeys': /called at t=2000, t=2500[\s\S]*never learned it should stop/,
    })
  })

  it('rethrowing the AbortError of the aborts instead of the first failure', () => {
    expectMisconception(results['rethrows-abort-error']!, {
      'group-real-cause': /rejected at t=1700 with AbortError[\s\S]*not with the error job 2 failed with at t=1500[\s\S]*remember the first failure/,
      'newsletter-failure': /rejected at t=1700 with AbortError[\s\S]*not with the error press failed with/,
    })
  })

  it('a rejection nobody handles: started.finally(...)', () => {
    expectMisconception(results['unhandled-finally']!, { 'group-no-unhandled': /3 promises were rejected with no handler[\s\S]*\.finally\(\)/ })
  })

  it('spawn still starting tasks after the first failure', () => {
    expectMisconception(results['spawn-after-failure-starts']!, { 'group-closed-after-failure': closed })
  })

  it('waiting once for the tasks there are: a task spawned meanwhile is left running', () => {
    expectMisconception(results['snapshot-tasks']!, { 'group-spawn-while-waiting': snapshot })
  })

  it('a reporter that never stops: the group never ends', () => {
    expectMisconception(results['reporter-never-stops']!, {
      'newsletter-sends-all': /sendNewsletter never settled[\s\S]*reporting \(at t=3500, t=4000[\s\S]*the reporter never stops, so the group never ends/,
      'newsletter-reports': /called at t=3500, t=4000[\s\S]*after every list had been sent \(t=3000\)[\s\S]*never stops/,
    })
  })

  it('a reporter that swallows its abort and carries on keeps the group waiting', () => {
    expectMisconception(results['reporter-swallows-abort']!, {
      'newsletter-failure':
        /settled at t=2000, not at t=1700: after the abort the reporter went on \(reports at t=2000\)[\s\S]*caught its abort and carried on[\s\S]*must be obeyed/,
      'newsletter-reporter-obeys': /called at t=2000, after press had failed at t=1500[\s\S]*caught its abort and carried on/,
    })
  })

  it('a setInterval reporter outside the group outlives it after a failure', () => {
    expectMisconception(results['reporter-outside-group']!, {
      'newsletter-reporter-obeys': /called at t=2000, t=2500[\s\S]*after sendNewsletter had settled[\s\S]*outlived the group \(a zombie\)/,
    })
  })

  it('the names in the order the sends ended', () => {
    expectMisconception(results['sent-in-completion-order']!, {
      'newsletter-sends-all': /\{ sent: \["clients", "press", "staff", "partners"\] \}[\s\S]*order the sends ended/,
    })
  })

  it('awaiting each spawn: the lists go one after another', () => {
    expectMisconception(results['sends-one-after-another']!, {
      'newsletter-sends-all': /partners was sent only at t=1200[\s\S]*one after another/,
      'newsletter-failure': /press was sent only at t=4200[\s\S]*one after another/,
    })
  })
})
