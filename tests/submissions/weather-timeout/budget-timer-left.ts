// Misconception: the budget's timer is never cleared. It is still pending after the call has settled.
import { timeout, TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const controller = new AbortController()
  setTimeout(() => controller.abort(new TimeoutError()), budgetMs)
  try {
    return await Promise.all(servers.map((server) => fetchWeather(server, controller.signal)))
  } catch (error) {
    controller.abort(error)
    throw error
  }
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const results: Availability[] = servers.map((server) => ({ server: server.name, ok: false, reason: 'timeout' }))
  try {
    await timeout(budgetMs, (signal) =>
      Promise.all(
        servers.map(async (server, index) => {
          try {
            results[index] = { server: server.name, ok: true, forecast: await fetchWeather(server, signal) }
          } catch {
            if (!signal.aborted) results[index] = { server: server.name, ok: false, reason: 'error' }
          }
        }),
      ),
    )
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error
  }
  return results
}
