// Hands executor.run what geocodeSync returned rather than a job, as if it were Python's
// run_in_executor(pool, geocode_sync(address)): each call runs at once, on the event loop, and
// the executor, given no function, rejects.
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  // The cast is the mistake: TypeScript itself says a Coordinates is not a job.
  return Promise.all(addresses.map((address) => executor.run(legacy.geocodeSync(address) as unknown as () => Coordinates)))
}

export async function geocodeWithin(addresses: string[], budgetMs: number, legacy: Legacy, executor: Executor): Promise<Array<Coordinates | 'timeout'>> {
  const arrived: Array<Coordinates | 'timeout'> = addresses.map(() => 'timeout')
  try {
    await timeout(budgetMs, (signal) =>
      Promise.all(
        addresses.map(async (address, index) => {
          arrived[index] = await executor.run(() => legacy.geocodeSync(address), signal)
        }),
      ),
    )
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error
  }
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
