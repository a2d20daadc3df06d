// Reads a geocoder run: what a correct submission does in each world, and where each address
// was geocoded, what the executor did with each job, and how late each heartbeat was, as the
// world recorded them.
import { show } from '../../sandbox/plain.ts'
import type { Span } from '../../sandbox/trace.ts'
import type { Run } from '../run.ts'
import {
  ADDRESS_SEPARATOR,
  BEAT,
  CHANGED,
  COORDINATES,
  DURING_CALL,
  EXECUTOR_LANE,
  GEOCODE_MS,
  HEARTBEAT_LANE,
  JOB_LABEL,
  MAIN_THREAD_LANE,
  NO_GEOCODE,
  NO_SIGNAL,
  NOT_A_JOB,
  PUT_OFF,
  RAN,
  REMOVED,
  RESULT_LANE,
  TIMEOUT,
  WORKER_LANE,
  WORLDS,
  addressIn,
  cityOf,
  jobLabel,
  workerLane,
  type WorldName,
} from './geocoder.shared.ts'

// What a correct submission does.

/** When the job of the address at `index` starts: a new round each time every thread is busy. */
const startOf = (index: number, threads: number) => Math.floor(index / threads) * GEOCODE_MS

/** The jobs of a correct run: one per address, handed to the executor at once. */
export function expectedJobs(name: WorldName): Span[] {
  const { threads, addresses, budgetMs } = WORLDS[name]
  return addresses.flatMap((_address, index) => {
    const start = startOf(index, threads)
    // Within a budget, a job not started by then never runs.
    if (budgetMs !== undefined && start >= budgetMs) return []
    const lane = workerLane((index % threads) + 1)
    return [{ lane, label: jobLabel(index + 1), start, end: start + GEOCODE_MS }]
  })
}

/** When the last job of a correct run ends. */
export const lastEnd = (name: WorldName) => Math.max(...expectedJobs(name).map((job) => job.end!))

/** When a correct call settles: when the last result arrives, or at the budget if that is sooner. */
export function expectedSettle(name: WorldName): number {
  const { budgetMs } = WORLDS[name]
  return budgetMs === undefined ? lastEnd(name) : Math.min(budgetMs, lastEnd(name))
}

/** What a correct call resolves with: each address's coordinates, or 'timeout' if not in by the budget. */
export function expectedValue(name: WorldName): unknown[] {
  const { threads, addresses } = WORLDS[name]
  const settles = expectedSettle(name)
  return addresses.map((address, index) => (startOf(index, threads) + GEOCODE_MS <= settles ? COORDINATES[address] : TIMEOUT))
}

/** The timeline of a correct run: the call, and its jobs on the workers. */
export function expectedSpans(name: WorldName): Span[] {
  const { call } = WORLDS[name]
  return [{ lane: call, label: call, start: 0, end: expectedSettle(name) }, ...expectedJobs(name)]
}

// What the run did.

export interface Job {
  id: number
  worker: number
  start: number
  end?: number
  /** The addresses it geocoded, in call order; none if its code has not run. */
  addresses: string[]
}

/** The executor's jobs, as the worker lanes show them: their spans, and what their code geocoded when it ran. */
export function jobsOf(run: Run): Job[] {
  const geocoded = new Map<number, string[]>()
  for (const event of run.trace) {
    const ran = event.kind === 'event' && WORKER_LANE.test(event.lane) ? RAN.exec(event.label) : null
    if (ran) geocoded.set(Number(ran[1]), ran[2] === NO_GEOCODE ? [] : ran[2]!.split(ADDRESS_SEPARATOR).map(addressIn))
  }
  return run.spans.flatMap((span) => {
    const worker = WORKER_LANE.exec(span.lane)
    const label = JOB_LABEL.exec(span.label)
    if (!worker || !label) return []
    const id = Number(label[1])
    return [{ id, worker: Number(worker[1]), start: span.start, ...(span.end === undefined ? {} : { end: span.end }), addresses: geocoded.get(id) ?? [] }]
  })
}

export interface Geocode {
  address: string
  /** A worker lane, or the main thread: on the event loop. */
  where: string
  onLoop: boolean
  start: number
  end: number
}

/** Every geocodeSync call: in a job, one after another from its start; on the loop, where the world saw it. */
export function geocodesOf(run: Run): Geocode[] {
  const inJobs = jobsOf(run).flatMap((job) =>
    job.addresses.map((address, index) => {
      const start = job.start + index * GEOCODE_MS
      return { address, where: workerLane(job.worker), onLoop: false, start, end: start + GEOCODE_MS }
    }),
  )
  const onLoop = run.lane(MAIN_THREAD_LANE).map((span) => ({
    address: span.label,
    where: MAIN_THREAD_LANE,
    onLoop: true,
    start: span.start,
    end: span.end ?? span.start,
  }))
  return [...inJobs, ...onLoop].sort((a, b) => a.start - b.start)
}

/** The first call of each address, by address. */
export function firstGeocodes(run: Run): Map<string, Geocode> {
  const first = new Map<string, Geocode>()
  for (const geocode of geocodesOf(run)) if (!first.has(geocode.address)) first.set(geocode.address, geocode)
  return first
}

/** Every geocodeSync call on the loop was made after the call had returned its promise: put off. */
export function allPutOff(run: Run): boolean {
  const labels = run.events(MAIN_THREAD_LANE).map((event) => event.label)
  return labels.includes(PUT_OFF) && !labels.includes(DURING_CALL)
}

export interface Beat {
  at: number
  lateMs: number
  /** Due, but the call settled before the loop let it fire. */
  missed: boolean
}

export function beatsOf(run: Run): Beat[] {
  return run.events(HEARTBEAT_LANE).flatMap((event) => {
    const match = BEAT.exec(event.label)
    return match ? [{ at: event.t, lateMs: Number(match[2] ?? 0), missed: match[1] === 'missed' }] : []
  })
}

/** The latest beat: the one the loop held back longest. */
export function latestBeat(run: Run): Beat | undefined {
  return beatsOf(run).reduce<Beat | undefined>((worst, beat) => (!worst || beat.lateMs > worst.lateMs ? beat : worst), undefined)
}

/** executor.run was handed something other than a job, such as geocodeSync's result. */
export const handedNotAJob = (run: Run) => run.events(EXECUTOR_LANE).some((event) => event.label.startsWith(NOT_A_JOB))

/** Jobs handed to executor.run without a signal. */
export function jobsWithoutSignal(run: Run): number {
  return run.events(EXECUTOR_LANE).filter((event) => event.label.endsWith(NO_SIGNAL)).length
}

/** When each job taken out of the queue was. */
export function removals(run: Run): { job: number; at: number }[] {
  return run.events(EXECUTOR_LANE).flatMap((event) => {
    const match = REMOVED.exec(event.label)
    return match ? [{ job: Number(match[1]), at: event.t }] : []
  })
}

/** The array the call resolved with, each time it changed after the call had settled. */
export function changesOf(run: Run): { at: number; shown: string }[] {
  return run.events(RESULT_LANE).map((event) => ({ at: event.t, shown: event.label.slice(CHANGED.length) }))
}

/** "[{ lat: 48.869, lon: 2.331 }, "timeout"]" shortened to the addresses' places: "[Paris, timeout]". */
export function showResults(value: unknown): string {
  if (!Array.isArray(value)) return show(value)
  return `[${value.map(showResult).join(', ')}]`
}

function showResult(item: unknown): string {
  const place = placeOf(item)
  return place ?? show(item)
}

/** The city of an address whose coordinates these are, if they are some address's. */
export function placeOf(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined
  const shown = show(item)
  const address = Object.keys(COORDINATES).find((candidate) => show(COORDINATES[candidate]) === shown)
  return address === undefined ? undefined : cityOf(address)
}
