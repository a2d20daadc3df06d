// The Python habit of time.sleep() in async code, as a busy-wait on the clock: geocodeAll paces its
// jobs 100 ms apart, geocodeWithin waits for the budget the same way. Both hold the event loop.
import type { Coordinates, Executor, Legacy } from '#runtime'

function sleepSync(ms: number): void {
  const end = Date.now() + ms
  while (Date.now() < end) {
    // Waits, as time.sleep() does: nothing else runs meanwhile.
  }
}

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  const jobs: Promise<Coordinates>[] = []
  for (const address of addresses) {
    jobs.push(executor.run(() => legacy.geocodeSync(address)))
    sleepSync(100)
  }
  return Promise.all(jobs)
}

export async function geocodeWithin(addresses: string[], budgetMs: number, legacy: Legacy, executor: Executor): Promise<Array<Coordinates | 'timeout'>> {
  const controller = new AbortController()
  const arrived: Array<Coordinates | 'timeout'> = addresses.map(() => 'timeout')
  for (const [index, address] of addresses.entries()) {
    executor
      .run(() => legacy.geocodeSync(address), controller.signal)
      .then(
        (coordinates) => {
          arrived[index] = coordinates
        },
        () => {},
      )
  }
  sleepSync(budgetMs)
  controller.abort()
  return [...arrived]
}

export const workload = {
  resizeImages: 'cpu',
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
}
