// Correct, in another style: hand-written lock and semaphore, the fries as a shared batch
// promise instead of a counter under a lock, items ordered fries first, Date.now, and
// setTimeout for the arrivals, the first one a period after the start.
import type { Restaurant } from '#runtime'

/** A counting semaphore: a queue of resolvers, first come first served. */
function limit(permits: number) {
  let free = permits
  const queue: (() => void)[] = []
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (free > 0) free--
    else await new Promise<void>((resolve) => queue.push(resolve))
    try {
      return await work()
    } finally {
      const next = queue.shift()
      if (next) next()
      else free++
    }
  }
}

export function openRestaurant(restaurant: Restaurant) {
  const fountain = limit(restaurant.config.sodaMachines)
  const kitchen = limit(restaurant.config.cooks)
  // The batch being cooked, if any: orders that find the tray empty wait on it together.
  let batch: Promise<void> | undefined

  async function fries(client: string): Promise<void> {
    while (restaurant.friesOnTray === 0) {
      batch ??= restaurant.cookFries().finally(() => (batch = undefined))
      await batch
    }
    restaurant.takeFries(client)
  }

  return {
    serve(client: string): Promise<number> {
      const start = Date.now()
      return Promise.all([fries(client), kitchen(() => restaurant.cookBurger(client)), fountain(() => restaurant.fillSoda(client))]).then(
        () => Date.now() - start,
      )
    },
  }
}

export async function perfTest(serve: (client: string) => Promise<number>, load: { clients: number; periodMs: number; timeoutMs: number }) {
  const pending: Promise<number>[] = []
  // The first customer arrives at once, the next one every period after.
  for (let n = 0; n < load.clients; n++) {
    if (n > 0) await new Promise((resolve) => setTimeout(resolve, load.periodMs))
    pending.push(serve(`customer ${n + 1}`))
  }
  let satisfied = 0
  for (const took of await Promise.all(pending)) if (took < load.timeoutMs) satisfied++
  return { satisfied, total: load.clients }
}

export const upgrade = { fryerPortions: 8, cooks: 6, sodaMachines: 2 }
