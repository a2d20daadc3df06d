// The upgrade question of the seed: what the rush asks for, what each purchase costs.
import type { RestaurantConfig } from '#runtime'
import { plural, TODAY } from './world.ts'

/** The rush the manager wants to hold: 2 clients a second, each served in under 5 s. */
export const RUSH = { clients: 60, periodMs: 500, timeoutMs: 5000 } as const

/** The price of each unit beyond what the restaurant owns today. */
const PRICES: RestaurantConfig = { sodaMachines: 100, cooks: 33, fryerPortions: 20 }

/** The cheapest configuration that holds the rush, found by exhaustive search in
 *  tests/fast-food.test.ts; the seed's conclusion. */
export const CHEAPEST = { config: { sodaMachines: 2, cooks: 6, fryerPortions: 8 }, cost: 259 } as const

const KEYS = ['sodaMachines', 'cooks', 'fryerPortions'] as const

export function costOf(config: RestaurantConfig): number {
  return KEYS.reduce((sum, key) => sum + PRICES[key] * Math.max(0, config[key] - TODAY[key]), 0)
}

export function describeConfig(config: RestaurantConfig): string {
  return `${plural(config.sodaMachines, 'soda machine')}, ${plural(config.cooks, 'cook')} and ${plural(config.fryerPortions, 'portion')} per batch`
}

export function sameConfig(a: RestaurantConfig, b: RestaurantConfig): boolean {
  return KEYS.every((key) => a[key] === b[key])
}

/** Why `value` is not a usable configuration, or undefined when it is one. */
export function configProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return `upgrade is ${String(value)}, not an object { sodaMachines, cooks, fryerPortions }`
  for (const key of KEYS) {
    const count = (value as Record<string, unknown>)[key]
    if (!Number.isInteger(count) || (count as number) < 1) {
      return `upgrade.${key} is ${JSON.stringify(count) ?? 'missing'}: it must be a whole number, at least 1`
    }
  }
  return undefined
}
