// Exercise "legacy-geocoder": see README.md (English) or README.fr.md (français).
// Run `npm run grade -- legacy-geocoder` to check your work.
import type { Coordinates, Executor, Legacy } from '#runtime'

/** Geocodes every address without blocking the event loop; resolves with the coordinates in
 *  input order once the last is known. */
export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  throw new Error('not implemented yet: geocodeAll')
}

/** Like geocodeAll, within `budgetMs`: resolves at the budget at the latest, with 'timeout' in the
 *  place of each address not geocoded by then; the jobs not started yet never run. */
export async function geocodeWithin(addresses: string[], budgetMs: number, legacy: Legacy, executor: Executor): Promise<Array<Coordinates | 'timeout'>> {
  throw new Error('not implemented yet: geocodeWithin')
}

/** Each workload of the service: 'io' if it mostly waits (network, disk), 'cpu' if it mostly
 *  computes. Placeholder: nothing filled in yet. */
export const workload = {} as Record<'resizeImages' | 'hashPasswords' | 'compressLogs' | 'callWeatherApi' | 'queryDatabase' | 'readConfigFile', 'io' | 'cpu'>
