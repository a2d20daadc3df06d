// Misconception: a timeout per request, awaited one after another. The times add up, and the budget applies to each request, not to the group.
import { timeout, TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const forecasts: Forecast[] = []
  for (const server of servers) {
    forecasts.push(await timeout(budgetMs, (signal) => fetchWeather(server, signal)))
  }
  return forecasts
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const entries: Availability[] = []
  for (const server of servers) {
    try {
      entries.push({ server: server.name, ok: true, forecast: await timeout(budgetMs, (signal) => fetchWeather(server, signal)) })
    } catch (error) {
      entries.push({ server: server.name, ok: false, reason: error instanceof TimeoutError ? 'timeout' : 'error' })
    }
  }
  return entries
}
