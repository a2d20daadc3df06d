// Wrong: one AbortController per request, and at the deadline it aborts the first request
// still pending (find instead of filter): with two slow servers, the second keeps running.
import { TimeoutError, type FetchWeather, type Forecast, type WeatherServer } from '#runtime'

type Availability = { server: string; ok: true; forecast: Forecast } | { server: string; ok: false; reason: 'timeout' | 'error' }

function track(servers: WeatherServer[], fetchWeather: FetchWeather) {
  const requests = servers.map((server) => {
    const controller = new AbortController()
    const request = { controller, done: false, promise: fetchWeather(server, controller.signal) }
    request.promise.then(
      () => (request.done = true),
      () => (request.done = true),
    )
    return request
  })
  const abortPending = (reason: unknown) => requests.find((request) => !request.done)?.controller.abort(reason)
  return { requests, abortPending }
}

export async function fetchAllWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Forecast[]> {
  const { requests, abortPending } = track(servers, fetchWeather)
  const timer = setTimeout(() => abortPending(new TimeoutError(`no forecast within ${budgetMs} ms`)), budgetMs)
  try {
    return await Promise.all(requests.map((request) => request.promise))
  } catch (error) {
    abortPending(error)
    throw error
  } finally {
    clearTimeout(timer)
  }
}

export async function fetchAvailableWithin(servers: WeatherServer[], budgetMs: number, fetchWeather: FetchWeather): Promise<Availability[]> {
  const { requests, abortPending } = track(servers, fetchWeather)
  const entries: Availability[] = servers.map((server) => ({ server: server.name, ok: false, reason: 'timeout' }))
  const all = Promise.all(
    requests.map(async (request, index) => {
      const server = servers[index]!.name
      try {
        entries[index] = { server, ok: true, forecast: await request.promise }
      } catch {
        if (!request.controller.signal.aborted) entries[index] = { server, ok: false, reason: 'error' }
      }
    }),
  )
  let timer: ReturnType<typeof setTimeout> | undefined
  await Promise.race([all, new Promise<void>((resolve) => (timer = setTimeout(resolve, budgetMs)))])
  clearTimeout(timer)
  abortPending(new TimeoutError())
  return entries.map((entry) => ({ ...entry }))
}
