// Misconception: perfTest waits periodMs before every order, the first one included, so the
// first client arrives at t=periodMs instead of t=0. The rest of the file is the reference's.
import { Lock, Semaphore, sleep, type Restaurant, type RestaurantConfig } from '#runtime'

export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  const { sodaMachines, cooks } = restaurant.config
  // One permit per machine and per cook: an order waits for a free one, first come first served.
  const sodaFountain = new Semaphore(sodaMachines)
  const kitchen = new Semaphore(cooks)
  // The tray is shared state read and changed across an await (the batch cooking):
  // without the lock, several orders would see it empty and each start a batch.
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
      // The three items are ordered at once; the order is ready when the slowest is.
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
    // Wrong: the wait comes before each order, the first one included.
    await sleep(load.periodMs)
    orders.push(serve(`client_${n}`))
  }
  const durations = await Promise.all(orders)
  return { satisfied: durations.filter((ms) => ms < load.timeoutMs).length, total: durations.length }
}

// Two clients a second means each station must make two items a second: 2 machines of
// 1 cup a second, 6 cooks of 1 burger every 3 s, 8 portions every 4 s.
export const upgrade: RestaurantConfig = { sodaMachines: 2, cooks: 6, fryerPortions: 8 }
