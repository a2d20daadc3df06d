import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { explainOutcome, fail, settledAt } from '../feedback.ts'
import { gradeExercise } from '../kit.ts'
import { diagnose, ending, ownTimersLeft, requestsOf, sameData, showResult, timelineOf } from './reading.ts'
import {
  FORECASTS, SERVERS, WORLDS, expectedEntries, expectedSettle, failureMessage, pendingAtSettle, settleReason,
  type Entry, type ScenarioName, type ServerName, type World,
} from './worlds.ts'

/** When the call settled; fails with the standard explanation of any other ending (the stub's included). */
function settleTime(run: ScenarioRun, world: World): number {
  const outcome = run.outcome
  if (outcome.kind === 'rejected' && /not implemented yet/i.test(outcome.error.message)) fail(explainOutcome(run, world.call))
  if (outcome.kind === 'deadlock') {
    const silent = SERVERS.find((server) => !Number.isFinite(world.replies[server].afterMs))
    fail({
      ...explainOutcome(run, world.call),
      ...(silent ? { mistake: `server ${silent} never replies, and nothing stopped the wait: the budget has to end it, by aborting the request at the deadline (timeout() from #runtime, or your own timer and AbortController)` } : {}),
      timeline: timelineOf(run, world),
    })
  }
  return settledAt(run, world.call)
}

/** What ends the wait for the pending requests, in words: "the deadline (t=3000)". */
function occasion(world: World): string {
  const at = expectedSettle(world)
  return `${at === world.budgetMs ? 'the deadline' : settleReason(world)} (t=${at})`
}

/** Every request still pending when the call should settle has been aborted by then. */
function checkAborted(run: ScenarioRun, world: World): void {
  settleTime(run, world)
  const by = expectedSettle(world)
  const onFailure = by !== world.budgetMs
  for (const request of requestsOf(run)) {
    if (!pendingAtSettle(world).includes(request.server) || request.start > by) continue
    if (request.abortedAt !== undefined && request.abortedAt <= by) continue
    const server = `server ${request.server}`
    const said = { expected: `${server} aborted by t=${by}`, timeline: timelineOf(run, world) }
    if (request.abortedAt !== undefined) {
      fail({
        ...said,
        message: `${server} was aborted at t=${request.abortedAt}, after ${occasion(world)}`,
        actual: `${server} aborted at t=${request.abortedAt}`,
        mistake: diagnose(run, world, request.abortedAt) ?? 'abort the requests still pending at the deadline itself',
      })
    }
    fail({
      ...said,
      message: request.end === undefined
        ? `${server} was never aborted: after ${occasion(world)} its request was still waiting, for a reply that never comes`
        : `${server} was not aborted at ${occasion(world)}: its request kept running and replied at t=${request.end}`,
      actual: request.end === undefined ? `${server} still waiting` : `${server} ran until t=${request.end}`,
      mistake: !request.withSignal
        ? `fetchWeather was called without a signal, so nothing could stop the request (Promise.race, or an early return, only stops waiting for it): pass an AbortSignal to every request and abort it ${onFailure ? 'when a server fails' : 'at the deadline'}`
        : onFailure
          ? 'Promise.all rejects at the first failure but leaves the other requests running: abort their signal when one fails'
          : 'Promise.race (or a timer) only stops waiting; it does not stop the requests: abort the signal you gave them at the deadline',
    })
  }
}

// fetchAvailableWithin

const showEntry = (entry: unknown): string => showResult([entry]).slice(1, -1)

/** The contract's fields of an entry, to compare regardless of extra ones. */
function entryFields(entry: unknown): unknown {
  if (!entry || typeof entry !== 'object') return entry
  const { server, ok, forecast, reason } = entry as Record<string, unknown>
  return ok === true ? { server, ok, forecast } : { server, ok, reason }
}

/** What went wrong with one server's entry, worst first: a lost forecast, a failure taken for a timeout... */
function entryMistake(world: World, server: ServerName, expected: Entry, actual: unknown, at: number, run: ScenarioRun) {
  const reply = world.replies[server]
  const got = showEntry(actual)
  const isOk = (actual as { ok?: unknown } | undefined)?.ok === true
  if (expected.ok && !isOk) {
    return {
      rank: 0,
      message: `server ${server}'s forecast arrived at t=${reply.afterMs}, but was reported as ${got}`,
      mistake: 'the forecasts that did arrive were lost: keep each forecast as it arrives, and report as "timeout" only the servers still pending at the deadline',
    }
  }
  if (!expected.ok && expected.reason === 'error') {
    return {
      rank: 1,
      message: `server ${server} failed at t=${reply.afterMs}, but was reported as ${got}`,
      mistake: 'tell a failure from a timeout: a request that rejected by itself before the deadline is an "error"; only one still pending at the deadline is a "timeout"',
    }
  }
  if (!expected.ok && isOk) {
    return {
      rank: 2,
      message: `server ${server} was reported with a forecast, but it had not replied by the deadline (t=${world.budgetMs}); it replied at t=${reply.afterMs}`,
      mistake: diagnose(run, world, at) ?? 'a server that has not replied by the deadline is a "timeout"',
    }
  }
  if (!expected.ok) {
    return {
      rank: 2,
      message: `server ${server} was still pending at the deadline (t=${world.budgetMs}), but was reported as ${got}`,
      mistake: 'a request aborted at the deadline rejects too: report it as "timeout"; "error" is for a server that failed by itself',
    }
  }
  return {
    rank: 3,
    message: `server ${server}'s entry is ${show(actual)}`,
    mistake: `an entry with a forecast is { server: "${server}", ok: true, forecast }, holding the forecast the server replied`,
  }
}

/** fetchAvailableWithin settles when it should, with one right entry per server, in input order. */
function checkEntries(run: ScenarioRun, world: World): void {
  const at = settleTime(run, world)
  const expected = expectedEntries(world)
  const expectedAt = expectedSettle(world)
  const said = { expected: `resolves at t=${expectedAt} (${settleReason(world)}) with ${showResult(expected)}`, actual: ending(run), timeline: timelineOf(run, world) }
  const outcome = run.outcome
  if (outcome.kind === 'rejected') {
    const failed = SERVERS.find((server) => outcome.error.message === failureMessage(server))
    fail({
      ...said,
      message: `fetchAvailableWithin ${ending(run)}`,
      mistake: failed
        ? `server ${failed}'s failure made the whole call reject: best effort reports it as { ok: false, reason: "error" } and keeps the others`
        : outcome.error.name === 'TimeoutError'
          ? 'best effort never fails as a whole: when the budget runs out, keep the forecasts that arrived and report the servers still pending as "timeout"'
          : diagnose(run, world, at),
    })
  }
  const value = outcome.kind === 'resolved' ? outcome.value : undefined
  if (!Array.isArray(value) || value.length !== SERVERS.length) {
    fail({ ...said, message: `fetchAvailableWithin ${ending(run)}`, mistake: 'resolve with one entry per server, in the order of servers' })
  }
  const order = value.map((entry) => (entry as { server?: unknown } | null)?.server)
  if (!sameData(order, SERVERS)) {
    fail({
      ...said,
      message: `fetchAvailableWithin returned its entries in the order ${order.map((name) => (typeof name === 'string' ? name : show(name))).join(', ')}, not ${SERVERS.join(', ')} (the order of servers)`,
      mistake: [...order].sort().join() === [...SERVERS].join()
        ? 'keep the order of servers (fill each server\'s own slot), not the order the replies arrived in'
        : 'one entry per server, whose server field is the server\'s name',
    })
  }
  const wrong = SERVERS.flatMap((server, index) =>
    sameData(entryFields(value[index]), expected[index]) ? [] : [entryMistake(world, server, expected[index]!, value[index], at, run)],
  ).sort((a, b) => a.rank - b.rank)
  if (wrong[0]) fail({ ...said, message: wrong[0].message, mistake: wrong[0].mistake })
  if (at !== expectedAt) {
    fail({
      ...said,
      message: `fetchAvailableWithin resolved at t=${at}, not at t=${expectedAt} (${settleReason(world)})`,
      mistake: diagnose(run, world, at) ?? (at < expectedAt
        ? 'a missing await: the call resolved before the replies it reports had arrived'
        : `every server had replied by t=${expectedAt}, yet it waited on: settle as soon as the last reply arrives, and at the budget only if some are still pending`),
    })
  }
}

gradeExercise('weather-timeout', ({ scenario, check }) => {
  const runs = Object.fromEntries(Object.keys(WORLDS).map((name) => [name, scenario(name)])) as Record<ScenarioName, () => Promise<ScenarioRun>>
  const each = async (names: ScenarioName[], body: (run: ScenarioRun, world: World) => void) => {
    for (const name of names) body(await runs[name](), WORLDS[name])
  }

  check('all-in-order', () => each(['all-fast'], (run, world) => {
    const at = settleTime(run, world)
    const expectedAt = expectedSettle(world)
    const forecasts = SERVERS.map((server) => FORECASTS[server])
    const said = { expected: `resolves at t=${expectedAt} with ${showResult(forecasts)}`, actual: ending(run), timeline: timelineOf(run, world) }
    if (run.outcome.kind === 'rejected') {
      fail({
        ...said,
        message: `fetchAllWithin ${ending(run)}, although every server replied by t=${expectedAt}, within the budget of ${world.budgetMs} ms`,
        mistake: diagnose(run, world, at) ?? 'every server replied in time: the call resolves with their forecasts',
      })
    }
    const value = run.outcome.kind === 'resolved' ? run.outcome.value : undefined
    if (at !== expectedAt) {
      fail({
        ...said,
        message: `fetchAllWithin resolved at t=${at}, not when the last server replied (t=${expectedAt})`,
        mistake: diagnose(run, world, at) ?? (at < expectedAt
          ? 'a missing await: the call resolved before every server had replied'
          : 'something waited after the last reply: resolve as soon as every forecast is in'),
      })
    }
    if (!sameData(value, forecasts)) {
      const arrival = [...SERVERS].sort((a, b) => world.replies[a].afterMs - world.replies[b].afterMs).map((server) => FORECASTS[server])
      fail({
        ...said,
        message: `fetchAllWithin resolved with ${showResult(value)}`,
        mistake: sameData(value, arrival)
          ? 'the forecasts are in the order they arrived: keep the order of servers (Promise.all does)'
          : Array.isArray(value) && value.some((item) => show(item) === 'a Promise')
            ? 'a missing await: the result holds promises instead of forecasts'
            : 'resolve with the forecasts fetchWeather returned, one per server, in the order of servers',
      })
    }
  }))

  check('all-timeout-at-budget', () => each(['all-slow', 'all-never'], (run, world) => {
    const at = settleTime(run, world)
    const budget = world.budgetMs
    const said = { expected: `rejects with a TimeoutError at t=${budget}`, actual: ending(run), timeline: timelineOf(run, world) }
    const outcome = run.outcome
    if (outcome.kind === 'resolved') {
      fail({
        ...said,
        message: `fetchAllWithin ${ending(run)}, although server B had not replied by the deadline (t=${budget})`,
        mistake: diagnose(run, world, at) ?? 'all or nothing: when a server has not replied by the deadline, the call rejects with a TimeoutError',
      })
    }
    if (at !== budget) {
      fail({
        ...said,
        message: `fetchAllWithin rejected at t=${at}, not at the deadline (t=${budget}, the budget of ${budget} ms)`,
        mistake: diagnose(run, world, at) ?? (at < budget ? 'the call gave up before the budget had run out' : 'the deadline must end the wait at budgetMs after the call started'),
      })
    }
    if (outcome.kind === 'rejected' && outcome.error.name !== 'TimeoutError') {
      fail({
        ...said,
        message: `fetchAllWithin rejected at t=${at} with ${outcome.error.name}: ${outcome.error.message}, not with a TimeoutError`,
        mistake: 'reject with a TimeoutError (exported by #runtime): abort the requests with one as the reason, or throw one',
      })
    }
  }))

  check('all-aborts-pending', () => each(['all-slow', 'all-never'], checkAborted))

  check('all-failure', () => each(['all-failing'], (run, world) => {
    const at = settleTime(run, world)
    const failed = SERVERS.find((server) => world.replies[server].fails)!
    const failedAt = world.replies[failed].afterMs
    const error = `Error: ${failureMessage(failed)}`
    const said = { expected: `rejects at t=${failedAt} with ${error}`, actual: ending(run), timeline: timelineOf(run, world) }
    const swallowed = `the failure of server ${failed} was swallowed (a catch, or Promise.allSettled): all or nothing means one failing server makes the whole call reject with its error`
    const outcome = run.outcome
    if (outcome.kind === 'resolved') {
      fail({ ...said, message: `fetchAllWithin ${ending(run)}, although server ${failed} failed at t=${failedAt}`, mistake: swallowed })
    }
    if (outcome.kind === 'rejected' && outcome.error.message !== failureMessage(failed)) {
      fail({
        ...said,
        message: `fetchAllWithin ${ending(run)}, not with the error server ${failed} failed with at t=${failedAt}`,
        mistake: diagnose(run, world, at) ?? swallowed,
      })
    }
    if (at !== failedAt) {
      fail({
        ...said,
        message: `fetchAllWithin rejected with server ${failed}'s error only at t=${at}; server ${failed} failed at t=${failedAt}`,
        mistake: diagnose(run, world, at) ?? 'a failure ends the call at once: Promise.all rejects as soon as one request rejects, Promise.allSettled waits for them all',
      })
    }
    checkAborted(run, world)
  }))

  check('all-no-timer-left', () => each(['all-fast', 'all-failing'], (run, world) => {
    const at = settleTime(run, world)
    const left = ownTimersLeft(run, world, at)
    if (left === 0) return
    fail({
      message: `fetchAllWithin ${run.outcome.kind} at t=${at}, before the budget ran out, and left ${left === 1 ? 'a timer' : `${left} timers`} of its own pending`,
      expected: 'no timer of its own left once the call has settled',
      actual: `${left} timer${left === 1 ? '' : 's'} still pending at t=${at}`,
      mistake: 'the budget\'s timer outlives the call: cancel it once the call settles (clearTimeout in a finally, or abort the signal you gave sleep), or use timeout() from #runtime, which does it for you',
    })
  }))

  check('available-keeps-arrived', () => each(['available-slow'], checkEntries))
  check('available-aborts-pending', () => each(['available-slow', 'available-failing'], checkAborted))
  check('available-early', () => each(['available-fast'], checkEntries))
  check('available-error', () => each(['available-failing'], checkEntries))
})
