// Wrong: the results are collected as they arrive, then sorted by server name to put them
// back in order. That is the order of servers only when servers come sorted by name.
import { timeout, TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

const byName = (a: { server: string }, b: { server: string }) => a.server.localeCompare(b.server)

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  return timeout(budgetMs, async (deadline) => {
    const failure = new AbortController()
    const signal = AbortSignal.any([deadline, failure.signal])
    const forecasts: Forecast[] = []
    try {
      await Promise.all(servers.map(async (server) => forecasts.push(await fetchWeather(server, signal))))
    } catch (error) {
      failure.abort(error)
      throw error
    }
    return forecasts.sort(byName)
  })
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const results: Availability[] = []
  const pending = new Set(servers.map((server) => server.name))
  try {
    await timeout(budgetMs, (signal) =>
      Promise.all(
        servers.map(async (server) => {
          try {
            results.push({ server: server.name, ok: true, forecast: await fetchWeather(server, signal) })
            pending.delete(server.name)
          } catch {
            if (!signal.aborted) {
              results.push({ server: server.name, ok: false, reason: 'error' })
              pending.delete(server.name)
            }
          }
        }),
      ),
    )
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error
  }
  return [...results, ...[...pending].map((server): Availability => ({ server, ok: false, reason: 'timeout' }))].sort(byName)
}
