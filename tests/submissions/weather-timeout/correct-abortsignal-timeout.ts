// Correct, another style: AbortSignal.timeout for the budget, AbortSignal.any to add a failure.
import type { FetchWeather, Forecast, WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const failure = new AbortController()
  const signal = AbortSignal.any([AbortSignal.timeout(budgetMs), failure.signal])
  try {
    return await Promise.all(servers.map((server) => fetchWeather(server, signal)))
  } catch (error) {
    failure.abort(error)
    throw error
  }
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const signal = AbortSignal.timeout(budgetMs)
  const settled = await Promise.allSettled(servers.map((server) => fetchWeather(server, signal)))
  return settled.map((result, index): Availability => {
    const server = servers[index]!.name
    if (result.status === 'fulfilled') return { server, ok: true, forecast: result.value }
    return { server, ok: false, reason: signal.aborted && result.reason === signal.reason ? 'timeout' : 'error' }
  })
}
