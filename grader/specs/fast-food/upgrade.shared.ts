// The upgrade question: what the rush asks for, what each purchase costs, and what makes a
// configuration. The upgrade scenario refuses a value that is not one; the checks say why.
import type { RestaurantConfig } from '#runtime'
import { TODAY } from './restaurant.shared.ts'

/** The rush the manager wants to hold: 2 clients a second, each served in under 5 s. */
export const RUSH = { clients: 60, periodMs: 500, timeoutMs: 5000 } as const

export const CONFIG_KEYS = ['sodaMachines', 'cooks', 'fryerPortions'] as const

export type ConfigKey = (typeof CONFIG_KEYS)[number]

/** The price of each unit beyond what the restaurant owns today: a price list, not a configuration. */
const PRICES: readonly { key: ConfigKey; price: number }[] = [
  { key: 'sodaMachines', price: 100 },
  { key: 'cooks', price: 33 },
  { key: 'fryerPortions', price: 20 },
]

export function costOf(config: RestaurantConfig): number {
  return PRICES.reduce((sum, { key, price }) => sum + price * Math.max(0, config[key] - TODAY[key]), 0)
}

export function sameConfig(a: RestaurantConfig, b: RestaurantConfig): boolean {
  return CONFIG_KEYS.every((key) => a[key] === b[key])
}

/** A configuration as text, its keys in one order whatever the order given: what the cheapest one's hash is taken of. */
export function canonicalConfig(config: RestaurantConfig): string {
  return JSON.stringify(Object.fromEntries(CONFIG_KEYS.map((key) => [key, config[key]])))
}

/**
 * Why a value is not a configuration: it is no object (no `key`), or the count at `key` is
 * not a whole number of at least 1. `shown` is the value as JSON, missing when it has none.
 */
export interface ConfigProblem {
  key?: ConfigKey
  shown?: string
}

/** `value` as a configuration, each count read once; or what is wrong with it. */
export function readConfig(value: unknown): { config: RestaurantConfig; problem?: undefined } | { problem: ConfigProblem; config?: undefined } {
  if (typeof value !== 'object' || value === null) return { problem: { shown: String(value) } }
  const config: Partial<Record<ConfigKey, number>> = {}
  for (const key of CONFIG_KEYS) {
    const count = (value as Record<string, unknown>)[key]
    if (!Number.isInteger(count) || (count as number) < 1) {
      const shown = JSON.stringify(count)
      return { problem: shown === undefined ? { key } : { key, shown } }
    }
    config[key] = count as number
  }
  return { config: config as RestaurantConfig }
}
