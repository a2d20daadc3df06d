// The kit's own `serve`, written the way the seed does it: a semaphore per station and
// the fries batch counter under a lock. It judges the students' `upgrade` (so a wrong
// `serve` cannot spoil a right upgrade) and gives the expected figures of every rush.
import { Lock, Semaphore, type Restaurant } from '#runtime'

export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  const { sodaMachines, cooks } = restaurant.config
  const soda = new Semaphore(sodaMachines)
  const kitchen = new Semaphore(cooks)
  const fryer = new Lock()

  const fries = (client: string) =>
    fryer.use(async () => {
      if (restaurant.friesOnTray === 0) await restaurant.cookFries()
      restaurant.takeFries(client)
    })

  return {
    async serve(client) {
      const start = performance.now()
      await Promise.all([soda.use(() => restaurant.fillSoda(client)), kitchen.use(() => restaurant.cookBurger(client)), fries(client)])
      return performance.now() - start
    },
  }
}
