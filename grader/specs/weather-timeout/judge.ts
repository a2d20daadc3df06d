// How the weather checks judge a run: what each call resolved or rejected with and when,
// what it aborted, and what it left running.
import { show } from '../../sandbox/plain.ts'
import { rejectedAt, resolvesAt } from '../feedback.ts'
import type { Failure, Run } from '../run.ts'
import {
  diagnose,
  ending,
  expectedEntries,
  expectedSettle,
  expectedSpans,
  failures,
  hardCodedBudget,
  occasion,
  ownTimersLeft,
  pendingAtSettle,
  requestsOf,
  requireRequests,
  sameData,
  settle,
  settleReason,
  showResult,
  type Entry,
  type Request,
} from './judge-run.ts'
import { T } from './texts.ts'
import { FORECASTS, failureMessage, type ServerName, type World } from './worlds.shared.ts'

/** Fails the check, drawing the run beside what a correct submission does in its world. */
function failIn(run: Run, world: World, failure: Failure): never {
  run.fail(failure, expectedSpans(world))
}

/** fetchAllWithin, every server in time: it resolves when the last one replies, with their forecasts in input order. */
export function judgeAllResolved(run: Run, world: World): void {
  const expectedAt = expectedSettle(world)
  const forecasts = world.order.map((server) => FORECASTS[server])
  const expected = resolvesAt(expectedAt, showResult(forecasts))
  const at = settle(run, world, expected)
  requireRequests(run, world, at, expected)
  const said = { expected, actual: ending(run) }
  if (run.outcome.kind === 'rejected') {
    failIn(run, world, {
      ...said,
      message: T.rejectedAlthoughInTime(ending(run), expectedAt, world.budgetMs),
      mistake: diagnose(run, world, at) ?? T.repliedInTime,
    })
  }
  if (at !== expectedAt) {
    failIn(run, world, {
      ...said,
      message: T.resolvedNotWhenLast(at, expectedAt),
      mistake: diagnose(run, world, at) ?? (at < expectedAt ? T.missingAwaitBeforeReplies : T.waitedAfterLastReply),
    })
  }
  const value = run.outcome.kind === 'resolved' ? run.outcome.value : undefined
  if (sameData(value, forecasts)) return
  const inOrder = (order: ServerName[]) =>
    sameData(
      value,
      order.map((server) => FORECASTS[server]),
    )
  const byArrival = [...world.order].sort((a, b) => world.replies[a].afterMs - world.replies[b].afterMs)
  failIn(run, world, {
    ...said,
    message: T.resolvedWith(showResult(value)),
    mistake: inOrder(byArrival)
      ? T.arrivalOrder
      : inOrder([...world.order].sort())
        ? T.sortedByName(world.order)
        : Array.isArray(value) && value.some((item) => show(item) === 'a Promise')
          ? T.holdsPromises
          : T.resolveWithForecasts,
  })
}

/** fetchAllWithin, a server too slow: it rejects with a TimeoutError at exactly budgetMs. */
export function judgeTimeout(run: Run, world: World): void {
  const budget = world.budgetMs
  const pending = pendingAtSettle(world)
  const expected = T.rejectsWithTimeoutAt(budget)
  const at = settle(run, world, expected)
  requireRequests(run, world, at, T.pendingWhenBudgetRunsOut(T.servers(pending), budget))
  const said = { expected, actual: ending(run) }
  const outcome = run.outcome
  if (outcome.kind === 'resolved') {
    failIn(run, world, {
      ...said,
      message: T.resolvedAlthoughPending(ending(run), T.servers(pending), pending.length > 1, budget),
      mistake: diagnose(run, world, at) ?? T.allOrNothing,
    })
  }
  if (at !== budget) {
    failIn(run, world, {
      ...said,
      message: T.rejectedNotAtDeadline(at, budget),
      mistake: diagnose(run, world, at) ?? (at < budget ? T.gaveUpEarly : T.deadlineEndsTheWait),
    })
  }
  if (outcome.kind === 'rejected' && outcome.error.name !== 'TimeoutError') {
    failIn(run, world, {
      ...said,
      message: T.notATimeoutError(rejectedAt(at, outcome.error)),
      mistake: outcome.error.name === 'AbortError' ? T.abortedWithoutReason : T.rejectWithTimeoutError,
    })
  }
}

/** fetchAllWithin, a server failing: it rejects with that server's error at once (and aborts the others: judgeAborted). */
export function judgeFailure(run: Run, world: World): void {
  const failed = failures(world)[0]!
  const failedAt = world.replies[failed].afterMs
  const expected = T.rejectsWithError(failedAt, `Error: ${failureMessage(failed)}`)
  const at = settle(run, world, expected)
  requireRequests(run, world, at, expected)
  const said = { expected, actual: ending(run) }
  const outcome = run.outcome
  if (outcome.kind === 'resolved') {
    failIn(run, world, { ...said, message: T.resolvedAlthoughFailed(ending(run), failed, failedAt), mistake: T.failureSwallowed(failed) })
  }
  if (outcome.kind === 'rejected' && outcome.error.message !== failureMessage(failed)) {
    failIn(run, world, {
      ...said,
      message: T.notTheFailingError(ending(run), failed, failedAt),
      mistake: diagnose(run, world, at) ?? (failed !== world.order[0] ? T.notTheFirstServer(failed) : T.failureSwallowed(failed)),
    })
  }
  if (at !== failedAt) {
    failIn(run, world, { ...said, message: T.rejectedLate(failed, at, failedAt), mistake: diagnose(run, world, at) ?? T.failureEndsAtOnce })
  }
}

/** Every request still pending when the call should settle has been aborted by then, before the call settled. */
export function judgeAborted(run: Run, world: World): void {
  const by = expectedSettle(world)
  const pending = pendingAtSettle(world)
  const needs = T.pendingAbortedThen(pending, occasion(world))
  const at = settle(run, world, needs)
  requireRequests(run, world, at, needs)
  // An abort made by a timer that fired after the call settled counts only while the
  // deadline had not come yet: a call that settles at the deadline must have aborted by then.
  const abortedInTime = (request: Request) => request.abortedAt !== undefined && request.abortedAt <= by && !(request.abortedLate === true && at >= by)
  const requests = requestsOf(run).filter((request) => pending.includes(request.server) && request.start <= by)
  const missed = requests.find((request) => !abortedInTime(request))
  if (!missed) return
  const request = T.requestOf(missed.server)
  const said = { expected: T.abortedBy(request, by) }
  if (missed.abortedLate) {
    failIn(run, world, {
      ...said,
      message: T.abortedAfterSettling(request, missed.abortedAt!),
      actual: T.abortedAfterSettlingShort(request),
      mistake: T.abortBeforeSettling,
    })
  }
  if (missed.abortedAt !== undefined) {
    failIn(run, world, {
      ...said,
      message: T.abortedAfter(request, missed.abortedAt, occasion(world)),
      actual: T.abortedAt(request, missed.abortedAt),
      mistake: diagnose(run, world, missed.abortedAt) ?? T.abortAtTheDeadline,
    })
  }
  failIn(run, world, {
    ...said,
    message: missed.end === undefined ? T.neverAborted(request, occasion(world)) : T.notAborted(request, occasion(world), missed.end),
    actual: missed.end === undefined ? T.stillWaiting(request) : T.ranUntil(request, missed.end),
    mistake: notAbortedMistake(world, at, missed, requests.find(abortedInTime)),
  })
}

/** Why a pending request was not aborted at all: no signal, a hard-coded budget, only some aborted, or a race. */
function notAbortedMistake(world: World, at: number, missed: Request, aborted: Request | undefined): string {
  const onFailure = expectedSettle(world) !== world.budgetMs
  if (!missed.withSignal) return T.withoutSignal(onFailure)
  const hardCoded = hardCodedBudget(world, at)
  if (hardCoded) return hardCoded
  if (aborted) return T.onlySomeAborted(T.requestOf(aborted.server), T.requestOf(missed.server))
  return onFailure ? T.allLeavesOthersRunning : T.raceOnlyStopsWaiting
}

/** fetchAllWithin leaves no timer of its own pending once it has settled, however it settled. */
export function judgeNoTimerLeft(run: Run, world: World): void {
  const at = settle(run, world, T.noTimerLeft)
  requireRequests(run, world, at, T.noTimerLeft)
  const left = ownTimersLeft(run, world, at)
  if (left === 0) return
  const atDeadline = at >= world.budgetMs
  failIn(run, world, {
    message: T.timersLeftAfter(T.settledAt(run.outcome.kind === 'resolved' ? 'resolved' : 'rejected', at), atDeadline, left),
    expected: T.noTimerLeft,
    actual: T.timersPending(left, at),
    mistake: atDeadline ? T.clearEveryTimer : T.clearTheBudgetTimer,
  })
}

// fetchAvailableWithin

/** The contract's fields of an entry, to compare regardless of extra ones. */
function entryFields(entry: unknown): unknown {
  if (!entry || typeof entry !== 'object') return entry
  const { server, ok, forecast, reason } = entry as Record<string, unknown>
  return ok === true ? { server, ok, forecast } : { server, ok, reason }
}

/** fetchAvailableWithin settles when it should, with one right entry per server, in input order. */
export function judgeEntries(run: Run, world: World): void {
  const expected = expectedEntries(world)
  const expectedAt = expectedSettle(world)
  const reason = settleReason(world)
  const expectedText = T.resolvesWithBecause(expectedAt, reason, showResult(expected))
  const at = settle(run, world, expectedText)
  requireRequests(run, world, at, expectedText)
  const said = { expected: expectedText, actual: ending(run) }
  const outcome = run.outcome
  if (outcome.kind === 'rejected') {
    const failed = world.order.find((server) => outcome.error.message === failureMessage(server))
    failIn(run, world, {
      ...said,
      message: `fetchAvailableWithin ${ending(run)}`,
      mistake: failed ? T.failureRejectedWhole(failed) : outcome.error.name === 'TimeoutError' ? T.neverFailsWhole : diagnose(run, world, at),
    })
  }
  const value = outcome.kind === 'resolved' ? outcome.value : undefined
  if (!Array.isArray(value) || value.length !== world.order.length) {
    failIn(run, world, { ...said, message: `fetchAvailableWithin ${ending(run)}`, mistake: T.oneEntryPerServer })
  }
  const order = value.map((entry) => (entry as { server?: unknown } | null)?.server)
  if (!sameData(order, world.order)) {
    const shownOrder = order.map((name) => (typeof name === 'string' ? name : show(name))).join(', ')
    const sorted = (names: readonly unknown[]) => [...names].map(String).sort().join()
    failIn(run, world, {
      ...said,
      message: T.entriesInOrder(shownOrder, world.order),
      mistake: sorted(order) !== sorted(world.order) ? T.serverField : sameData(order, [...world.order].sort()) ? T.sortedByName(world.order) : T.keepTheOrder,
    })
  }
  const wrong = world.order
    .flatMap((server, index) =>
      sameData(entryFields(value[index]), expected[index]) ? [] : [entryMistake(run, world, server, expected[index]!, value[index], at)],
    )
    .sort((a, b) => a.rank - b.rank)
  if (wrong[0]) failIn(run, world, { ...said, message: wrong[0].message, mistake: wrong[0].mistake })
  if (at !== expectedAt) {
    failIn(run, world, {
      ...said,
      message: T.resolvedNotAt(at, expectedAt, reason),
      mistake: diagnose(run, world, at) ?? (at < expectedAt ? T.missingAwaitBeforeReported : T.waitedOn(expectedAt)),
    })
  }
}

/** What went wrong with one server's entry, worst first: a lost forecast, a failure taken for a timeout... */
function entryMistake(run: Run, world: World, server: ServerName, expected: Entry, actual: unknown, at: number) {
  const reply = world.replies[server]
  const got = showResult([actual]).slice(1, -1)
  const isOk = (actual as { ok?: unknown } | undefined)?.ok === true
  if (expected.ok && !isOk) return { rank: 0, message: T.forecastLost(server, reply.afterMs, got), mistake: T.keepArrivedForecasts }
  if (!expected.ok && expected.reason === 'error')
    return { rank: 1, message: T.failureReportedAs(server, reply.afterMs, got), mistake: T.tellFailureFromTimeout }
  if (!expected.ok && isOk) {
    return { rank: 2, message: T.reportedWithForecast(server, world.budgetMs, reply.afterMs), mistake: diagnose(run, world, at) ?? T.lateIsTimeout }
  }
  if (!expected.ok) return { rank: 2, message: T.pendingReportedAs(server, world.budgetMs, got), mistake: T.abortedIsTimeout }
  return { rank: 3, message: T.entryIs(server, show(actual)), mistake: T.entryShape(server) }
}
