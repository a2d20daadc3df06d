// The upgrade question of the seed: what the rush asks for, what each purchase costs.
import type { RestaurantConfig } from '#runtime'
import type { Text } from '../../language.ts'
import { counted, NOUNS, TODAY } from './world.ts'

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

/** "2 soda machines, 6 cooks and 8 portions per batch", in every language. */
export function describeConfig(config: RestaurantConfig): Text {
  const [machines, cooks, portions] = [
    counted(config.sodaMachines, NOUNS.sodaMachine),
    counted(config.cooks, NOUNS.cook),
    counted(config.fryerPortions, NOUNS.portion),
  ]
  return {
    en: `${machines.en}, ${cooks.en} and ${portions.en} per batch`,
    fr: `${machines.fr}, ${cooks.fr} et ${portions.fr} par fournée`,
  }
}

export function sameConfig(a: RestaurantConfig, b: RestaurantConfig): boolean {
  return KEYS.every((key) => a[key] === b[key])
}

/** Why `value` is not a usable configuration (in every language: it is found in the sandbox), or undefined when it is one. */
export function configProblem(value: unknown): Text | undefined {
  if (typeof value !== 'object' || value === null) {
    return {
      en: `upgrade is ${String(value)}, not an object { sodaMachines, cooks, fryerPortions }`,
      fr: `upgrade vaut ${String(value)}, et non un objet { sodaMachines, cooks, fryerPortions }`,
    }
  }
  for (const key of KEYS) {
    const count = (value as Record<string, unknown>)[key]
    if (!Number.isInteger(count) || (count as number) < 1) {
      const shown = JSON.stringify(count)
      return {
        en: `upgrade.${key} is ${shown ?? 'missing'}: it must be a whole number, at least 1`,
        fr: `${shown === undefined ? `upgrade.${key} est absent` : `upgrade.${key} vaut ${shown}`} : ce doit être un nombre entier, au moins 1`,
      }
    }
  }
  return undefined
}
