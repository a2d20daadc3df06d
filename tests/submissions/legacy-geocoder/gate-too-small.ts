// Gates the jobs itself with a Semaphore of 2 written in, whatever the executor's threads.
import { type Coordinates, type Executor, type Legacy, Semaphore, TimeoutError, timeout } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  const gate = new Semaphore(2)
  return Promise.all(addresses.map((address) => gate.use(() => executor.run(() => legacy.geocodeSync(address)))))
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
