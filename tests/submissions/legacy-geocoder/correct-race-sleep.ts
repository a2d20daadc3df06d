// Correct: geocodeAll fills each address's place in a loop; geocodeWithin races the jobs against
// sleep(budgetMs), then aborts what is left and returns a copy.
import { type Coordinates, type Executor, type Legacy, sleep } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  const results: Coordinates[] = new Array(addresses.length)
  const jobs: Promise<void>[] = []
  for (let index = 0; index < addresses.length; index++) {
    const address = addresses[index]!
    jobs.push(executor.run(() => legacy.geocodeSync(address)).then((coordinates) => void (results[index] = coordinates)))
  }
  await Promise.all(jobs)
  return results
}

export async function geocodeWithin(addresses: string[], budgetMs: number, legacy: Legacy, executor: Executor): Promise<Array<Coordinates | 'timeout'>> {
  const controller = new AbortController()
  const arrived: Array<Coordinates | 'timeout'> = addresses.map(() => 'timeout')
  const jobs = addresses.map(async (address, index) => {
    arrived[index] = await executor.run(() => legacy.geocodeSync(address), controller.signal)
  })
  const everyJob = Promise.all(jobs).catch(() => {})
  await Promise.race([everyJob, sleep(budgetMs, controller.signal).catch(() => {})])
  const final = [...arrived]
  controller.abort()
  return final
}

export const workload = {
  resizeImages: 'cpu',
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
}
