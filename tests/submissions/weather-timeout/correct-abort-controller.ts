// Correct, another style: an AbortController and a setTimeout of its own, cleared in a finally.
import { TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new TimeoutError(`no forecast within ${budgetMs} ms`)), budgetMs)
  try {
    return await Promise.all(servers.map((server) => fetchWeather(server, controller.signal)))
  } catch (error) {
    controller.abort(error)
    throw error
  } finally {
    clearTimeout(timer)
  }
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
