// Reads a weather scenario run: the requests each server received, the timers the
// submission left, and the usual reasons a time came out wrong.
import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { spansOf } from '../../sandbox/trace.ts'
import { fail, rejectedAt, resolvedAt, type Timeline } from '../feedback.ts'
import { say } from '../say.ts'
import { ABORTED, NO_SIGNAL, SERVERS, STATEMENT_BUDGET_MS, expectedSpans, laneOf, mustAsk, type ServerName, type World } from './worlds.ts'

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
export function requestsOf(run: ScenarioRun): Request[] {
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
export function ownTimersLeft(run: ScenarioRun, world: World, at: number): number {
  const waitingRequests = requestsOf(run).filter(
    (request) =>
      Number.isFinite(world.replies[request.server].afterMs) &&
      request.start <= at &&
      (request.end === undefined || request.end > at || request.endedLate === true),
  ).length
  return Math.max(0, run.timersLeft - waitingRequests)
}

export function timelineOf(run: ScenarioRun, world: World): Timeline {
  return { actual: spansOf(run.trace), expected: expectedSpans(world) }
}

/** The likely reason a call settled at the wrong time, when the trace shows one. */
export function diagnose(run: ScenarioRun, world: World, at: number): string | undefined {
  const requests = requestsOf(run)
  const late = requests.find((request) => request.start > 0)
  if (late) {
    return say({
      en: `the servers were asked one after another (server ${late.server} only at t=${late.start}): start every request at once, then wait for them together, with one budget for the whole group rather than one per request`,
      fr: `les serveurs ont été interrogés l'un après l'autre (le serveur ${late.server} seulement à t=${late.start}) : lancez toutes les requêtes d'un coup, puis attendez-les ensemble, avec un seul budget pour tout le groupe plutôt qu'un par requête`,
    })
  }
  const waitedFor = SERVERS.find((server) => world.replies[server].afterMs === at && at > world.budgetMs)
  if (waitedFor) {
    return say({
      en: `it waited for every server (server ${waitedFor} replied at t=${at}) and only then looked at the clock: the deadline has to interrupt the wait, not be checked after it`,
      fr: `elle a attendu tous les serveurs (le serveur ${waitedFor} a répondu à t=${at}) et n'a regardé l'horloge qu'ensuite : l'échéance doit interrompre l'attente, et non être vérifiée après coup`,
    })
  }
  if (at === STATEMENT_BUDGET_MS && world.budgetMs !== STATEMENT_BUDGET_MS) {
    return say({
      en: `the budget is the budgetMs parameter (${world.budgetMs} ms here), not the statement's ${STATEMENT_BUDGET_MS} ms`,
      fr: `le budget, c'est le paramètre budgetMs (${world.budgetMs} ms ici), et non les ${STATEMENT_BUDGET_MS} ms de l'énoncé`,
    })
  }
  return undefined
}

/** "[forecast A, forecast B]" for forecasts, "[A: forecast, B: timeout]" for availability entries. */
export function showResult(value: unknown): string {
  if (!Array.isArray(value)) return show(value)
  return `[${value.map(showItem).join(', ')}]`
}

function showItem(item: unknown): string {
  if (!item || typeof item !== 'object') return show(item)
  const record = item as Record<string, unknown>
  if ('ok' in record) {
    return record.ok === true
      ? say({ en: `${String(record.server)}: forecast`, fr: `${String(record.server)} : prévision` })
      : say({ en: `${String(record.server)}: ${show(record.reason)}`, fr: `${String(record.server)} : ${show(record.reason)}` })
  }
  if ('temperatureC' in record) return say({ en: `forecast ${String(record.server)}`, fr: `prévision ${String(record.server)}` })
  return show(item)
}

/** How the call ended, e.g. "rejected at t=3000 with TimeoutError: timed out after 3000 ms". */
export function ending(run: ScenarioRun): string {
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

/** "server B", "servers B and C" ("le serveur B", "les serveurs B et C"). */
export function serversText(servers: readonly ServerName[]): string {
  const list = (and: string) => (servers.length < 2 ? servers.join('') : `${servers.slice(0, -1).join(', ')} ${and} ${servers.at(-1)}`)
  return servers.length === 1
    ? say({ en: `server ${servers[0]}`, fr: `le serveur ${servers[0]}` })
    : say({ en: `servers ${list('and')}`, fr: `les serveurs ${list('et')}` })
}

/**
 * A check about the requests passes only if the requests were made: every server of
 * `mustAsk(world)` was asked before the call settled at `at`. Otherwise fails, saying
 * what the check needed (`needs`) and what the code did.
 */
export function requireRequests(run: ScenarioRun, world: World, at: number, needs: string): void {
  const requests = requestsOf(run)
  const asked = (server: ServerName) => requests.some((request) => request.server === server && request.start <= at)
  const unasked = mustAsk(world).filter((server) => !asked(server))
  if (unasked.length === 0) return
  const none = requests.length === 0
  fail({
    message: none
      ? say({ en: `${world.call} asked no server, and ${ending(run)}`, fr: `${world.call} n'a interrogé aucun serveur, et ${ending(run)}` })
      : say({
          en: `${world.call} never asked ${serversText(unasked)}, and ${ending(run)}`,
          fr: `${world.call} n'a jamais interrogé ${serversText(unasked)}, et ${ending(run)}`,
        }),
    expected: say({
      en: `fetchWeather called for ${SERVERS.join(', ')} at t=0; ${needs}`,
      fr: `fetchWeather appelée pour ${SERVERS.join(', ')} à t=0 ; ${needs}`,
    }),
    actual: none
      ? say({ en: 'no request made', fr: 'aucune requête faite' })
      : requests
          .map((request) => say({ en: `server ${request.server} asked at t=${request.start}`, fr: `serveur ${request.server} interrogé à t=${request.start}` }))
          .join(', '),
    // Asked one after another: the servers not asked yet are the ones a sequential loop had not reached.
    mistake:
      (requests.some((request) => request.start > 0) ? diagnose(run, world, at) : undefined) ??
      say({
        en: 'the checks judge what the servers saw, not a value written into the code: call fetchWeather(server, signal) for every server, all at once, and let the budget decide what is kept and what is aborted',
        fr: "les vérifications jugent ce que les serveurs ont vu, et non une valeur écrite dans le code : appelez fetchWeather(server, signal) pour chaque serveur, tous d'un coup, et laissez le budget décider de ce qui est gardé et de ce qui est annulé",
      }),
    timeline: timelineOf(run, world),
  })
}
