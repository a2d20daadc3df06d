// How the checks judge the submission's createLimiter: from the calls' reports (how and
// when each limit(task) settled) and the tasks' spans (when each task ran).
import { show } from '../../sandbox/plain.ts'
import { peakOverlap, type Span } from '../../sandbox/trace.ts'
import { explainOutcome } from '../feedback.ts'
import type { Run } from '../run.ts'
import type { CallReport } from './calls.jail.ts'
import { describeIdle, firstIdleSlot, greedySchedule, listSpans as listOf, type Job } from './judge-schedule.ts'
import {
  yardstickMsFor,
  allowanceMs,
  LIMITER_FAILURES,
  LIMITER_ORDER,
  MANY_TASKS,
  rejectionOf,
  resultOf,
  SEMAPHORE_LANE,
  taskLabel,
  throwOf,
  type TaskPlan,
} from './params.shared.ts'
import { T } from './texts.ts'
import type { Throughput } from './throughput.jail.ts'

export interface LimiterSetup {
  name: string
  limit: number
  plans: TaskPlan[]
  /** What a correct limiter does: the jobs, handed over when the scenario hands them over. */
  expected: Span[]
}

type Calls = Run<CallReport[]>

function jobsOf(plans: TaskPlan[], readyAt: number): Job[] {
  return plans.map((plan) => ({ label: taskLabel(plan.name), ms: plan.ms, readyAt }))
}

function orderSetup(): LimiterSetup {
  const { limit, firstWave, secondWave } = LIMITER_ORDER
  const first = greedySchedule(jobsOf(firstWave, 0), limit)
  const secondAt = Math.max(...first.map((span) => span.end ?? 0))
  const expected = greedySchedule([...jobsOf(firstWave, 0), ...jobsOf(secondWave, secondAt)], limit)
  return { name: `createLimiter(${limit})`, limit, plans: [...firstWave, ...secondWave], expected }
}

export const LIMITERS = {
  order: orderSetup(),
  failures: {
    name: `createLimiter(${LIMITER_FAILURES.limit})`,
    limit: LIMITER_FAILURES.limit,
    plans: LIMITER_FAILURES.tasks,
    expected: greedySchedule(jobsOf(LIMITER_FAILURES.tasks, 0), LIMITER_FAILURES.limit),
  },
}

const listSpans = (spans: Span[]) => listOf(spans, T.noTaskRan)
const labels = (spans: Span[]) => spans.map((span) => T.label(span.label)).join(', ')
const spanOf = (run: Calls, task: string) => run.spans.find((span) => span.label === taskLabel(task))

/** The jobs as the run handed them over: each task ready when limit(task) was called. */
function actualJobs(reports: CallReport[], limiter: LimiterSetup): Job[] {
  return reports.map((report) => {
    const plan = limiter.plans.find((candidate) => candidate.name === report.task)!
    return { label: taskLabel(plan.name), ms: plan.ms, readyAt: report.calledAt }
  })
}

function describeEnding(report: CallReport): string {
  const call = `limit(task ${report.task})`
  switch (report.ended) {
    case 'pending':
      return T.neverSettled(call)
    case 'threw':
      return T.threwInstead(call, show(report.value))
    default:
      return T.callSettled(call, report.ended, report.at, show(report.value))
  }
}

const errorMessage = (value: unknown) => (typeof value === 'object' && value !== null && 'message' in value ? value.message : undefined)

/**
 * What a limiter check says about the tasks holds only if they ran: every task handed to
 * limit() was started. Otherwise fails, saying how many ran and how the first lost call ended.
 */
function judgeEveryTaskRan(run: Calls, limiter: LimiterSetup): CallReport[] {
  const { value: reports } = run.resolved('createLimiter')
  const lost = reports.filter((report) => !spanOf(run, report.task))
  if (lost.length === 0) return reports
  const [total, ran, first] = [reports.length, reports.length - lost.length, lost[0]!]
  const expected = T.everyTaskExpected(limiter.limit)
  run.fail(
    {
      message: ran === 0 ? T.ranNone(limiter.name, total, expected) : T.ranSome(limiter.name, ran, total, first.task, expected),
      expected: listSpans(limiter.expected),
      actual: T.withSpans(listSpans(run.spans), describeEnding(first)),
      mistake: T.mustRunTask,
    },
    limiter.expected,
  )
}

/**
 * Never more than `limit` tasks at once. Judged in every limiter scenario where tasks run,
 * the one where tasks fail included: a slot given back twice shows only there.
 */
export function judgeLimiterWithinLimit(run: Calls, limiter: LimiterSetup): void {
  // A task that threw when called held no slot for any time: its empty span would count as
  // open beside the ones that start at that instant.
  const peak = peakOverlap(run.spans.filter((span) => span.end !== span.start))
  if (peak.count <= limiter.limit) return
  // A task that rejected or threw before the peak, when the limiter had been within its limit until then.
  const failedBefore = limiter.plans
    .filter((plan) => plan.ends !== 'resolves')
    .map((plan) => ({ plan, end: spanOf(run, plan.name)?.end ?? Infinity }))
    .filter(({ end }) => end <= peak.at)
    .sort((a, b) => a.end - b.end)[0]
  run.fail(
    {
      message: T.ranAtOnce(limiter.name, peak.count, peak.at, labels(peak.open), limiter.limit),
      expected: listSpans(limiter.expected),
      actual: listSpans(run.spans),
      mistake: failedBefore
        ? T.freedTwice(failedBefore.plan.name, failedBefore.plan.ends === 'rejects' ? T.rejected : T.threwWhenCalled, failedBefore.end)
        : T.countRunning,
    },
    limiter.expected,
  )
}

/** At most `limit` tasks at once, the next one as soon as a slot frees, each call settling like its task. */
export function judgeLimit(run: Calls, limiter: LimiterSetup): void {
  const reports = judgeEveryTaskRan(run, limiter)
  const said = { expected: listSpans(limiter.expected), actual: listSpans(run.spans) }
  const peak = peakOverlap(run.spans)
  if (peak.count > limiter.limit) {
    run.fail(
      {
        ...said,
        message: T.ranAtOnce(limiter.name, peak.count, peak.at, labels(peak.open), limiter.limit),
        mistake: peak.count === limiter.limit + 1 && peak.at === 0 ? T.offByOne : T.countRunning,
      },
      limiter.expected,
    )
  }
  const idle = firstIdleSlot(run.spans, actualJobs(reports, limiter), limiter.limit)
  if (idle) run.fail({ ...said, message: T.about(limiter.name, describeIdle(idle, limiter.limit)), mistake: T.startNextAtOnce }, limiter.expected)
  for (const report of reports) {
    const end = spanOf(run, report.task)?.end
    if (report.ended === 'resolved' && report.value === resultOf(report.task) && report.at === end) continue
    run.fail(
      {
        ...said,
        message: describeEnding(report),
        expected: T.resolvesWithTask(report.task, show(resultOf(report.task)), end),
        actual: describeEnding(report),
        mistake: report.ended === 'resolved' && report.value !== resultOf(report.task) ? T.resolveWithTaskValue : T.settleWhenTaskDoes,
      },
      limiter.expected,
    )
  }
}

/** Tasks start in the order limit() was called. */
export function judgeFirstComeFirstServed(run: Calls, limiter: LimiterSetup): void {
  const reports = judgeEveryTaskRan(run, limiter)
  const spans = run.spans
  const order = reports.map((report) => taskLabel(report.task))
  const jumped = spans.findIndex((span, index) => span.label !== order[index])
  if (jumped < 0) return
  const early = spans[jumped]!
  const skipped = order[jumped]!
  const waitingThen = reports.filter(
    (report) => report.calledAt <= early.start && !spans.slice(0, jumped).some((span) => span.label === taskLabel(report.task)),
  )
  const newest = waitingThen.at(-1)
  const servedNewestFirst = newest !== undefined && taskLabel(newest.task) === early.label && waitingThen.length > 1
  run.fail(
    {
      message: T.jumpedQueue(limiter.name, early.label, early.start, skipped, spans.find((span) => span.label === skipped)?.start),
      expected: T.inCallOrder(order.map(T.label).join(', ')),
      actual: T.startedInOrder(labels(spans)),
      mistake: servedNewestFirst ? T.lastInFirstOut : T.firstComeFirstServed,
    },
    limiter.expected,
  )
}

/**
 * When task `name` ended (rejected or threw), did the next waiting task take its slot at
 * once? A leaked slot leaves the limiter short for the rest of the run, so the check
 * blames a task only when the FIRST idle instant is the one it ended at.
 */
function judgeSlotHandedOn(run: Calls, limiter: LimiterSetup, ends: TaskPlan['ends'], how: string, mistake: string): void {
  const { value: reports } = run.resolved('createLimiter')
  const name = limiter.plans.find((plan) => plan.ends === ends)!.name
  const said = { expected: listSpans(limiter.expected), actual: listSpans(run.spans) }
  const end = spanOf(run, name)?.end
  if (end === undefined) run.fail({ ...said, message: T.neverRanYet(limiter.name, name), mistake: T.firstRunEveryTask }, limiter.expected)
  const report = reports.find((candidate) => candidate.task === name)!
  const idle = firstIdleSlot(run.spans, actualJobs(reports, limiter), limiter.limit)
  if (idle && idle.from === end) {
    run.fail(
      {
        ...said,
        message: T.slotNotFreed(limiter.name, name, how, end, idle.waiting, idle.startedAt, idle.busy, limiter.limit),
        actual: T.withSpans(listSpans(run.spans), describeEnding(report)),
        mistake,
      },
      limiter.expected,
    )
  }
  const expectedError = ends === 'rejects' ? rejectionOf(name) : throwOf(name)
  if (report.ended !== 'rejected' || errorMessage(report.value) !== expectedError) {
    run.fail(
      {
        ...said,
        message: describeEnding(report),
        expected: T.rejectsWithTaskError(name, end, expectedError),
        actual: describeEnding(report),
        mistake: T.rejectLikeTask,
      },
      limiter.expected,
    )
  }
}

export function judgeRejectingTask(run: Calls, limiter: LimiterSetup): void {
  judgeSlotHandedOn(run, limiter, 'rejects', T.rejected, T.rejectingKeepsSlot)
}

export function judgeThrowingTask(run: Calls, limiter: LimiterSetup): void {
  judgeSlotHandedOn(run, limiter, 'throws', T.threwWhenCalled, T.syncThrowSkips)
}

/** The limiter keeps its own queue: no task waits on #runtime's Semaphore or Lock. */
export function judgeOwnQueue(run: Calls, limiter: LimiterSetup): void {
  judgeEveryTaskRan(run, limiter)
  const seen = run.events(SEMAPHORE_LANE)[0]
  if (seen) run.fail({ message: T.queuedOnRuntime(seen.label), expected: T.ownQueueExpected, actual: seen.label, mistake: T.writeTheQueue })
}

/** "6.7", "21", "782": one decimal below 10, where it tells 4.9 from 5.1. */
const roughly = (value: number) => (value < 10 ? value.toFixed(1) : String(Math.round(value)))

/**
 * 100,000 tasks queued at once all go through, at a cost within a few times #runtime's
 * Semaphore's, measured in the same run: a slow queue was fed no more when it went past that.
 */
export function judgeManyTasks(run: Run<Throughput>): void {
  const { count, limit } = MANY_TASKS
  const limiter = `createLimiter(${limit})`
  if (run.outcome.kind === 'runaway') run.fail({ ...explainOutcome(run, 'createLimiter'), mistake: T.pollsWithTimers })
  const { value: result } = run.resolved('createLimiter')
  const all = T.counted(count)
  if (result.over) {
    const yours = result.yours[result.over]
    const yardstickMs = yardstickMsFor(result.yardstick[result.over], yours.done)
    const done = T.counted(yours.done)
    const tooSlow = result.over === 'queueing' ? T.tooSlowQueueing : T.tooSlowHandOvers
    run.fail({
      message:
        yours.done === 0 || yardstickMs === 0
          ? T.tooSlowBeforeAny(limiter, all, yours.cpuMs)
          : tooSlow(limiter, all, done, yours.cpuMs, roughly(yours.cpuMs / yardstickMs), roughly(yardstickMs)),
      expected: T.withinSemaphoreTimes(MANY_TASKS.times, MANY_TASKS.allowanceMs, Math.round(allowanceMs(result.yardstick[result.over], yours.done))),
      actual: T.stoppedFeeding(yours.cpuMs, done),
      mistake: result.over === 'queueing' ? T.slowQueueing : T.slowHandOvers,
    })
  }
  if (result.settled < result.queued) {
    run.fail({
      message: T.someSettled(T.counted(result.settled), all),
      expected: T.everyCallSettles,
      actual: [T.neverSettledCount(T.counted(result.queued - result.settled)), ...run.problems].join('; '),
      mistake: run.problems.some((problem) => /call stack/i.test(problem)) ? T.overflowedStack : T.tasksLost,
    })
  }
  if (result.rejected > 0) {
    run.fail({
      message: T.rejectedThough(T.counted(result.rejected), all),
      expected: T.everyCallResolves,
      actual: run.problems.join('; ') || T.rejections(result.rejected),
      mistake: T.settleLikeTask,
    })
  }
  if (result.ran < count) {
    run.fail({
      message: T.settledWithoutRunning(all, limiter, T.counted(result.ran)),
      expected: T.eachTaskRuns(all),
      actual: T.tasksNeverRan(T.counted(count - result.ran)),
      mistake: T.callsWithoutTask,
    })
  }
}
