// Wrong: forEach instead of map. The requests start, but forEach returns undefined, so
// Promise.all rejects at once with a TypeError, in both functions and in every world.
import { timeout, TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  return timeout(budgetMs, (signal) => Promise.all(servers.forEach((server) => fetchWeather(server, signal)) as unknown as Promise<Forecast>[]))
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const results: Availability[] = servers.map((server) => ({ server: server.name, ok: false, reason: 'timeout' }))
  try {
    await timeout(budgetMs, (signal) =>
      Promise.all(
        servers.forEach(async (server, index) => {
          try {
            results[index] = { server: server.name, ok: true, forecast: await fetchWeather(server, signal) }
          } catch {
            if (!signal.aborted) results[index] = { server: server.name, ok: false, reason: 'error' }
          }
        }) as unknown as Promise<void>[],
      ),
    )
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error
  }
  return results
}
