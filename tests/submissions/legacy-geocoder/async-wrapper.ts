// Wraps the blocking call in an async function and believes that moves it off the loop: each
// geocodeSync still holds the event loop for 800 ms, heartbeat included.
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

async function geocode(legacy: Legacy, address: string): Promise<Coordinates> {
  return legacy.geocodeSync(address)
}

export async function geocodeAll(addresses: string[], legacy: Legacy, _executor: Executor): Promise<Coordinates[]> {
  return Promise.all(addresses.map((address) => geocode(legacy, address)))
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
