// Misconception: all or nothing, but a failing server is swallowed (allSettled keeps only the forecasts); the call then waits for the deadline.
import { timeout, TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  return timeout(budgetMs, async (signal) => {
    const settled = await Promise.allSettled(servers.map((server) => fetchWeather(server, signal)))
    return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  })
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
