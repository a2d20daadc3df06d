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
