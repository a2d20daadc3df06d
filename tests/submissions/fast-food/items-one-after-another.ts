// Misconception: the three items of an order are awaited one after the other, so a
// client alone waits 1000 + 3000 + 4000 ms instead of the 4000 of the slowest item.
import { Lock, Semaphore, sleep, type Restaurant, type RestaurantConfig } from '#runtime'

export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  const fountain = new Semaphore(restaurant.config.sodaMachines)
  const kitchen = new Semaphore(restaurant.config.cooks)
  const fryer = new Lock()
  const getSoda = (client: string) => fountain.use(() => restaurant.fillSoda(client))
  const getBurger = (client: string) => kitchen.use(() => restaurant.cookBurger(client))
  const getFries = (client: string) =>
    fryer.use(async () => {
      if (restaurant.friesOnTray === 0) await restaurant.cookFries()
      restaurant.takeFries(client)
    })
  return {
    async serve(client) {
      const start = performance.now()
      await getSoda(client)
      await getBurger(client)
      await getFries(client)
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
