// Wrong: the clock is polled every 100 ms; the ticker is stopped when the servers have
// answered or one failed, but not when the budget ran out: it ticks on after the deadline.
import { timeout, TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const controller = new AbortController()
  const start = performance.now()
  const ticker = setInterval(() => {
    if (performance.now() - start >= budgetMs) controller.abort(new TimeoutError(`no forecast within ${budgetMs} ms`))
  }, 100)
  try {
    const forecasts = await Promise.all(servers.map((server) => fetchWeather(server, controller.signal)))
    clearInterval(ticker)
    return forecasts
  } catch (error) {
    // The budget ran out: the requests are aborted already.
    if (error instanceof TimeoutError) throw error
    clearInterval(ticker)
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
