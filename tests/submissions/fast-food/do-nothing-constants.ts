// Does nothing: serve orders nothing and resolves at once with the 4000 ms of a client
// alone; perfTest places no order and resolves with { satisfied: 10, total: 10 }.
import type { Restaurant, RestaurantConfig } from '#runtime'

export function openRestaurant(_restaurant: Restaurant): { serve(client: string): Promise<number> } {
  return { serve: async () => 4000 }
}

export async function perfTest(
  _serve: (client: string) => Promise<number>,
  _load: { clients: number; periodMs: number; timeoutMs: number },
): Promise<{ satisfied: number; total: number }> {
  return { satisfied: 10, total: 10 }
}

export const upgrade: RestaurantConfig = { sodaMachines: 1, cooks: 3, fryerPortions: 5 }
