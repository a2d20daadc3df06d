// The simulated worlds the exercises run in. Only types live here: the grader builds
// the real (instrumented) worlds, and students code against these shapes.

/** Toaster: each method resolves after 2000 ms with a description of what was made. */
export interface Kitchen {
  toastBread(): Promise<string>
  brewCoffee(): Promise<string>
}

/** Weather-timeout: a server to ask for a forecast. */
export interface WeatherServer {
  name: string
}

export interface Forecast {
  server: string
  temperatureC: number
  summary: string
}

/** Asks `server` for a forecast; aborting `signal` cancels the request. */
export type FetchWeather = (server: WeatherServer, signal?: AbortSignal) => Promise<Forecast>

/** Semaphore-crawler: a downloaded page. */
export interface Page {
  id: number
  url: string
  sizeBytes: number
}

/** Downloads page `id`; aborting `signal` cancels the download. */
export type Download = (id: number, signal?: AbortSignal) => Promise<Page>

/** Fast-food: what the restaurant owns. */
export interface RestaurantConfig {
  sodaMachines: number
  cooks: number
  fryerPortions: number
}

/** Fast-food: the kitchen of the restaurant. It records every rule broken. */
export interface Restaurant {
  readonly config: RestaurantConfig
  /** Fills a cup (1000 ms). More cups at once than `sodaMachines` is a violation. */
  fillSoda(client: string): Promise<void>
  /** Cooks a burger (3000 ms). More burgers at once than `cooks` is a violation. */
  cookBurger(client: string): Promise<void>
  /** Fries a batch (4000 ms) that puts `fryerPortions` portions on the tray. A second
   *  batch while one cooks or while portions remain is a violation. */
  cookFries(): Promise<void>
  /** Takes one portion from the tray. Taking from an empty tray is a violation. */
  takeFries(client: string): void
  readonly friesOnTray: number
}

/** Chat-socket: a websocket to the chat server. */
export interface ChatSocket {
  /** Sends one message (200 ms). Two sends at once break the protocol: the socket reports it. */
  send(text: string, signal?: AbortSignal): Promise<void>
  /** The next message from the server, when it arrives; null once the server has closed the socket. */
  receive(signal?: AbortSignal): Promise<string | null>
}

/** Chat-socket: the user's keyboard. */
export interface Keyboard {
  /** The next line the user types, when it is typed; null at the end of input. */
  nextLine(signal?: AbortSignal): Promise<string | null>
}

/** Task-group: a mailing list the newsletter goes to. */
export interface MailingList {
  name: string
}

/** Task-group: sends the newsletter. */
export interface Mailer {
  /** Sends to `list` (1000 to 3000 ms). When `signal` aborts, it cleans up for 200 ms, then
   *  rejects with `signal.reason`. */
  send(list: MailingList, signal: AbortSignal): Promise<void>
}

/** Task-group: where the newsletter's progress is shown. */
export interface Progress {
  /** `done` lists sent out of `total`. */
  report(done: number, total: number): void
}

/** Concepts (bonus quiz): the predict-the-output items, each the lines its snippet prints. */
export interface ConceptPredictions {
  microtasks: string[]
  'starts-at-once': string[]
  'no-await': string[]
  'await-each': string[]
  interleave: string[]
}

/** Concepts: one of the options a choice item lists. */
export type QuizOption = 'a' | 'b' | 'c' | 'd'

/** Concepts: the choice items, each the option chosen; null while unanswered. */
export interface ConceptChoices {
  cores: QuizOption | null
  contagious: QuizOption | null
  'cpu-bound': QuizOption | null
  concurrency: QuizOption | null
  threads: QuizOption | null
}

/** Legacy-geocoder: where an address is. */
export interface Coordinates {
  lat: number
  lon: number
}

/** Legacy-geocoder: the old synchronous geocoding library. */
export interface Legacy {
  /** Blocks the thread it runs on for 800 ms, then returns where `address` is. On the event
   *  loop, nothing else runs meanwhile; inside an executor job, it holds that job's worker. */
  geocodeSync(address: string): Coordinates
}

/** Legacy-geocoder: a pool of worker threads, like Python's ThreadPoolExecutor. */
export interface Executor {
  readonly threads: number
  /** Runs `job` on a free worker (first in, first out when all are busy) and settles like it.
   *  When `signal` aborts, a job not started yet is removed (its promise rejects at once with
   *  `signal.reason`); a running job cannot be stopped: it runs to its end and settles then. */
  run<T>(job: () => T, signal?: AbortSignal): Promise<T>
}
