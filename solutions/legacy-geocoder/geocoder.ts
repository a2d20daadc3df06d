// Reference solution of "legacy-geocoder".
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

/** Every address in a job of its own, all handed to the executor at once: it queues what does not fit. */
export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  return Promise.all(addresses.map((address) => executor.run(() => legacy.geocodeSync(address))))
}

/**
 * The results that arrive within the budget, 'timeout' for the others. At the budget the signal
 * takes the jobs not started yet out of the queue; the running ones cannot be stopped, so their
 * results, when they come, go into an array nobody returns.
 */
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
  // A copy: what the running jobs deliver after the budget must not change the answer.
  return [...arrived]
}

export const workload: Record<'resizeImages' | 'hashPasswords' | 'compressLogs' | 'callWeatherApi' | 'queryDatabase' | 'readConfigFile', 'io' | 'cpu'> = {
  resizeImages: 'cpu',
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
}
