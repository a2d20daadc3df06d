// Misconception (or a trick): settle first, abort later, from an unref'd timer that fires after the call has settled.
import { TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const controller = new AbortController()
  // The abort comes from a timer that keeps nothing alive, after the call has settled.
  const abortLater = (reason: unknown) => setTimeout(() => controller.abort(reason), 0).unref()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new TimeoutError(`no forecast within ${budgetMs} ms`)
      reject(error)
      abortLater(error)
    }, budgetMs)
    Promise.all(servers.map((server) => fetchWeather(server, controller.signal))).then(
      (forecasts) => {
        clearTimeout(timer)
        resolve(forecasts)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
        abortLater(error)
      },
    )
  })
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const controller = new AbortController()
  const deadline = new TimeoutError()
  const timer = setTimeout(() => controller.abort(deadline), budgetMs)
  const settled = await Promise.allSettled(servers.map((server) => fetchWeather(server, controller.signal)))
  clearTimeout(timer)
  return settled.map((result, index): Availability => {
    const server = servers[index]!.name
    if (result.status === 'fulfilled') return { server, ok: true, forecast: result.value }
    return { server, ok: false, reason: result.reason === deadline ? 'timeout' : 'error' }
  })
}
