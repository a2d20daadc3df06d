// Does nothing: serve orders nothing and resolves at once with 0; perfTest places no
// order, awaits an empty array and counts what it got; upgrade is today's restaurant.
import type { Restaurant, RestaurantConfig } from '#runtime'

export function openRestaurant(_restaurant: Restaurant): { serve(client: string): Promise<number> } {
  return { serve: async () => 0 }
}

export async function perfTest(
  _serve: (client: string) => Promise<number>,
  load: { clients: number; periodMs: number; timeoutMs: number },
): Promise<{ satisfied: number; total: number }> {
  const took: number[] = await Promise.all([])
  return { satisfied: took.filter((ms) => ms < load.timeoutMs).length, total: load.clients }
}

export const upgrade: RestaurantConfig = { sodaMachines: 1, cooks: 3, fryerPortions: 5 }
