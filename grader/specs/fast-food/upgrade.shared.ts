// The upgrade question: what the rush asks for, what each purchase costs, and what makes a
// configuration. The upgrade scenario refuses a value that is not one; the checks say why.
import type { RestaurantConfig } from '#runtime'
import { TODAY } from './restaurant.shared.ts'

/** The rush the manager wants to hold: 2 clients a second, each served in under 5 s. */
export const RUSH = { clients: 60, periodMs: 500, timeoutMs: 5000 } as const

/** The price of each unit beyond what the restaurant owns today. */
const PRICES: RestaurantConfig = { sodaMachines: 100, cooks: 33, fryerPortions: 20 }

/** The cheapest configuration that holds the rush, found by exhaustive search in
 *  tests/fast-food.test.ts. */
export const CHEAPEST = { config: { sodaMachines: 2, cooks: 6, fryerPortions: 8 }, cost: 259 } as const

export const CONFIG_KEYS = ['sodaMachines', 'cooks', 'fryerPortions'] as const

export function costOf(config: RestaurantConfig): number {
  return CONFIG_KEYS.reduce((sum, key) => sum + PRICES[key] * Math.max(0, config[key] - TODAY[key]), 0)
}

export function sameConfig(a: RestaurantConfig, b: RestaurantConfig): boolean {
  return CONFIG_KEYS.every((key) => a[key] === b[key])
}

export type ConfigKey = (typeof CONFIG_KEYS)[number]

/**
 * Why a value is not a configuration: it is no object (no `key`), or the count at `key` is
 * not a whole number of at least 1. `shown` is the value as JSON, missing when it has none.
 */
export interface ConfigProblem {
  key?: ConfigKey
  shown?: string
}

/** What is wrong with `value` as a configuration, read once; undefined when it is one. */
export function configProblem(value: unknown): ConfigProblem | undefined {
  if (typeof value !== 'object' || value === null) return { shown: String(value) }
  for (const key of CONFIG_KEYS) {
    const count = (value as Record<string, unknown>)[key]
    if (!Number.isInteger(count) || (count as number) < 1) {
      const shown = JSON.stringify(count)
      return shown === undefined ? { key } : { key, shown }
    }
  }
  return undefined
}
