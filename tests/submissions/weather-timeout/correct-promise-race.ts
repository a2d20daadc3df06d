// Correct, another style: Promise.race against a deadline that also aborts the requests.
import { sleep, TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const requests = new AbortController()
  const timer = new AbortController()
  const deadline = sleep(budgetMs, timer.signal).then(() => {
    const error = new TimeoutError()
    requests.abort(error)
    throw error
  })
  try {
    return await Promise.race([Promise.all(servers.map((server) => fetchWeather(server, requests.signal))), deadline])
  } finally {
    requests.abort()
    timer.abort()
    deadline.catch(() => {})
  }
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const controller = new AbortController()
  const entries: Availability[] = servers.map((server) => ({ server: server.name, ok: false, reason: 'timeout' }))
  const all = Promise.all(
    servers.map(async (server, index) => {
      try {
        entries[index] = { server: server.name, ok: true, forecast: await fetchWeather(server, controller.signal) }
      } catch {
        if (!controller.signal.aborted) entries[index] = { server: server.name, ok: false, reason: 'error' }
      }
    }),
  )
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, budgetMs)))
  await Promise.race([all, deadline])
  clearTimeout(timer)
  controller.abort()
  return entries
}
