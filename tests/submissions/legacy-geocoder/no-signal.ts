// Races the jobs against the budget but never passes a signal to executor.run: at the budget
// nothing takes the fifth job out of the queue, and it runs after the call has settled.
import { type Coordinates, type Executor, type Legacy, sleep } from '#runtime'

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  return Promise.all(addresses.map((address) => executor.run(() => legacy.geocodeSync(address))))
}

export async function geocodeWithin(addresses: string[], budgetMs: number, legacy: Legacy, executor: Executor): Promise<Array<Coordinates | 'timeout'>> {
  const arrived: Array<Coordinates | 'timeout'> = addresses.map(() => 'timeout')
  const jobs = addresses.map(async (address, index) => {
    arrived[index] = await executor.run(() => legacy.geocodeSync(address))
  })
  await Promise.race([Promise.all(jobs), sleep(budgetMs)])
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
