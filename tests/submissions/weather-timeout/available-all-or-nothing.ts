// Misconception: best effort built on all or nothing. When the group fails, the forecasts that did arrive are lost.
import { timeout, TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  return timeout(budgetMs, async (deadline) => {
    const failure = new AbortController()
    const signal = AbortSignal.any([deadline, failure.signal])
    try {
      return await Promise.all(servers.map((server) => fetchWeather(server, signal)))
    } catch (error) {
      failure.abort(error)
      throw error
    }
  })
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  try {
    const forecasts = await fetchAllWithin(servers, budgetMs, fetchWeather)
    return forecasts.map((forecast, index) => ({ server: servers[index]!.name, ok: true, forecast }))
  } catch (error) {
    const reason = error instanceof TimeoutError ? 'timeout' : 'error'
    return servers.map((server) => ({ server: server.name, ok: false, reason }))
  }
}
