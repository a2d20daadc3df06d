// Believes the abort cancels every job at once, the running ones too: it awaits them all, expecting
// them to reject at the budget, and so resolves only when the running ones end (t=1600).
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  return Promise.all(addresses.map((address) => executor.run(() => legacy.geocodeSync(address))))
}

export async function geocodeWithin(addresses: string[], budgetMs: number, legacy: Legacy, executor: Executor): Promise<Array<Coordinates | 'timeout'>> {
  const controller = new AbortController()
  setTimeout(() => controller.abort(), budgetMs)
  return Promise.all(
    addresses.map((address) =>
      executor
        .run(() => legacy.geocodeSync(address), controller.signal)
        .then(
          (coordinates) => (controller.signal.aborted ? 'timeout' : coordinates),
          () => 'timeout' as const,
        ),
    ),
  )
}

export const workload = {
  resizeImages: 'cpu',
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
}
