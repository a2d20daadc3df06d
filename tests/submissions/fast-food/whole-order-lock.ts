// Misconception: one lock around the whole order keeps every rule. It does, but every client
// then waits for the previous one to be served, even for stations that are free.
import { Lock, sleep, type Restaurant, type RestaurantConfig } from '#runtime'

export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  const counter = new Lock()
  return {
    async serve(client) {
      const start = performance.now()
      await counter.use(async () => {
        const fries = async () => {
          if (restaurant.friesOnTray === 0) await restaurant.cookFries()
          restaurant.takeFries(client)
        }
        await Promise.all([restaurant.fillSoda(client), restaurant.cookBurger(client), fries()])
      })
      return performance.now() - start
    },
  }
}

export async function perfTest(
  serve: (client: string) => Promise<number>,
  load: { clients: number; periodMs: number; timeoutMs: number },
): Promise<{ satisfied: number; total: number }> {
  const orders: Promise<number>[] = []
  for (let n = 1; n <= load.clients; n++) {
    orders.push(serve(`client_${n}`))
    if (n < load.clients) await sleep(load.periodMs)
  }
  const durations = await Promise.all(orders)
  return { satisfied: durations.filter((ms) => ms < load.timeoutMs).length, total: durations.length }
}

export const upgrade: RestaurantConfig = { sodaMachines: 2, cooks: 6, fryerPortions: 8 }
