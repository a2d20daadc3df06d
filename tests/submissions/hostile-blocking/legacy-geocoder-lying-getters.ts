// Jobs return objects whose getters read differently each time (and a toJSON and toPrimitive that lie).
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  const results: Coordinates[] = []
  for (const address of addresses)
    results.push(
      (await executor.run(() => {
        const real = legacy.geocodeSync(address) as unknown as Record<string, number>
        let reads = 0
        const lat = real.lat
        return {
          get lat() {
            return reads++ === 0 ? lat : 999
          },
          get lon() {
            return reads++ === 1 ? real.lon : 999
          },
          toJSON: () => ({ lat: 1, lon: 1 }),
          [Symbol.toPrimitive]: () => 'forged',
        }
      })) as unknown as Coordinates,
    )
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

export const workload = {
  resizeImages: 'cpu',
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
}
