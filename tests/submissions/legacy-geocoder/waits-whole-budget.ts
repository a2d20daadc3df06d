// Sleeps for the whole budget, then takes what has arrived: right when the budget runs out first,
// late when every result was in long before.
import { type Coordinates, type Executor, type Legacy, sleep } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  return Promise.all(addresses.map((address) => executor.run(() => legacy.geocodeSync(address))))
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
  await sleep(budgetMs)
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
