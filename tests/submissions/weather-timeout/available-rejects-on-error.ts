// Misconception: best effort with Promise.all, rethrowing anything but a timeout. One failing server rejects the whole call.
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
  return Promise.all(
    servers.map(async (server): Promise<Availability> => {
      try {
        return { server: server.name, ok: true, forecast: await timeout(budgetMs, (signal) => fetchWeather(server, signal)) }
      } catch (error) {
        if (error instanceof TimeoutError) return { server: server.name, ok: false, reason: 'timeout' }
        throw error
      }
    }),
  )
}
