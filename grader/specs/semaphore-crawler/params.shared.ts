// The figures of every scenario, shared by the world (which plays them) and the checks
// (which compute what a correct submission does with them).
import type { Page } from '#runtime'

/** Lanes of the trace the checks read: the server's ban, and tasks seen waiting on #runtime's Semaphore. */
export const BANNED_LANE = 'banned'
export const SEMAPHORE_LANE = 'runtime-semaphore'

/** The statement's crawl: 10 pages of 1000 ms, at most 3 at once, done at t=4000. */
export const PAGE_MS = 1000
export const STATEMENT = { ids: [3, 8, 1, 6, 0, 9, 4, 7, 2, 5], limit: 3 }

/** Pages that take different times, so a batch waits for its slowest page while a slot idles;
 *  completion order differs from input order. Limit 2 also catches a hard-coded 3. */
export const VARIED = {
  limit: 2,
  pages: [
    { id: 31, ms: 3000 },
    { id: 12, ms: 1000 },
    { id: 27, ms: 1000 },
    { id: 5, ms: 1000 },
    { id: 18, ms: 2000 },
    { id: 40, ms: 500 },
    { id: 9, ms: 500 },
  ],
}

/** Three broken pages: each rejects after its 1000 ms, like the others answer. */
export const FAILING = { ids: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], limit: 3, broken: [1, 4, 7] }

/** crawl called without a limit: the server still bans above 3. */
export const DEFAULT_LIMIT = 3
export const UNLIMITED_CALL = { ids: [0, 1, 2, 3, 4, 5, 6] }

export interface TaskPlan {
  name: string
  ms: number
  /** How the task ends: resolves with `result <name>`, rejects after `ms`, or throws when called. */
  ends: 'resolves' | 'rejects' | 'throws'
}

/** createLimiter(2): six tasks queued at t=0, then a second wave once they have all ended. */
export const LIMITER_ORDER = {
  limit: 2,
  firstWave: [
    { name: 'A', ms: 1000, ends: 'resolves' },
    { name: 'B', ms: 3000, ends: 'resolves' },
    { name: 'C', ms: 1000, ends: 'resolves' },
    { name: 'D', ms: 2000, ends: 'resolves' },
    { name: 'E', ms: 1000, ends: 'resolves' },
    { name: 'F', ms: 500, ends: 'resolves' },
  ] as TaskPlan[],
  secondWave: [
    { name: 'G', ms: 500, ends: 'resolves' },
    { name: 'H', ms: 500, ends: 'resolves' },
    { name: 'I', ms: 500, ends: 'resolves' },
  ] as TaskPlan[],
}

/** createLimiter(2): B rejects at t=500 and D throws when called at t=1000; each must hand its
 *  slot on at once. With 2 slots one leak slows the rest down without stopping them. */
export const LIMITER_FAILURES = {
  limit: 2,
  tasks: [
    { name: 'A', ms: 1000, ends: 'resolves' },
    { name: 'B', ms: 500, ends: 'rejects' },
    { name: 'C', ms: 1000, ends: 'resolves' },
    { name: 'D', ms: 0, ends: 'throws' },
    { name: 'E', ms: 1000, ends: 'resolves' },
    { name: 'F', ms: 1000, ends: 'resolves' },
  ] as TaskPlan[],
}

/** How long a limiter scenario waits, in virtual ms, before reporting what is still pending. */
export const LIMITER_DEADLINE_MS = 60_000

/**
 * 100,000 tasks queued at once, each ending as soon as it runs, through the submission's
 * limiter in chunks of `chunk` calls, and one chunk in `yardstickEvery` through a limiter
 * built on #runtime's Semaphore, interleaved (throughput.jail.ts). In each phase the
 * submission's limiter may spend up to `times` what the yardstick spent per call so far,
 * plus `allowanceMs`. Measured in the jail, per call, against the yardstick: limiters that
 * take the next task in constant time spend 0.3 to 2.1 times as much queueing and 0.1 to
 * 1.4 times handing the slots over (the collector's pauses land on either side); with
 * 100,000 waiting, Array.shift spends 20 to 40 times as much handing over (each shift
 * moves the whole queue), a copy or a scan of the queue, or a wake-up of every waiting
 * task, far more. unshift, 4 to 13 times as much queueing, lies too close to be told
 * apart for sure from a slow constant-time queue.
 */
export const MANY_TASKS = { count: 100_000, limit: 10, chunk: 5000, yardstickEvery: 4, times: 5, allowanceMs: 150 }

/** Queueing: the limit() calls, made while every slot is taken. Hand-overs: the queue drained. */
export type Phase = 'queueing' | 'handOvers'

/** What a limiter spent in one phase of limiter-100k, and for how much work. */
export interface PhaseCost {
  cpuMs: number
  /** Calls made (queueing) or settled (hand-overs) in the phase. */
  done: number
}

/** What the yardstick spent for `done` calls of a phase, at its rate so far. */
export function yardstickMsFor(yardstick: PhaseCost, done: number): number {
  return yardstick.done === 0 ? 0 : (yardstick.cpuMs * done) / yardstick.done
}

/** What the submission's limiter may spend for `done` calls of a phase. */
export function allowanceMs(yardstick: PhaseCost, done: number): number {
  return MANY_TASKS.times * yardstickMsFor(yardstick, done) + MANY_TASKS.allowanceMs
}

export const pageLabel = (id: number) => `page ${id}`
export const taskLabel = (name: string) => `task ${name}`

export function pageOf(id: number): Page {
  return { id, url: `https://pages.example/${id}`, sizeBytes: 2048 + 64 * id }
}

export const failureOf = (id: number) => `page ${id}: 503 Service Unavailable`
export const resultOf = (task: string) => `result ${task}`
export const rejectionOf = (task: string) => `task ${task} failed`
export const throwOf = (task: string) => `task ${task} threw`
