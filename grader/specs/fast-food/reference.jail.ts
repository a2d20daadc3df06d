// The kit's own `serve`: a semaphore per station and the fries tray under a lock. It serves
// the students' `perfTest` and `upgrade` (so a wrong `serve` cannot spoil them) and gives
// the expected run of every rush.
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
