// Does nothing: resolves at once with made-up coordinates and timeouts, without calling the library or the executor.
import type { Coordinates } from '#runtime'

export async function geocodeAll(addresses: string[]): Promise<Coordinates[]> {
  return addresses.map(() => ({ lat: 48.869, lon: 2.331 }))
}

export async function geocodeWithin(addresses: string[]): Promise<Array<Coordinates | 'timeout'>> {
  return addresses.map(() => 'timeout')
}

export const workload = {
  resizeImages: 'io',
  hashPasswords: 'io',
  compressLogs: 'io',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
}
