// Marks every workload 'io', as if async/await sped up any work.
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  return Promise.all(addresses.map((address) => executor.run(() => legacy.geocodeSync(address))))
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
  resizeImages: 'io',
  hashPasswords: 'io',
  compressLogs: 'io',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
}
