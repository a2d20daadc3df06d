// How the spec judges the submission's createLimiter: from the calls' reports (how and
// when each limit(task) settled) and the tasks' spans (when each task ran).
import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { eventsOf, formatSpan, peakOverlap, spansOf, type Span } from '../../sandbox/trace.ts'
import { explainOutcome, fail, resolvedValue, type Timeline } from '../feedback.ts'
import type { CallReport } from './calls.ts'
import {
  LIMITER_FAILURES,
  LIMITER_ORDER,
  MANY_TASKS,
  rejectionOf,
  resultOf,
  taskLabel,
  throwOf,
  type TaskPlan,
} from './params.ts'
import { describeIdle, firstIdleSlot, greedySchedule, type Job } from './schedule.ts'
import type { Throughput } from './throughput.ts'
import { SEMAPHORE_LANE } from './world.ts'

export interface LimiterSetup {
  name: string
  limit: number
  plans: TaskPlan[]
  /** What a correct limiter does: the jobs, handed over when the scenario hands them over. */
  expected: Span[]
}

function jobsOf(plans: TaskPlan[], readyAt: number): Job[] {
  return plans.map((plan) => ({ label: taskLabel(plan.name), ms: plan.ms, readyAt }))
}

function orderSetup(): LimiterSetup {
  const { limit, firstWave, secondWave } = LIMITER_ORDER
  const first = greedySchedule(jobsOf(firstWave, 0), limit)
  const secondAt = Math.max(...first.map((span) => span.end!))
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

const timeline = (run: ScenarioRun, limiter: LimiterSetup): Timeline => ({ actual: spansOf(run.trace), expected: limiter.expected })
const listSpans = (spans: Span[]) => spans.map(formatSpan).join(', ') || 'no task ran'

function reportsOf(run: ScenarioRun): CallReport[] {
  const reports = resolvedValue(run, 'createLimiter')
  if (!Array.isArray(reports)) throw new Error(`the limiter scenario returned ${show(reports)}`)
  return reports as CallReport[]
}

/** The jobs as the run handed them over: each task ready when limit(task) was called. */
function actualJobs(reports: CallReport[], limiter: LimiterSetup): Job[] {
  return reports.map((report) => {
    const plan = limiter.plans.find((candidate) => candidate.name === report.task)!
    return { label: taskLabel(plan.name), ms: plan.ms, readyAt: report.calledAt }
  })
}

function describeEnding(report: CallReport): string {
  switch (report.ended) {
    case 'pending':
      return `limit(task ${report.task}) never settled`
    case 'threw':
      return `limit(task ${report.task}) threw ${show(report.value)} instead of returning a promise`
    default:
      return `limit(task ${report.task}) ${report.ended} at t=${report.at} with ${show(report.value)}`
  }
}

const errorMessage = (value: unknown) => (value as { message?: unknown } | undefined)?.message

/** At most `limit` tasks at once, the next one as soon as a slot frees, each call settling like its task. */
export function judgeLimit(run: ScenarioRun, limiter: LimiterSetup): void {
  const reports = reportsOf(run)
  const spans = spansOf(run.trace)
  const said = { expected: listSpans(limiter.expected), actual: listSpans(spans), timeline: timeline(run, limiter) }
  const peak = peakOverlap(spans)
  if (peak.count > limiter.limit) {
    fail({
      ...said,
      message: `${limiter.name} ran ${peak.count} tasks at once at t=${peak.at} (${peak.open.map((span) => span.label).join(', ')}); the limit is ${limiter.limit}`,
      mistake: 'count the running tasks: start a task only while fewer than limit run, and count it down exactly once when it ends',
    })
  }
  const idle = firstIdleSlot(spans, actualJobs(reports, limiter), limiter.limit)
  if (idle) {
    fail({
      ...said,
      message: `${limiter.name}: ${describeIdle(idle, limiter.limit)}`,
      mistake: 'when a task ends, start the next waiting task right away (and a task handed over while a slot is free starts at once)',
    })
  }
  for (const report of reports) {
    const span = spans.find((candidate) => candidate.label === taskLabel(report.task))
    if (report.ended === 'resolved' && report.value === resultOf(report.task) && report.at === span?.end) continue
    fail({
      ...said,
      message: describeEnding(report),
      expected: `limit(task ${report.task}) resolves with ${show(resultOf(report.task))} when the task ends${span?.end === undefined ? '' : `, at t=${span.end}`}`,
      actual: describeEnding(report),
      mistake: report.ended === 'resolved' && report.value !== resultOf(report.task)
        ? 'the promise limit(task) returns must resolve with what the task resolved with'
        : 'limit(task) must settle exactly when its task does, like the task',
    })
  }
}

/** Tasks start in the order limit() was called. */
export function judgeFirstComeFirstServed(run: ScenarioRun, limiter: LimiterSetup): void {
  const reports = reportsOf(run)
  const spans = spansOf(run.trace)
  const order = reports.map((report) => taskLabel(report.task))
  const jumped = spans.findIndex((span, index) => span.label !== order[index])
  if (jumped < 0) return
  const early = spans[jumped]!
  const skipped = order[jumped]!
  const skippedSpan = spans.find((span) => span.label === skipped)
  const waitingThen = reports.filter((report) => report.calledAt <= early.start && !spans.slice(0, jumped).some((span) => span.label === taskLabel(report.task)))
  const newest = waitingThen.at(-1)
  fail({
    message: `${limiter.name}: ${early.label} started at t=${early.start} before ${skipped}, which was queued earlier and ${skippedSpan ? `started only at t=${skippedSpan.start}` : 'never started'}`,
    expected: `tasks start in the order limit() was called: ${order.join(', ')}`,
    actual: `they started in this order: ${spans.map((span) => span.label).join(', ')}`,
    mistake: newest && taskLabel(newest.task) === early.label && waitingThen.length > 1
      ? 'the newest waiting task went first: the queue is served last-in first-out (push + pop is a stack). Take the oldest waiting task, at the front of the queue'
      : 'serve the waiting tasks first come, first served: the oldest waiting task starts next',
    timeline: timeline(run, limiter),
  })
}

/**
 * When task `name` ended (rejected or threw), did the next waiting task take its slot at
 * once? A leaked slot leaves the limiter short for the rest of the run, so the check
 * blames a task only when the FIRST idle instant is the one it ended at.
 */
function judgeSlotHandedOn(run: ScenarioRun, limiter: LimiterSetup, name: string, how: string, expectedError: string, mistake: string): void {
  const reports = reportsOf(run)
  const spans = spansOf(run.trace)
  const said = { expected: listSpans(limiter.expected), actual: listSpans(spans), timeline: timeline(run, limiter) }
  const span = spans.find((candidate) => candidate.label === taskLabel(name))
  if (span?.end === undefined) {
    fail({ ...said, message: `${limiter.name}: task ${name} never ran (or never ended), so this cannot be judged yet`, mistake: 'first make every queued task run (see the other limiter checks)' })
  }
  const report = reports.find((candidate) => candidate.task === name)!
  const idle = firstIdleSlot(spans, actualJobs(reports, limiter), limiter.limit)
  if (idle && idle.from === span.end) {
    fail({
      ...said,
      message: `${limiter.name}: task ${name} ${how} at t=${span.end}, but its slot was not freed: ${idle.waiting} waited until ${idle.startedAt === Infinity ? 'the end' : `t=${idle.startedAt}`} with ${idle.busy} of ${limiter.limit} slots busy`,
      actual: `${listSpans(spans)}; ${describeEnding(report)}`,
      mistake,
    })
  }
  if (report.ended !== 'rejected' || errorMessage(report.value) !== expectedError) {
    fail({
      ...said,
      message: describeEnding(report),
      expected: `limit(task ${name}) rejects at t=${span.end} with the task's error, Error: ${expectedError}`,
      actual: describeEnding(report),
      mistake: 'limit(task) must settle like its task: reject with the error the task rejected with or threw',
    })
  }
}

export function judgeRejectingTask(run: ScenarioRun, limiter: LimiterSetup): void {
  const name = limiter.plans.find((plan) => plan.ends === 'rejects')!.name
  judgeSlotHandedOn(run, limiter, name, 'rejected', rejectionOf(name), 'a task that rejects keeps its slot: give the slot back however the task ends (in a finally, or in both callbacks of then)')
}

export function judgeThrowingTask(run: ScenarioRun, limiter: LimiterSetup): void {
  const name = limiter.plans.find((plan) => plan.ends === 'throws')!.name
  judgeSlotHandedOn(
    run,
    limiter,
    name,
    'threw when it was called',
    throwOf(name),
    'a task that throws synchronously skips your bookkeeping: task() throws before any promise exists, so the code that frees the slot never runs. Call it inside a try block, or as new Promise(resolve => resolve(task())), or from an async function',
  )
}

/** The limiter keeps its own queue: no task waits on #runtime's Semaphore or Lock. */
export function judgeOwnQueue(run: ScenarioRun): void {
  reportsOf(run)
  const seen = eventsOf(run.trace, SEMAPHORE_LANE)[0]
  if (!seen) return
  fail({
    message: `while tasks waited for a slot of createLimiter, they were queued on #runtime's semaphore: ${seen.label}`,
    expected: 'a limiter with its own queue of waiting tasks and its own count of running ones',
    actual: seen.label,
    mistake: "createLimiter is your own p-limit: write the queue yourself instead of using #runtime's Semaphore (crawl may use it)",
  })
}

/** 100,000 tasks queued at once all go through, in little real time. */
export function judgeManyTasks(run: ScenarioRun): void {
  const { count, budgetMs } = MANY_TASKS
  const slowMistake =
    'each hand-over costs time proportional to the number of waiting tasks: Array.shift and splice move every remaining element, and copying or scanning the queue, or waking every waiting task to check for a free slot, costs as much. With 100,000 waiting that adds up to billions of steps. Take the oldest waiting task in constant time: an index to the head of an array, or a linked list'
  if (run.outcome.kind === 'killed' && run.outcome.phase === 'run') {
    fail({
      message: `createLimiter(${MANY_TASKS.limit}) did not get through ${count.toLocaleString('en')} queued tasks: it was stopped after ${run.outcome.wallMs} ms of real time`,
      expected: `all ${count.toLocaleString('en')} calls settle within ${budgetMs} ms`,
      actual: 'stopped by the watchdog',
      mistake: slowMistake,
      outcome: 'killed',
    })
  }
  if (run.outcome.kind === 'runaway') {
    fail({ ...explainOutcome(run, 'createLimiter'), mistake: 'waiting tasks poll for a free slot with timers: wake the next task when a slot frees instead' })
  }
  const result = resolvedValue(run, 'createLimiter') as Throughput
  if (result.settled < count) {
    fail({
      message: `only ${result.settled.toLocaleString('en')} of ${count.toLocaleString('en')} queued calls settled`,
      expected: `every call settles`,
      actual: [`${(count - result.settled).toLocaleString('en')} calls never settled`, ...run.problems].join('; '),
      mistake: run.problems.some((problem) => /call stack/i.test(problem))
        ? 'the limiter recursed once per queued task and overflowed the stack: hand over the next task without nesting calls'
        : 'some queued tasks were lost: every call must eventually run its task and settle',
    })
  }
  if (result.rejected > 0) {
    fail({
      message: `${result.rejected.toLocaleString('en')} of ${count.toLocaleString('en')} calls rejected though every task resolved`,
      expected: 'every call resolves like its task',
      actual: run.problems.join('; ') || `${result.rejected} rejections`,
      mistake: 'limit(task) must settle like its task',
    })
  }
  if (Math.min(result.realMs, result.cpuMs) > budgetMs) {
    fail({
      message: `createLimiter(${MANY_TASKS.limit}) took ${result.realMs} ms of real time (${result.cpuMs} ms of CPU) for ${count.toLocaleString('en')} queued tasks that each end at once`,
      expected: `within ${budgetMs} ms`,
      actual: `${result.realMs} ms of real time, ${result.cpuMs} ms of CPU`,
      mistake: slowMistake,
    })
  }
}
