// Reference solution of "weather-timeout".
import { timeout, TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

export type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  // One budget for the whole group, like asyncio.timeout around gather: at the deadline
  // timeout() aborts `deadline` and rejects with a TimeoutError.
  return timeout(budgetMs, async (deadline) => {
    // Promise.all rejects at the first failure but does not stop the other requests:
    // they listen to this signal too, aborted when one fails.
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
  // Each slot says "timeout" until its server replies: whatever has not replied by the
  // deadline stays so, and every answer that did arrive is kept.
  const results: Availability[] = servers.map((server) => ({ server: server.name, ok: false, reason: 'timeout' }))
  try {
    await timeout(budgetMs, (signal) =>
      Promise.all(
        servers.map(async (server, index) => {
          try {
            results[index] = { server: server.name, ok: true, forecast: await fetchWeather(server, signal) }
          } catch {
            // Rejected because the deadline aborted it: still a timeout. Otherwise the server failed.
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
