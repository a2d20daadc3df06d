// Does nothing: asks no server; waits the whole budget with sleep, then fetchAllWithin
// throws a TimeoutError and fetchAvailableWithin reports every server as "timeout".
import { sleep, TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

export type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(_servers: WeatherServer[], budgetMs: number, _fetchWeather: FetchWeather): Promise<Forecast[]> {
  await sleep(budgetMs)
  throw new TimeoutError(`timed out after ${budgetMs} ms`)
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, _fetchWeather: FetchWeather): Promise<Availability[]> {
  await sleep(budgetMs)
  return servers.map((server) => ({ server: server.name, ok: false, reason: 'timeout' }))
}
