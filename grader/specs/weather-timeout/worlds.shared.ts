// The weather worlds, as plain data: the world (scenarios.jail.ts) builds its servers from
// them, and the checks judge against them, so this file stays free of side effects.
import type { Forecast } from '#runtime'

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
  /** How each server replies. */
  replies: Record<ServerName, Reply>
  /** The servers in the order the call is given them. */
  order: readonly ServerName[]
}

export const SERVERS: readonly ServerName[] = ['A', 'B', 'C']
export const STATEMENT_BUDGET_MS = 3000

// The statement's servers; each variant changes what it needs to. No reply ties with a budget.
const statement = { A: { afterMs: 1000 }, B: { afterMs: 5000 }, C: { afterMs: 500 } }
const allFast = { ...statement, B: { afterMs: 2500 } }
// Every request pending at the deadline, so that aborting only some of them shows.
const allLate = { A: { afterMs: 2500 }, B: { afterMs: Infinity }, C: { afterMs: 3500 } }
const failingA = { ...statement, A: { afterMs: 1000, fails: true as const } }
// A failure at another position than the first: C fails before A has replied, B still pending.
const failingC = { ...statement, C: { afterMs: 500, fails: true as const } }
// An input order that is neither the arrival order (C, A, B) nor the names sorted.
const shuffled: readonly ServerName[] = ['B', 'C', 'A']

const world = (call: Call, replies: World['replies'], budgetMs = STATEMENT_BUDGET_MS, order = SERVERS): World => ({ call, budgetMs, replies, order })

export const WORLDS = {
  'all-fast': world('fetchAllWithin', allFast),
  'all-fast-shuffled': world('fetchAllWithin', allFast, STATEMENT_BUDGET_MS, shuffled),
  'all-slow': world('fetchAllWithin', statement),
  // Another budget than the statement's, so that a hard-coded 3000 shows.
  'all-never': world('fetchAllWithin', allLate, 2000),
  'all-failing': world('fetchAllWithin', failingA),
  'all-failing-later': world('fetchAllWithin', failingC),
  'available-fast': world('fetchAvailableWithin', allFast),
  'available-slow': world('fetchAvailableWithin', statement),
  'available-never': world('fetchAvailableWithin', allLate, 2000),
  'available-failing': world('fetchAvailableWithin', failingA),
  // The failing server in the middle of the list, and the entries in neither arrival nor name order.
  'available-failing-later': world('fetchAvailableWithin', failingC, STATEMENT_BUDGET_MS, shuffled),
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
