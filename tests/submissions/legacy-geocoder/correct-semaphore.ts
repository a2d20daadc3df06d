// Correct: gates the jobs itself with #runtime's Semaphore, one permit per thread; the budget is an
// AbortController aborted by a timer, which also stops the jobs still waiting for a permit.
import { type Coordinates, type Executor, type Legacy, Semaphore } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  const threads = new Semaphore(executor.threads)
  return Promise.all(addresses.map((address) => threads.use(() => executor.run(() => legacy.geocodeSync(address)))))
}

export async function geocodeWithin(addresses: string[], budgetMs: number, legacy: Legacy, executor: Executor): Promise<Array<Coordinates | 'timeout'>> {
  const threads = new Semaphore(executor.threads)
  const controller = new AbortController()
  const results: Array<Coordinates | 'timeout'> = addresses.map(() => 'timeout')
  let open = true
  const jobs = addresses.map(async (address, index) => {
    await threads.acquire(controller.signal)
    try {
      const coordinates = await executor.run(() => legacy.geocodeSync(address), controller.signal)
      if (open) results[index] = coordinates
    } finally {
      threads.release()
    }
  })
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, budgetMs)
    Promise.allSettled(jobs).then(() => {
      clearTimeout(timer)
      resolve()
    })
  })
  open = false
  controller.abort()
  return results
}

export const workload = {
  resizeImages: 'cpu',
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
}
