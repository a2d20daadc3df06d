// Wrong: fetchAvailableWithin gives itself the statement's 3000 ms instead of budgetMs. With
// another budget (2000 ms), the requests still pending at the deadline are aborted too late.
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

const BUDGET_MS = 3000

export async function fetchAvailableWithin(servers: WeatherServer[], _budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const results: Availability[] = servers.map((server) => ({ server: server.name, ok: false, reason: 'timeout' }))
  try {
    await timeout(BUDGET_MS, (signal) =>
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
