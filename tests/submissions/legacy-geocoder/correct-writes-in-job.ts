// Each job writes its own result into a shared array, as a Python thread writes into a list; at
// the budget the writing stops, so the jobs still running change nothing after it.
import type { Coordinates, Executor, Legacy } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  const results: Coordinates[] = new Array(addresses.length)
  await Promise.all(
    addresses.map((address, index) =>
      executor.run(() => {
        results[index] = legacy.geocodeSync(address)
      }),
    ),
  )
  return results
}

export async function geocodeWithin(addresses: string[], budgetMs: number, legacy: Legacy, executor: Executor): Promise<Array<Coordinates | 'timeout'>> {
  const results: Array<Coordinates | 'timeout'> = addresses.map(() => 'timeout')
  const controller = new AbortController()
  let open = true
  const jobs = addresses.map((address, index) =>
    executor.run(() => {
      const found = legacy.geocodeSync(address)
      if (open) results[index] = found
    }, controller.signal),
  )
  let timer: ReturnType<typeof setTimeout> | undefined
  const budget = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, budgetMs)
  })
  await Promise.race([Promise.allSettled(jobs), budget])
  clearTimeout(timer)
  open = false
  controller.abort()
  return [...results]
}

export const workload = {
  resizeImages: 'cpu',
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
} as const
