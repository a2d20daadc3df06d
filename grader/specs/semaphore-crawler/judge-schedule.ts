// What a correct limiter does with a list of jobs, and where an actual run left a slot
// idle: pure functions over spans, shared by the crawl and the limiter checks.
import { formatSpan, type Span } from '../../sandbox/trace.ts'
import { T } from './texts.ts'

export interface Job {
  label: string
  ms: number
  /** When the job was handed over (0 for every page of a crawl). */
  readyAt?: number
}

/**
 * The schedule of a correct limiter: jobs start in order, each as soon as it is ready
 * and a slot is free, on the lowest-numbered free slot (as the worlds name their rows).
 */
export function greedySchedule(jobs: readonly Job[], limit: number): Span[] {
  const freeAt = Array.from({ length: limit }, () => 0)
  let previousStart = 0
  return jobs.map((job) => {
    const start = Math.max(job.readyAt ?? 0, previousStart, Math.min(...freeAt))
    const slot = freeAt.findIndex((free) => free <= start)
    freeAt[slot] = start + job.ms
    previousStart = start
    return { lane: `slot ${slot + 1}`, label: job.label, start, end: start + job.ms }
  })
}

export interface IdleSlot {
  /** The first instant a slot was free while a job waited, and when that ended. */
  from: number
  until: number
  busy: number
  /** The first job, in order, that was waiting then. */
  waiting: string
  /** When it started (Infinity: never). */
  startedAt: number
}

/**
 * The first time fewer than `limit` jobs ran while some job was ready and not started.
 * A job ending at t and the next starting at t leave no gap.
 */
export function firstIdleSlot(spans: readonly Span[], jobs: readonly Job[], limit: number): IdleSlot | undefined {
  const startOf = (label: string) => spans.find((span) => span.label === label)?.start ?? Infinity
  const busyAt = (t: number) => spans.filter((span) => span.start <= t && t < (span.end ?? Infinity)).length
  const waitingAt = (t: number) => jobs.find((job) => (job.readyAt ?? 0) <= t && t < startOf(job.label))
  const instants = [...new Set([...spans.flatMap((span) => [span.start, span.end ?? span.start]), ...jobs.map((job) => job.readyAt ?? 0)])]
    .filter(Number.isFinite)
    .sort((a, b) => a - b)
  const idleAt = (t: number) => busyAt(t) < limit && waitingAt(t) !== undefined
  const index = instants.findIndex(idleAt)
  if (index < 0) return undefined
  const from = instants[index]!
  const waiting = waitingAt(from)!.label
  const until = instants.slice(index + 1).find((t) => !idleAt(t)) ?? Infinity
  return { from, until, busy: busyAt(from), waiting, startedAt: startOf(waiting) }
}

/** "page 31 0-3000, task C 1000-2000" ("tâche C" in French), or `none` when there is no span. */
export function listSpans(spans: readonly Span[], none: string): string {
  return spans.map((span) => formatSpan({ ...span, label: T.label(span.label) })).join(', ') || none
}

/** "from t=1000 only 1 of 2 slots was busy while page 27 waited; it started at t=3000" */
export function describeIdle(idle: IdleSlot, limit: number): string {
  return T.idle(idle.from, idle.busy, limit, idle.waiting, idle.startedAt)
}
