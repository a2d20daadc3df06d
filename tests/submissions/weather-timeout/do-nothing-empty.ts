// Does nothing: asks no server; both functions resolve at once with nothing.
import type { FetchWeather, Forecast, WeatherServer } from '#runtime'

export type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(_servers: WeatherServer[], _budgetMs: number, _fetchWeather: FetchWeather): Promise<Forecast[]> {
  return undefined as unknown as Forecast[]
}

export async function fetchAvailableWithin(_servers: WeatherServer[], _budgetMs: number, _fetchWeather: FetchWeather): Promise<Availability[]> {
  return undefined as unknown as Availability[]
}
