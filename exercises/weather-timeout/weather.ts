// Exercise "weather-timeout": see README.md (English) or README.fr.md (français).
// Run `npm run grade -- weather-timeout` to check your work.
import type { FetchWeather, Forecast, WeatherServer } from '#runtime'

/** One line of fetchAvailableWithin's report: the server's forecast, or why there is none. */
export type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

/**
 * All or nothing, within one budget for the whole group: resolves with every forecast in
 * the order of `servers`, or rejects (a TimeoutError at `budgetMs`, or a server's error).
 */
export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  throw new Error('not implemented yet: fetchAllWithin')
}

/**
 * Best effort within the budget: one entry per server, in the order of `servers`, holding
 * its forecast if it arrived, or the reason it did not ("timeout" or "error").
 */
export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  throw new Error('not implemented yet: fetchAvailableWithin')
}
