// The weather worlds of the scenarios, as plain data, and what a correct submission does
// in each. Shared by the sandbox (scenarios.ts builds the world from it) and the specs
// (which judge against it), so it must stay free of side effects.
import type { Forecast } from '#runtime'
import type { Text } from '../../language.ts'
import type { Span } from '../../sandbox/trace.ts'

export type ServerName = 'A' | 'B' | 'C'
export type Call = 'fetchAllWithin' | 'fetchAvailableWithin'

/** How a server replies: after `afterMs` of virtual time (Infinity: never), with a forecast or a failure. */
export interface Reply {
  afterMs: number
  fails?: true
}

export interface World {
  call: Call
  budgetMs: number
  /** The servers in input order, and how each replies. */
  replies: Record<ServerName, Reply>
}

export const SERVERS: readonly ServerName[] = ['A', 'B', 'C']
export const STATEMENT_BUDGET_MS = 3000

// The statement's servers; each variant changes one of them. No reply ties with a budget.
const statement = { A: { afterMs: 1000 }, B: { afterMs: 5000 }, C: { afterMs: 500 } }
const allFast = { ...statement, B: { afterMs: 2500 } }
const neverB = { ...statement, B: { afterMs: Infinity } }
const failingA = { ...statement, A: { afterMs: 1000, fails: true as const } }
// A failure at another position than the first: C fails before A has replied, B still pending.
const failingC = { ...statement, C: { afterMs: 500, fails: true as const } }

export const WORLDS = {
  'all-fast': { call: 'fetchAllWithin', budgetMs: STATEMENT_BUDGET_MS, replies: allFast },
  'all-slow': { call: 'fetchAllWithin', budgetMs: STATEMENT_BUDGET_MS, replies: statement },
  // Another budget than the statement's, so a hard-coded 3000 shows.
  'all-never': { call: 'fetchAllWithin', budgetMs: 2000, replies: neverB },
  'all-failing': { call: 'fetchAllWithin', budgetMs: STATEMENT_BUDGET_MS, replies: failingA },
  'all-failing-later': { call: 'fetchAllWithin', budgetMs: STATEMENT_BUDGET_MS, replies: failingC },
  'available-fast': { call: 'fetchAvailableWithin', budgetMs: STATEMENT_BUDGET_MS, replies: allFast },
  'available-slow': { call: 'fetchAvailableWithin', budgetMs: STATEMENT_BUDGET_MS, replies: statement },
  'available-failing': { call: 'fetchAvailableWithin', budgetMs: STATEMENT_BUDGET_MS, replies: failingA },
  'available-failing-later': { call: 'fetchAvailableWithin', budgetMs: STATEMENT_BUDGET_MS, replies: failingC },
} satisfies Record<string, World>

export type ScenarioName = keyof typeof WORLDS

export const FORECASTS: Record<ServerName, Forecast> = {
  A: { server: 'A', temperatureC: 18, summary: 'sunny spells' },
  B: { server: 'B', temperatureC: 16, summary: 'light rain' },
  C: { server: 'C', temperatureC: 19, summary: 'clear sky' },
}

export function failureMessage(server: ServerName): string {
  return `server ${server} answered 503 Service Unavailable`
}

/** The timeline row of a server's requests. */
export const laneOf = (server: ServerName): string => `server ${server}`

/** Trace event on a server's lane: the request's signal was aborted. */
export const ABORTED = 'aborted'
/** Trace event on a server's lane: the request was made without a signal. */
export const NO_SIGNAL = 'no signal'

// What a correct submission does.

const failures = (world: World) => SERVERS.filter((server) => world.replies[server].fails)
const lastReply = (world: World) => Math.max(...SERVERS.map((server) => world.replies[server].afterMs))

/** When the call settles: at the budget, unless every reply came first (or, for all or nothing, a failure). */
export function expectedSettle(world: World): number {
  const firstFailure = Math.min(...failures(world).map((server) => world.replies[server].afterMs))
  const early = world.call === 'fetchAllWithin' ? Math.min(firstFailure, lastReply(world)) : lastReply(world)
  return Math.min(world.budgetMs, early)
}

/** Why the call settles when it does, for messages (in every language: the sandbox has none). */
export function settleReason(world: World): Text {
  const at = expectedSettle(world)
  if (at === world.budgetMs) return { en: `the budget of ${world.budgetMs} ms`, fr: `le budget de ${world.budgetMs} ms` }
  const failed = failures(world).find((server) => world.replies[server].afterMs === at)
  return failed ? { en: `the failure of server ${failed}`, fr: `la panne du serveur ${failed}` } : { en: 'the last reply', fr: 'la dernière réponse' }
}

/** The servers that had not replied when the call settles: their requests must be aborted by then. */
export function pendingAtSettle(world: World): ServerName[] {
  return SERVERS.filter((server) => world.replies[server].afterMs > expectedSettle(world))
}

/**
 * The servers a call must have asked, by the time it settled, for what the checks say
 * about its requests to mean anything: those still pending at the deadline when the budget
 * ends the call, the failing one when a failure ends it, and every server otherwise.
 */
export function mustAsk(world: World): ServerName[] {
  const at = expectedSettle(world)
  if (at === world.budgetMs) return pendingAtSettle(world)
  const failed = failures(world).filter((server) => world.replies[server].afterMs === at)
  return failed.length > 0 ? failed : [...SERVERS]
}

export type Entry = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

/** fetchAvailableWithin's expected result. */
export function expectedEntries(world: World): Entry[] {
  return SERVERS.map((server): Entry => {
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
    ...SERVERS.map((server) => ({ lane: laneOf(server), label: laneOf(server), start: 0, end: Math.min(end, world.replies[server].afterMs) })),
  ]
}
