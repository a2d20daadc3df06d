// The restaurant's figures, rules and trace lanes, and the rushes it is graded on: the world
// (restaurant.jail.ts) runs by them, the checks expect them.
import type { RestaurantConfig } from '#runtime'
import type { Lang } from '../../language.ts'
import { say } from '../say.ts'

export const SODA_MS = 1000
export const BURGER_MS = 3000
export const FRIES_MS = 4000

/** The restaurant of the statement, before any upgrade. */
export const TODAY: RestaurantConfig = Object.freeze({ sodaMachines: 1, cooks: 3, fryerPortions: 5 })
/** A restaurant bigger than today's, to see that `serve` sizes its limits from the config. */
export const BIGGER: RestaurantConfig = Object.freeze({ sodaMachines: 2, cooks: 5, fryerPortions: 8 })

export type Item = 'soda' | 'burger' | 'fries'
export const ITEMS: readonly Item[] = ['soda', 'burger', 'fries']

/** The rules of the restaurant, and the item each one is about. */
export const RULES = {
  'soda-machines': 'soda',
  cooks: 'burger',
  'one-batch-at-a-time': 'fries',
  'batch-on-empty-tray': 'fries',
  'portion-on-tray': 'fries',
} as const satisfies Record<string, Item>
export type Rule = keyof typeof RULES

/**
 * What the world saw of the call that broke a rule, so that the checks can name the code's
 * mistake rather than guess it:
 * - `in-serve-call`: the station was called by serve before its first await (nothing was awaited first);
 * - `after-await`: it was called later, after the order had awaited something (a lock, a permit);
 * - `tray-read-before-fill`: the tray was last read empty before a batch filled it, and not read since;
 * - `tray-read-with-portions`: since the tray was last filled, it was read with portions on it.
 */
export const CAUSES = ['in-serve-call', 'after-await', 'tray-read-before-fill', 'tray-read-with-portions'] as const
export type Cause = (typeof CAUSES)[number]

/** The trace lanes of the world, shared by the world that writes them and the checks that read them. */
export const lanes = {
  station: { soda: 'soda', burger: 'cook', fries: 'fryer' } as Record<Item, string>,
  tray: 'tray',
  violation: (rule: Rule, cause?: Cause) => `violation ${rule}${cause ? ` (${cause})` : ''}`,
}

/**
 * Each order is a span on its client's lane, with this label, from the call of serve until it
 * resolves: in the grading's language, as `try` prints it ("c1 (commande) : début").
 */
export const orderLabel = () => say({ en: 'order', fr: 'commande' })

export interface Order {
  client: string
  placedAt: number
  /** What `serve` resolved with: the milliseconds the order took, if it is right. */
  took?: unknown
  /** Missing while the order is still being served. */
  servedAt?: number
}

/** The statement's table: 10 clients ordering at t=0, in order. */
export const RUSH_AT_ONCE = { clients: 10, periodMs: 0 } as const

export interface Load {
  clients: number
  periodMs: number
  timeoutMs: number
}

/** The loads perfTest is graded on, by scenario: the statement's two, and one where some orders take exactly the limit. */
export const PERF_SCENARIOS = ['perf-1000-5000', 'perf-500-5000', 'perf-1000-4000'] as const
export type PerfScenario = (typeof PERF_SCENARIOS)[number]
export const PERF_LOADS: Record<PerfScenario, Load> = {
  'perf-1000-5000': { clients: 10, periodMs: 1000, timeoutMs: 5000 },
  'perf-500-5000': { clients: 10, periodMs: 500, timeoutMs: 5000 },
  'perf-1000-4000': { clients: 10, periodMs: 1000, timeoutMs: 4000 },
}

/** A noun's singular and plural in every language, for `count` (grader/specs/wording.ts). */
export type Noun = Record<Lang, [one: string, many: string]>

export const NOUNS = {
  sodaMachine: { en: ['soda machine', 'soda machines'], fr: ['machine à soda', 'machines à soda'] },
  cook: { en: ['cook', 'cooks'], fr: ['cuisinier', 'cuisiniers'] },
  portion: { en: ['portion', 'portions'], fr: ['portion', 'portions'] },
  cup: { en: ['cup', 'cups'], fr: ['gobelet', 'gobelets'] },
  burger: { en: ['burger', 'burgers'], fr: ['burger', 'burgers'] },
  batch: { en: ['batch', 'batches'], fr: ['fournée', 'fournées'] },
  order: { en: ['order', 'orders'], fr: ['commande', 'commandes'] },
  rule: { en: ['rule', 'rules'], fr: ['règle', 'règles'] },
} satisfies Record<string, Noun>
