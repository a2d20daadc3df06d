// Does nothing: serve orders nothing, waits the 4000 ms of a client alone and resolves
// with 4000; perfTest places no order, waits as long as the arrivals would take, and
// reports every client satisfied.
import { sleep, type Restaurant, type RestaurantConfig } from '#runtime'

export function openRestaurant(_restaurant: Restaurant): { serve(client: string): Promise<number> } {
  return {
    serve: async () => {
      await sleep(4000)
      return 4000
    },
  }
}

export async function perfTest(
  _serve: (client: string) => Promise<number>,
  load: { clients: number; periodMs: number; timeoutMs: number },
): Promise<{ satisfied: number; total: number }> {
  await sleep(load.clients * load.periodMs)
  return { satisfied: load.clients, total: load.clients }
}

export const upgrade: RestaurantConfig = { sodaMachines: 1, cooks: 3, fryerPortions: 5 }
