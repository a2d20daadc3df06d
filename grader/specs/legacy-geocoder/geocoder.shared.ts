// The geocoder's worlds, as plain data: the world (world.jail.ts, scenarios.jail.ts) builds its
// legacy library, executor and heartbeat from them, and the checks judge against them, so this
// file stays free of side effects.
import type { Coordinates } from '#runtime'

/** How long one geocodeSync call holds the thread it runs on. */
export const GEOCODE_MS = 800
export const HEARTBEAT_MS = 100
/** The heartbeat may be this late, no later. */
export const HEARTBEAT_TOLERANCE_MS = 100

/** Every address the legacy library knows, and where it is. */
export const COORDINATES: Readonly<Record<string, Coordinates>> = {
  '8 rue de la Paix, Paris': { lat: 48.869, lon: 2.331 },
  '25 quai Saint-Antoine, Lyon': { lat: 45.764, lon: 4.83 },
  '3 place du Capitole, Toulouse': { lat: 43.6045, lon: 1.444 },
  '10 la Canebière, Marseille': { lat: 43.297, lon: 5.378 },
  '1 place de la Bourse, Bordeaux': { lat: 44.8412, lon: -0.57 },
  '2 place Stanislas, Nancy': { lat: 48.6936, lon: 6.1833 },
  '5 rue Nationale, Lille': { lat: 50.6366, lon: 3.0635 },
}
const ADDRESSES = Object.keys(COORDINATES)

export type Call = 'geocodeAll' | 'geocodeWithin'

export interface World {
  call: Call
  threads: number
  /** The addresses, in the order the call is given them. */
  addresses: readonly string[]
  /** geocodeWithin's budget. */
  budgetMs?: number
}

export const WORLDS: Record<'all' | 'all-other-pool' | 'within' | 'within-early', World> = {
  // The statement's: 4 threads, 5 addresses, all done at t=1600.
  all: { call: 'geocodeAll', threads: 4, addresses: ADDRESSES.slice(0, 5) },
  // Another pool and count, in another order, so that the statement's figures cannot be written in.
  'all-other-pool': { call: 'geocodeAll', threads: 3, addresses: [...ADDRESSES].reverse() },
  // The statement's: at t=1000 the first 2 are in, the third and fourth run until 1600, the fifth waits.
  within: { call: 'geocodeWithin', threads: 2, addresses: ADDRESSES.slice(0, 5), budgetMs: 1000 },
  // Every result is in at t=1600, before the budget.
  'within-early': { call: 'geocodeWithin', threads: 2, addresses: ADDRESSES.slice(2, 5), budgetMs: 2000 },
}

export type WorldName = keyof typeof WORLDS

/** What geocodeWithin puts in the place of an address whose result did not arrive in time. */
export const TIMEOUT = 'timeout'

/** The six workloads `workload` classifies; which is which is kept in workload-key.ts, by hash. */
export const WORKLOAD_NAMES = ['resizeImages', 'hashPasswords', 'compressLogs', 'callWeatherApi', 'queryDatabase', 'readConfigFile'] as const
export type WorkloadName = (typeof WORKLOAD_NAMES)[number]

// The lanes and labels the world records.
export const workerLane = (worker: number) => `worker ${worker}`
export const WORKER_LANE = /^worker (\d+)$/
/** Where geocodeSync runs when it is called on the event loop, not in a job. */
export const MAIN_THREAD_LANE = 'main thread'
export const EXECUTOR_LANE = 'executor'
export const HEARTBEAT_LANE = 'heartbeat'
export const RESULT_LANE = 'result'

/** The city of an address: each address of the world is in a city of its own. */
export const cityOf = (address: string) => address.split(', ').at(-1)!
export const addressIn = (city: string) => Object.keys(COORDINATES).find((address) => cityOf(address) === city) ?? city

/** A job's span on its worker lane, from its start to its end. */
export const jobLabel = (job: number) => `job ${job}`
export const JOB_LABEL = /^job (\d+)$/
/** When a job's code ran: the cities of the addresses it geocoded, in call order (a label must stay short). */
export const ranLabel = (job: number, addresses: readonly string[]) =>
  `job ${job} ran: ${addresses.length ? addresses.map(cityOf).join(ADDRESS_SEPARATOR) : NO_GEOCODE}`
export const RAN = /^job (\d+) ran: (.*)$/
export const ADDRESS_SEPARATOR = ' | '
export const NO_GEOCODE = 'no geocodeSync'

export const queuedLabel = (job: number, withSignal: boolean) => `job ${job} queued${withSignal ? '' : NO_SIGNAL}`
export const NO_SIGNAL = ', no signal'
/** executor.run was handed something other than a function, such as what geocodeSync returned: its typeof. */
export const notAJobLabel = (type: string) => `${NOT_A_JOB}${type}`
export const NOT_A_JOB = 'not a job: '
export const removedLabel = (job: number) => `job ${job} removed`
export const REMOVED = /^job (\d+) removed$/
export const abortIgnoredLabel = (job: number) => `job ${job}: ${ABORT_IGNORED}`
export const ABORT_IGNORED = 'abort ignored, threads cannot be stopped'

/** A heartbeat: how late it fired; `missed` when the call settled before a beat that was due could fire. */
export const beatLabel = (lateMs: number, missed = false) => `${missed ? 'missed' : 'beat'}, ${lateMs === 0 ? 'on time' : `${lateMs} ms late`}`
export const BEAT = /^(beat|missed), (?:(\d+) ms late|on time)$/

/** On the main thread lane: geocodeSync was called on the loop inside the call itself, or put off to later. */
export const DURING_CALL = 'called during the call'
export const PUT_OFF = 'called after the call returned its promise'

/** On the result lane: the array the call resolved with changed after it had settled. */
export const changedLabel = (shown: string) => `changed after settling: ${shown}`
export const CHANGED = 'changed after settling: '
