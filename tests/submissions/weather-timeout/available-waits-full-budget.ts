// Misconception: best effort always waits for the whole budget, even when every server has already replied.
import { sleep, timeout, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

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
  const controller = new AbortController()
  const results: Availability[] = servers.map((server) => ({ server: server.name, ok: false, reason: 'timeout' }))
  servers.forEach(async (server, index) => {
    try {
      results[index] = { server: server.name, ok: true, forecast: await fetchWeather(server, controller.signal) }
    } catch {
      if (!controller.signal.aborted) results[index] = { server: server.name, ok: false, reason: 'error' }
    }
  })
  await sleep(budgetMs)
  controller.abort()
  return results
}
