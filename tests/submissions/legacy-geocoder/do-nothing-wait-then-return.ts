// Does nothing but wait: the statement's times, then constant results; every workload marked the same.
import { sleep, type Coordinates } from '#runtime'

export async function geocodeAll(addresses: string[]): Promise<Coordinates[]> {
  await sleep(1600)
  return addresses.map(() => ({ lat: 48.869, lon: 2.331 }))
}

export async function geocodeWithin(addresses: string[], budgetMs: number): Promise<Array<Coordinates | 'timeout'>> {
  await sleep(budgetMs)
  return addresses.map(() => 'timeout')
}

export const workload = {
  resizeImages: 'cpu',
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  callWeatherApi: 'cpu',
  queryDatabase: 'cpu',
  readConfigFile: 'cpu',
}
