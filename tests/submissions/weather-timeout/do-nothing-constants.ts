// Does nothing: asks no server; resolves at once with plausible constants: no forecast
// for fetchAllWithin, and every server reported as "timeout" by fetchAvailableWithin.
import type { FetchWeather, Forecast, WeatherServer } from '#runtime'

export type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(_servers: WeatherServer[], _budgetMs: number, _fetchWeather: FetchWeather): Promise<Forecast[]> {
  return []
}

export async function fetchAvailableWithin(servers: WeatherServer[], _budgetMs: number, _fetchWeather: FetchWeather): Promise<Availability[]> {
  return servers.map((server) => ({ server: server.name, ok: false, reason: 'timeout' }))
}
