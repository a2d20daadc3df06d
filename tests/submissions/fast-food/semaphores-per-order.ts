// Misconception: the semaphores and the lock are created inside serve, so each order gets
// its own: each has a free permit, and nothing limits the orders together.
import { Lock, Semaphore, sleep, type Restaurant, type RestaurantConfig } from '#runtime'

export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  return {
    async serve(client) {
      const start = performance.now()
      const sodaFountain = new Semaphore(restaurant.config.sodaMachines)
      const kitchen = new Semaphore(restaurant.config.cooks)
      const fryer = new Lock()
      await Promise.all([
        sodaFountain.use(() => restaurant.fillSoda(client)),
        kitchen.use(() => restaurant.cookBurger(client)),
        fryer.use(async () => {
          if (restaurant.friesOnTray === 0) await restaurant.cookFries()
          restaurant.takeFries(client)
        }),
      ])
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
