// Misconception: wait for every server, then compare the elapsed time with the budget. The wait is never cut short.
import { TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const start = performance.now()
  const forecasts = await Promise.all(servers.map((server) => fetchWeather(server)))
  if (performance.now() - start > budgetMs) throw new TimeoutError()
  return forecasts
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const start = performance.now()
  return Promise.all(
    servers.map(async (server): Promise<Availability> => {
      try {
        const forecast = await fetchWeather(server)
        if (performance.now() - start > budgetMs) return { server: server.name, ok: false, reason: 'timeout' }
        return { server: server.name, ok: true, forecast }
      } catch {
        return { server: server.name, ok: false, reason: 'error' }
      }
    }),
  )
}
