// Aborts at the budget, then waits for every job to settle: the running ones cannot be stopped, so
// the call waits until they end (t=1600), and keeps their results.
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  return Promise.all(addresses.map((address) => executor.run(() => legacy.geocodeSync(address))))
}

export async function geocodeWithin(addresses: string[], budgetMs: number, legacy: Legacy, executor: Executor): Promise<Array<Coordinates | 'timeout'>> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), budgetMs)
  const settled = await Promise.allSettled(addresses.map((address) => executor.run(() => legacy.geocodeSync(address), controller.signal)))
  clearTimeout(timer)
  return settled.map((result) => (result.status === 'fulfilled' ? result.value : 'timeout'))
}

export const workload = {
  resizeImages: 'cpu',
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
}
