// Misconception: Promise.race against a timer stops the wait, and that is enough. The requests are never aborted.
import { TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), budgetMs)
  })
  try {
    return await Promise.race([Promise.all(servers.map((server) => fetchWeather(server))), deadline])
  } finally {
    clearTimeout(timer)
  }
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const entries: Availability[] = servers.map((server) => ({ server: server.name, ok: false, reason: 'timeout' }))
  const all = Promise.all(
    servers.map(async (server, index) => {
      try {
        entries[index] = { server: server.name, ok: true, forecast: await fetchWeather(server) }
      } catch {
        entries[index] = { server: server.name, ok: false, reason: 'error' }
      }
    }),
  )
  let timer: ReturnType<typeof setTimeout> | undefined
  await Promise.race([all, new Promise<void>((resolve) => (timer = setTimeout(resolve, budgetMs)))])
  clearTimeout(timer)
  return entries.map((entry) => ({ ...entry }))
}
