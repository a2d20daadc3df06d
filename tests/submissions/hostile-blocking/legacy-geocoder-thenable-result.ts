// Jobs return a thenable that resolves with forged coordinates at once, instead of waiting for the worker, then the real ones.
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  const results: Coordinates[] = []
  for (const address of addresses)
    results.push(
      (await executor.run(() => {
        const real = legacy.geocodeSync(address)
        let calls = 0
        return {
          then(resolve: (value: unknown) => void) {
            calls++
            resolve(calls === 1 ? { lat: 0, lon: 0, forged: true } : real)
            resolve(real)
          },
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
