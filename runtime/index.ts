/**
 * The runtime for the exercises: asyncio's building blocks, in TypeScript.
 *
 * ```ts
 * import { Semaphore, sleep, timeout } from '#runtime'
 *
 * await sleep(1000)                                 // pause this task for 1 s
 * const forecast = await timeout(3000, signal => fetchWeather(server, signal))
 * const downloads = new Semaphore(3)                // at most 3 downloads at once
 * const pages = await Promise.all(ids.map(id => downloads.use(() => download(id))))
 * ```
 */
export { sleep, timeout } from './sleep.ts'
export { Semaphore, Lock } from './semaphore.ts'
export { TimeoutError, CancelledError } from './errors.ts'
export type {
  Kitchen,
  WeatherServer,
  Forecast,
  FetchWeather,
  Page,
  Download,
  Restaurant,
  RestaurantConfig,
  ChatSocket,
  Keyboard,
  MailingList,
  Mailer,
  Progress,
} from './world.ts'
