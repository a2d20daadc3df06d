// Reads a weather run: what a correct submission does in its world, the requests each server
// received, the timers the submission left, and the usual reasons a time came out wrong.
import type { Forecast } from '#runtime'
import { show } from '../../sandbox/plain.ts'
import type { Span } from '../../sandbox/trace.ts'
import { explainOutcome, fail, rejectedAt, resolvedAt } from '../feedback.ts'
import type { Run } from '../run.ts'
import { T } from './texts.ts'
import { ABORTED, FORECASTS, NO_SIGNAL, SERVERS, STATEMENT_BUDGET_MS, laneOf, type ServerName, type World } from './worlds.shared.ts'

// What a correct submission does.

export const failures = (world: World) => world.order.filter((server) => world.replies[server].fails)
const lastReply = (world: World) => Math.max(...world.order.map((server) => world.replies[server].afterMs))

/** When the call settles: at the budget, unless every reply came first (or, for all or nothing, a failure). */
export function expectedSettle(world: World): number {
  const firstFailure = Math.min(...failures(world).map((server) => world.replies[server].afterMs))
  const early = world.call === 'fetchAllWithin' ? Math.min(firstFailure, lastReply(world)) : lastReply(world)
  return Math.min(world.budgetMs, early)
}

/** Why the call settles when it does: "the budget of 3000 ms", "the failure of server A", "the last reply". */
export function settleReason(world: World): string {
  const at = expectedSettle(world)
  if (at === world.budgetMs) return T.budgetOf(world.budgetMs)
  const failed = failures(world).find((server) => world.replies[server].afterMs === at)
  return failed ? T.failureOf(failed) : T.lastReply
}

/** What ends the wait for the pending requests, in words: "the deadline (t=3000)". */
export function occasion(world: World): string {
  const at = expectedSettle(world)
  return `${at === world.budgetMs ? T.theDeadline : settleReason(world)} (t=${at})`
}

/** The servers that had not replied when the call settles: their requests must be aborted by then. */
export function pendingAtSettle(world: World): ServerName[] {
  return world.order.filter((server) => world.replies[server].afterMs > expectedSettle(world))
}

/**
 * The servers a call must have asked, by the time it settled, for what the checks say
 * about its requests to mean anything: those still pending at the deadline when the budget
 * ends the call, the failing one when a failure ends it, and every server otherwise.
 */
function mustAsk(world: World): ServerName[] {
  const at = expectedSettle(world)
  if (at === world.budgetMs) return pendingAtSettle(world)
  const failed = failures(world).filter((server) => world.replies[server].afterMs === at)
  return failed.length > 0 ? failed : [...world.order]
}

export type Entry = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

/** fetchAvailableWithin's expected result. */
export function expectedEntries(world: World): Entry[] {
  return world.order.map((server): Entry => {
    const reply = world.replies[server]
    if (reply.afterMs > world.budgetMs) return { server, ok: false, reason: 'timeout' }
    return reply.fails ? { server, ok: false, reason: 'error' } : { server, ok: true, forecast: FORECASTS[server] }
  })
}

/** The timeline a correct submission draws: the call, and each request until it replies or is aborted. */
export function expectedSpans(world: World): Span[] {
  const end = expectedSettle(world)
  return [
    { lane: world.call, label: world.call, start: 0, end },
    ...world.order.map((server) => ({ lane: laneOf(server), label: laneOf(server), start: 0, end: Math.min(end, world.replies[server].afterMs) })),
  ]
}

// What the run did.

export interface Request {
  server: ServerName
  start: number
  /** When the server replied or the request was aborted; missing if it never ended. */
  end?: number
  abortedAt?: number
  /** Aborted only after the call had settled, by work it left running (an unref'd timer). */
  abortedLate?: true
  /** Ended only after the call had settled: it was still pending when the call returned. */
  endedLate?: true
  withSignal: boolean
}

const serverOfLane = new Map(SERVERS.map((server) => [laneOf(server), server]))

/** Every request, in the order made. The world records NO_SIGNAL right after a request's
 *  start, and ABORTED right before the end of the request it aborts. */
export function requestsOf(run: Run): Request[] {
  const bySpan = new Map<number, Request>()
  run.trace.forEach((event, index) => {
    const server = serverOfLane.get(event.lane)
    if (!server || event.span === undefined) return
    if (event.kind === 'start') {
      const next = run.trace[index + 1]
      const withSignal = !(next?.lane === event.lane && next.label === NO_SIGNAL)
      bySpan.set(event.span, { server, start: event.t, withSignal })
    } else if (event.kind === 'end') {
      const request = bySpan.get(event.span)!
      request.end = event.t
      if (event.late) request.endedLate = true
      const previous = run.trace[index - 1]
      if (previous?.lane === event.lane && previous.label === ABORTED) {
        request.abortedAt = event.t
        if (previous.late) request.abortedLate = true
      }
    }
  })
  return [...bySpan.values()]
}

/**
 * Timers the submission still had pending when its call settled at `at`: the engine's
 * count (which leaves out unref'd timers, AbortSignal.timeout's among them), less the
 * world's requests still waiting for their reply.
 */
export function ownTimersLeft(run: Run, world: World, at: number): number {
  const waitingRequests = requestsOf(run).filter(
    (request) =>
      Number.isFinite(world.replies[request.server].afterMs) &&
      request.start <= at &&
      (request.end === undefined || request.end > at || request.endedLate === true),
  ).length
  return Math.max(0, run.timersLeft - waitingRequests)
}

/** The budget written into the code: the call settled at the statement's 3000 ms in a world with another budget. */
export function hardCodedBudget(world: World, at: number): string | undefined {
  return at === STATEMENT_BUDGET_MS && world.budgetMs !== STATEMENT_BUDGET_MS ? T.budgetIsTheParameter(world.budgetMs, STATEMENT_BUDGET_MS) : undefined
}

/** The likely reason a call settled at the wrong time, when the trace shows one. */
export function diagnose(run: Run, world: World, at: number): string | undefined {
  const late = requestsOf(run).find((request) => request.start > 0)
  if (late) return T.askedOneAfterAnother(late.server, late.start)
  const waitedFor = world.order.find((server) => world.replies[server].afterMs === at && at > world.budgetMs)
  if (waitedFor) return T.waitedForEvery(waitedFor, at)
  return hardCodedBudget(world, at)
}

/** "[forecast A, forecast B]" for forecasts, "[A: forecast, B: "timeout"]" for availability entries. */
export function showResult(value: unknown): string {
  return Array.isArray(value) ? `[${value.map(showItem).join(', ')}]` : show(value)
}

function showItem(item: unknown): string {
  if (!item || typeof item !== 'object') return show(item)
  const record = item as Record<string, unknown>
  const server = typeof record.server === 'string' ? record.server : show(record.server)
  if ('ok' in record) return record.ok === true ? T.entryWithForecast(server) : T.entryWithout(server, show(record.reason))
  if ('temperatureC' in record) return T.forecastOf(server)
  return show(item)
}

/** How the call ended, e.g. "rejected at t=3000 with TimeoutError: timed out after 3000 ms". */
export function ending(run: Run): string {
  const outcome = run.outcome
  if (outcome.kind === 'resolved') return resolvedAt(outcome.at, showResult(outcome.value))
  if (outcome.kind === 'rejected') return rejectedAt(outcome.at, outcome.error)
  return outcome.kind
}

/** Compares plain data regardless of key order. */
export function sameData(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item,
  )
}

/** The errors a bug in the code throws, never a server or the budget. */
const BUG = /^(TypeError|ReferenceError|RangeError|SyntaxError)$/

/**
 * When the call settled, resolved or rejected. Any other ending, the stub's error, or an
 * error a bug throws (a TypeError...) fails the check with its explanation and what the
 * check expected.
 */
export function settle(run: Run, world: World, expected: string): number {
  const outcome = run.outcome
  if (outcome.kind === 'resolved') return outcome.at
  if (outcome.kind === 'rejected') {
    if (/not implemented yet/i.test(outcome.error.message)) fail({ ...explainOutcome(run, world.call), expected })
    if (!BUG.test(outcome.error.name)) return outcome.at
    // Neither a server's error nor the budget's: the code itself threw.
    const mistake = explainOutcome(run, world.call).mistake ?? (/is not iterable/.test(outcome.error.message) ? T.notIterable : T.codeThrew(outcome.error.name))
    run.fail({ message: `${world.call} ${ending(run)}`, expected, actual: ending(run), mistake }, expectedSpans(world))
  }
  const silent = world.order.find((server) => !Number.isFinite(world.replies[server].afterMs))
  const mistake = outcome.kind === 'deadlock' && silent ? { mistake: T.silentServer(silent) } : {}
  run.fail({ ...explainOutcome(run, world.call), expected, ...mistake }, expectedSpans(world))
}

/**
 * A check about the requests passes only if the requests were made: every server of
 * `mustAsk(world)` was asked before the call settled at `at`. Otherwise fails, saying
 * what the check needed (`needs`) and what the code did.
 */
export function requireRequests(run: Run, world: World, at: number, needs: string): void {
  const requests = requestsOf(run)
  const unasked = mustAsk(world).filter((server) => !requests.some((request) => request.server === server && request.start <= at))
  if (unasked.length === 0) return
  const none = requests.length === 0
  run.fail(
    {
      message: none ? T.askedNone(world.call, ending(run)) : T.neverAsked(world.call, T.servers(unasked), ending(run)),
      expected: T.calledForEvery(world.order, needs),
      actual: none ? T.noRequest : requests.map((request) => T.askedAt(request.server, request.start)).join(', '),
      // Asked one after another: the servers not asked yet are the ones a sequential loop had not reached.
      mistake: (requests.some((request) => request.start > 0) ? diagnose(run, world, at) : undefined) ?? T.judgedByWhatServersSaw,
    },
    expectedSpans(world),
  )
}
