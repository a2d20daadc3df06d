// Correct, in the seed's style: a class, its own fries counter under a Lock (not
// friesOnTray), burger ordered first, and perfTest measuring each order itself.
import { Lock, Semaphore, sleep, type Restaurant, type RestaurantConfig } from '#runtime'

class Counter {
  readonly #soda: Semaphore
  readonly #cooks: Semaphore
  readonly #fryer = new Lock()
  #portions = 0

  constructor(private readonly restaurant: Restaurant) {
    this.#soda = new Semaphore(restaurant.config.sodaMachines)
    this.#cooks = new Semaphore(restaurant.config.cooks)
  }

  async serve(client: string): Promise<number> {
    const start = performance.now()
    const burger = this.#burger(client)
    const soda = this.#fillSoda(client)
    const fries = this.#fries(client)
    await Promise.all([burger, soda, fries])
    return performance.now() - start
  }

  async #burger(client: string) {
    await this.#cooks.acquire()
    try {
      await this.restaurant.cookBurger(client)
    } finally {
      this.#cooks.release()
    }
  }

  async #fillSoda(client: string) {
    await this.#soda.acquire()
    try {
      await this.restaurant.fillSoda(client)
    } finally {
      this.#soda.release()
    }
  }

  async #fries(client: string) {
    await this.#fryer.acquire()
    try {
      if (this.#portions === 0) {
        await this.restaurant.cookFries()
        this.#portions = this.restaurant.config.fryerPortions
      }
      this.#portions--
      this.restaurant.takeFries(client)
    } finally {
      this.#fryer.release()
    }
  }
}

export function openRestaurant(restaurant: Restaurant): { serve(client: string): Promise<number> } {
  return new Counter(restaurant)
}

export async function perfTest(
  serve: (client: string) => Promise<number>,
  { clients, periodMs, timeoutMs }: { clients: number; periodMs: number; timeoutMs: number },
): Promise<{ satisfied: number; total: number }> {
  const timed = async (name: string) => {
    const start = performance.now()
    await serve(name)
    return performance.now() - start
  }
  const tasks = []
  for (let n = 1; n <= clients; n++) {
    tasks.push(timed(`client_${n}`))
    await sleep(periodMs)
  }
  const results = await Promise.allSettled(tasks)
  const satisfied = results.filter((result) => result.status === 'fulfilled' && result.value < timeoutMs).length
  return { satisfied, total: results.length }
}

export const upgrade: RestaurantConfig = { sodaMachines: 2, cooks: 6, fryerPortions: 8 }
