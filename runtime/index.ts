/**
 * The runtime for the exercises: asyncio's building blocks, in TypeScript.
 *
 * ```ts
 * import { Semaphore, sleep, timeout } from '#runtime'
 *
 * await sleep(1000)                                  // pause this task for 1 s
 * const answer = await timeout(3000, signal => ask(question, signal))
 * const oven = new Semaphore(2)                       // at most 2 cakes in the oven at once
 * const cake = await oven.use(() => bake(recipe))     // waits for a place, bakes, frees it
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
  Coordinates,
  Legacy,
  Executor,
  ConceptPredictions,
  ConceptChoices,
  QuizOption,
} from './world.ts'
