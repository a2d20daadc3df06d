// Wrong: on a failure it aborts the others, waits for every request to settle, then rejects
// with the first rejection in the order of servers. When server A is the one that fails, that
// is A's error; when a later server fails first, it is A's AbortError, caused by its own abort.
import { TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new TimeoutError(`no forecast within ${budgetMs} ms`)), budgetMs)
  try {
    const requests = servers.map((server) =>
      fetchWeather(server, controller.signal).catch((error: unknown) => {
        controller.abort()
        throw error
      }),
    )
    const settled = await Promise.allSettled(requests)
    const failed = settled.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
    return settled.map((result) => (result as PromiseFulfilledResult<Forecast>).value)
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
