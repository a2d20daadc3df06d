// Misconception: every order sends its burger to the kitchen at once, as if there were
// a cook per client: nothing limits the burgers to the 3 cooks.
import { Lock, Semaphore, sleep, type Restaurant, type RestaurantConfig } from '#runtime'

export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  const fountain = new Semaphore(restaurant.config.sodaMachines)
  const fryer = new Lock()
  const getSoda = (client: string) => fountain.use(() => restaurant.fillSoda(client))
  const getBurger = (client: string) => restaurant.cookBurger(client)
  const getFries = (client: string) =>
    fryer.use(async () => {
      if (restaurant.friesOnTray === 0) await restaurant.cookFries()
      restaurant.takeFries(client)
    })
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
    orders.push(serve(`client_${n}`))
    if (n < load.clients) await sleep(load.periodMs)
  }
  const durations = await Promise.all(orders)
  return { satisfied: durations.filter((ms) => ms < load.timeoutMs).length, total: durations.length }
}

export const upgrade: RestaurantConfig = { sodaMachines: 2, cooks: 6, fryerPortions: 8 }
