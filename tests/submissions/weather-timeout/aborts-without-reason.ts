// Wrong: the requests are aborted at the deadline with abort() and no reason, so they reject
// with an AbortError, not a TimeoutError: fetchAllWithin passes that on, and
// fetchAvailableWithin, telling a timeout by its TimeoutError, reports the slow server as "error".
import { TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), budgetMs)
  try {
    return await Promise.all(servers.map((server) => fetchWeather(server, controller.signal)))
  } catch (error) {
    controller.abort()
    throw error
  } finally {
    clearTimeout(timer)
  }
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), budgetMs)
  const settled = await Promise.allSettled(servers.map((server) => fetchWeather(server, controller.signal)))
  clearTimeout(timer)
  return settled.map((result, index): Availability => {
    const server = servers[index]!.name
    if (result.status === 'fulfilled') return { server, ok: true, forecast: result.value }
    return { server, ok: false, reason: result.reason instanceof TimeoutError ? 'timeout' : 'error' }
  })
}
