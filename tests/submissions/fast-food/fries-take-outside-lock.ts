// Misconception: the fries tray is checked under the fryer lock, but the portion is taken
// after the lock is released: several orders count on the same portions.
import { Lock, Semaphore, sleep, type Restaurant, type RestaurantConfig } from '#runtime'

export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  const sodaFountain = new Semaphore(restaurant.config.sodaMachines)
  const kitchen = new Semaphore(restaurant.config.cooks)
  const fryer = new Lock()

  async function getFries(client: string): Promise<void> {
    await fryer.use(async () => {
      if (restaurant.friesOnTray === 0) await restaurant.cookFries()
    })
    // Wrong: the portion is taken after the lock is released; between the check and the
    // take, other orders saw the same portions.
    restaurant.takeFries(client)
  }

  return {
    async serve(client) {
      const start = performance.now()
      await Promise.all([sodaFountain.use(() => restaurant.fillSoda(client)), kitchen.use(() => restaurant.cookBurger(client)), getFries(client)])
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
