// Reads a task-group run: what a correct submission does in each world, and what each job,
// send, body and report did, as the world recorded them.
import type { Span } from '../../sandbox/trace.ts'
import { rejectedAt, resolvedAt } from '../feedback.ts'
import type { Run } from '../run.ts'
import { show } from '../../sandbox/plain.ts'
import {
  ABORTED,
  BODIES,
  BODY_CLEANUP_MS,
  BODY_ERROR,
  BODY_LANE,
  CLEANUP_MS,
  FAILING_LIST,
  GAVE_UP,
  LISTS,
  NO_SIGNAL,
  PROGRESS_LANE,
  REPORT_EVERY_MS,
  cleanupLane,
  jobError,
  type GroupScenario,
  type Job,
} from './group.shared.ts'

// What a correct group does.

/** Every job of a world, those spawned by other jobs included. */
export function jobsOf(scenario: GroupScenario): Job[] {
  const all: Job[] = []
  const visit = (job: Job) => {
    all.push(job)
    if (job.spawns) visit(job.spawns)
  }
  BODIES[scenario].jobs.forEach(visit)
  return all
}

export interface Failure {
  at: number
  /** The job that failed, or undefined when the body did. */
  job?: string
  message: string
}

/** The first failure of a failing world: a job's at its end, or the body's when its work ends. */
export function firstFailure(scenario: GroupScenario): Failure {
  const plan = BODIES[scenario]
  const failing = plan.jobs.filter((job) => job.fails).sort((a, b) => a.ms - b.ms)[0]
  if (failing && (!plan.fails || failing.ms < plan.worksMs)) return { at: failing.ms, job: failing.name, message: jobError(failing.name) }
  return { at: plan.worksMs, message: BODY_ERROR }
}

/** The jobs still running at the first failure: their signals must abort then. */
export function pendingAtFailure(scenario: GroupScenario): Job[] {
  const { at } = firstFailure(scenario)
  return BODIES[scenario].jobs.filter((job) => !job.fails && job.ms > at)
}

/** When the body settles in a failing world: at its end, or after its clean-up if the failure aborts it. */
function bodyEnd(scenario: GroupScenario): number {
  const plan = BODIES[scenario]
  const { at } = firstFailure(scenario)
  return plan.obeys && plan.worksMs > at ? at + BODY_CLEANUP_MS : plan.worksMs
}

/** When a failing group settles: once the body and every clean-up have ended. */
export function expectedRejection(scenario: GroupScenario): number {
  const { at } = firstFailure(scenario)
  return Math.max(at, bodyEnd(scenario), ...pendingAtFailure(scenario).map(() => at + CLEANUP_MS))
}

const span = (lane: string, start: number, end: number): Span => ({ lane, label: lane, start, end })

/** The timeline of a correct group in a world. */
export function expectedGroupSpans(scenario: GroupScenario, settles: number): Span[] {
  const plan = BODIES[scenario]
  const failing = plan.jobs.some((job) => job.fails) || plan.fails
  const failAt = failing ? firstFailure(scenario).at : Infinity
  const spans = [span('withTaskGroup', 0, settles)]
  if (plan.worksMs > 0) spans.push(span(BODY_LANE, 0, Math.min(plan.worksMs, failAt)))
  if (plan.obeys && plan.worksMs > failAt) spans.push(span(cleanupLane(BODY_LANE), failAt, failAt + BODY_CLEANUP_MS))
  const place = (job: Job, start: number) => {
    spans.push(span(job.name, start, Math.min(start + job.ms, failAt)))
    if (start + job.ms > failAt) spans.push(span(cleanupLane(job.name), failAt, failAt + CLEANUP_MS))
    if (job.spawns) place(job.spawns, start + job.ms)
  }
  for (const job of plan.jobs) place(job, 0)
  return spans
}

// What a correct newsletter does.

export const NEWSLETTER_END = Math.max(...LISTS.map((list) => list.ms))
const failingList = LISTS.find((list) => list.name === FAILING_LIST)!
export const NEWSLETTER_FAILURE = failingList.ms
export const NEWSLETTER_REJECTION = NEWSLETTER_FAILURE + CLEANUP_MS

export function expectedNewsletterSpans(failing: boolean): Span[] {
  const end = failing ? NEWSLETTER_REJECTION : NEWSLETTER_END
  const spans = [span('sendNewsletter', 0, end)]
  for (const list of LISTS) {
    const cut = failing && list.ms > NEWSLETTER_FAILURE
    spans.push(span(list.name, 0, cut ? NEWSLETTER_FAILURE : list.ms))
    if (cut) spans.push(span(cleanupLane(list.name), NEWSLETTER_FAILURE, NEWSLETTER_REJECTION))
  }
  return spans
}

// What the run did.

/** A job or a send as the world saw it: when it ran, when its signal aborted, its clean-up. */
export interface Work {
  lane: string
  started?: number
  ended?: number
  abortedAt?: number
  withSignal: boolean
  cleanedUpUntil?: number
  /** Something of it (its end, its clean-up) happened after the call had settled. */
  late: boolean
}

export function workOf(run: Run, lane: string): Work {
  const [main] = run.lane(lane)
  const [cleanup] = run.lane(cleanupLane(lane))
  const events = run.events(lane)
  const aborted = events.find((event) => event.label === ABORTED)
  const late = run.trace.some((event) => event.late && (event.lane === lane || event.lane === cleanupLane(lane)))
  return {
    lane,
    ...(main ? { started: main.start } : {}),
    ...(main?.end === undefined ? {} : { ended: main.end }),
    ...(aborted ? { abortedAt: aborted.t } : {}),
    withSignal: !events.some((event) => event.label === NO_SIGNAL),
    ...(cleanup?.end === undefined ? {} : { cleanedUpUntil: cleanup.end }),
    late,
  }
}

/** How the call ended, e.g. "rejected at t=1700 with Error: job 2 failed: disk full". */
export function ending(run: Run): string {
  const outcome = run.outcome
  if (outcome.kind === 'resolved') return resolvedAt(outcome.at, show(outcome.value))
  if (outcome.kind === 'rejected') return rejectedAt(outcome.at, outcome.error)
  return outcome.kind
}

/** The world stopped waiting for an endless reporter (REPORT_LIMIT): the code never settled. */
export function gaveUp(run: Run): boolean {
  return run.outcome.kind === 'rejected' && run.outcome.error.name === GAVE_UP
}

/** The reports as the report lists them: "0/4 @0, 0/4 @500, ...", the first dozen. */
export function listReports(reports: Report[]): string {
  const shown = reports.slice(0, 12).map((report) => `${report.text} @${report.at}`)
  return reports.length > 12 ? `${shown.join(', ')}, ...` : shown.join(', ')
}

export interface Report {
  at: number
  text: string
  done: number
  total: number
  late: boolean
}

/** Every progress.report the code made, read back from the "done/total" the world noted. */
export function reportsOf(run: Run): Report[] {
  return run.events(PROGRESS_LANE).map((event) => {
    const [done, total] = event.label.split('/').map(Number)
    // After the world gave up waiting, "late" says nothing: the code had not settled.
    return { at: event.t, text: event.label, done: done ?? Number.NaN, total: total ?? Number.NaN, late: event.late === true && !gaveUp(run) }
  })
}

/** The report ticks up to (not including) `until`: 0, 500, 1000, ... */
export function ticksBefore(until: number): number[] {
  const ticks: number[] = []
  for (let at = 0; at < until; at += REPORT_EVERY_MS) ticks.push(at)
  return ticks
}
