// Misconception: the arrivals are scheduled with setTimeout, each pushing its order when it
// fires, and the orders are awaited at once: Promise.all gets the array while it is still
// empty, so perfTest resolves at t=0 with nothing counted. The orders are placed on time.
import { Lock, Semaphore, type Restaurant, type RestaurantConfig } from '#runtime'

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
    setTimeout(() => orders.push(serve(`client_${n}`)), (n - 1) * load.periodMs)
  }
  const durations = await Promise.all(orders)
  return { satisfied: durations.filter((ms) => ms < load.timeoutMs).length, total: load.clients }
}

export const upgrade: RestaurantConfig = { sodaMachines: 2, cooks: 6, fryerPortions: 8 }
