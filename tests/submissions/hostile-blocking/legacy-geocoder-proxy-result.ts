// Jobs return a Proxy over the coordinates whose every read gives a different value, and whose ownKeys lies.
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  const results: Coordinates[] = []
  for (const address of addresses)
    results.push(
      (await executor.run(() => {
        const real = legacy.geocodeSync(address) as unknown as Record<string, unknown>
        let reads = 0
        return new Proxy(real, {
          get: (target, key) => (reads++ % 2 === 0 ? target[key as string] : 'changed'),
          ownKeys: () => (reads++ % 2 === 0 ? Reflect.ownKeys(real) : ['forged']),
          getOwnPropertyDescriptor: (target, key) =>
            Reflect.getOwnPropertyDescriptor(target, key) ?? { value: 'forged', enumerable: true, configurable: true, writable: true },
        })
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
