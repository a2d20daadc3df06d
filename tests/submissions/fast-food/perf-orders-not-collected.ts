// Misconception: perfTest places each order on time but never keeps the promise serve
// returns: it awaits an empty array and counts nothing, while the orders are still served.
import { Lock, Semaphore, sleep, type Restaurant, type RestaurantConfig } from '#runtime'

export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  const { sodaMachines, cooks } = restaurant.config
  const sodaFountain = new Semaphore(sodaMachines)
  const kitchen = new Semaphore(cooks)
  const fryer = new Lock()

  async function getSoda(client: string): Promise<void> {
    await sodaFountain.use(() => restaurant.fillSoda(client))
  }

  async function getBurger(client: string): Promise<void> {
    await kitchen.use(() => restaurant.cookBurger(client))
  }

  async function getFries(client: string): Promise<void> {
    await fryer.use(async () => {
      if (restaurant.friesOnTray === 0) await restaurant.cookFries()
      restaurant.takeFries(client)
    })
  }

  return {
    async serve(client) {
      const start = performance.now()
      await Promise.all([getSoda(client), getBurger(client), getFries(client)])
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
    serve(`client_${n}`)
    if (n < load.clients) await sleep(load.periodMs)
  }
  const durations = await Promise.all(orders)
  return { satisfied: durations.filter((ms) => ms < load.timeoutMs).length, total: load.clients }
}

export const upgrade: RestaurantConfig = { sodaMachines: 2, cooks: 6, fryerPortions: 8 }
