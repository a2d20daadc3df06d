// Misconception: the fries tray is checked outside the fryer lock, only the cooking inside
// it. Every order that saw the tray empty at t=0 cooks a batch in turn, on a full tray.
import { Lock, Semaphore, sleep, type Restaurant, type RestaurantConfig } from '#runtime'

export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  const sodaFountain = new Semaphore(restaurant.config.sodaMachines)
  const kitchen = new Semaphore(restaurant.config.cooks)
  const fryer = new Lock()

  async function getFries(client: string): Promise<void> {
    // Wrong: the tray is checked before taking the lock; by the time the lock is free, a
    // batch may have filled it.
    if (restaurant.friesOnTray === 0) await fryer.use(() => restaurant.cookFries())
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
