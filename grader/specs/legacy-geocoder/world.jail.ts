// Runs inside the jail, in the world's compartment: the legacy library, the executor and the
// heartbeat. A geocodeSync call on the event loop blocks it for 800 virtual ms (the sandbox's
// blockEventLoop); inside a job it blocks nothing and adds 800 ms to the job, which runs on a
// worker lane of its own. Everything recorded here is what the checks judge.
import { sleep, type Coordinates, type Executor, type Legacy } from '#runtime'
import { labelOf } from '../../sandbox/recorder.ts'
import { hand, signalFrom, type ScenarioContext } from '../../sandbox/scenario.ts'
import {
  COORDINATES,
  DURING_CALL,
  EXECUTOR_LANE,
  GEOCODE_MS,
  HEARTBEAT_LANE,
  HEARTBEAT_MS,
  MAIN_THREAD_LANE,
  PUT_OFF,
  abortIgnoredLabel,
  beatLabel,
  jobLabel,
  queuedLabel,
  removedLabel,
  workerLane,
} from './geocoder.shared.ts'

/** The job the executor is calling right now, if any: geocodeSync then costs the job, not the loop. */
interface RunningJob {
  costMs: number
  addresses: string[]
}

interface QueuedJob {
  id: number
  job: () => unknown
  signal: AbortSignal | undefined
  resolve: (value: unknown) => void
  reject: (reason: unknown) => void
  onAbort: () => void
}

interface Ending {
  worker: number
  endSpan: () => void
  settle: () => void
}

export interface GeocoderWorld {
  legacy: Legacy
  executor: Executor
  /** True while the submission's call runs synchronously: a blocking call then is not put off. */
  setInsideCall(inside: boolean): void
  /** Called after each batch of results delivered, once the code they woke up has run. */
  afterDelivery(listener: () => void): void
}

export function createWorld(context: ScenarioContext, threads: number): GeocoderWorld {
  const { recorder } = context
  let current: RunningJob | undefined
  let insideCall = false
  let deliveryListener: (() => void) | undefined

  const geocodeSync = (given: unknown): Coordinates => {
    const address = labelOf(given)
    const found = COORDINATES[address]
    if (!found) throw new Error(`the legacy library knows no address ${JSON.stringify(address)}`)
    if (current) {
      current.costMs += GEOCODE_MS
      current.addresses.push(address)
    } else {
      recorder.event(MAIN_THREAD_LANE, insideCall ? DURING_CALL : PUT_OFF)
      const end = recorder.start(MAIN_THREAD_LANE, address)
      context.blockEventLoop(GEOCODE_MS)
      end()
    }
    return { ...found }
  }

  const queue: QueuedJob[] = []
  const busy = new Set<number>()
  let jobsSubmitted = 0
  // Jobs that end at the same instant hand back their results together, the last started first:
  // a real pool promises no order between them.
  const endings = new Map<number, Ending[]>()

  const deliver = (at: number): void => {
    const batch = endings.get(at) ?? []
    endings.delete(at)
    for (const ending of batch) {
      ending.endSpan()
      busy.delete(ending.worker)
    }
    startWaitingJobs()
    for (const ending of [...batch].reverse()) ending.settle()
    if (deliveryListener) {
      const listener = deliveryListener
      // A 0 ms timer fires once the code the results woke up has run.
      setTimeout(listener, 0)
    }
  }

  const start = (entry: QueuedJob, worker: number): void => {
    busy.add(worker)
    entry.signal?.removeEventListener('abort', entry.onAbort)
    const running: RunningJob = { costMs: 0, addresses: [] }
    const outer = current
    current = running
    let outcome: { ok: true; value: unknown } | { ok: false; error: unknown }
    try {
      outcome = { ok: true, value: entry.job() }
    } catch (error) {
      outcome = { ok: false, error }
    } finally {
      current = outer
    }
    const lane = workerLane(worker)
    const endSpan = recorder.start(lane, jobLabel(entry.id, running.addresses))
    const ignoreAbort = () => recorder.event(lane, abortIgnoredLabel(entry.id))
    if (entry.signal?.aborted === false) entry.signal.addEventListener('abort', ignoreAbort, { once: true })
    const settle = () => {
      entry.signal?.removeEventListener('abort', ignoreAbort)
      if (outcome.ok) entry.resolve(outcome.value)
      else entry.reject(outcome.error)
    }
    const endsAt = recorder.now() + running.costMs
    const batch = endings.get(endsAt)
    if (batch) batch.push({ worker, endSpan, settle })
    else {
      endings.set(endsAt, [{ worker, endSpan, settle }])
      sleep(running.costMs).then(() => deliver(endsAt))
    }
  }

  const freeWorker = (): number | undefined => {
    for (let worker = 1; worker <= threads; worker++) if (!busy.has(worker)) return worker
    return undefined
  }

  const startWaitingJobs = (): void => {
    for (let worker = freeWorker(); worker !== undefined && queue.length > 0; worker = freeWorker()) start(queue.shift()!, worker)
  }

  const run = (job: unknown, given?: unknown): Promise<unknown> => {
    const signal = signalFrom(context, given)
    if (typeof job !== 'function')
      return Promise.reject(new TypeError('executor.run takes the job to run: a function, such as () => legacy.geocodeSync(address)'))
    const id = ++jobsSubmitted
    recorder.event(EXECUTOR_LANE, queuedLabel(id, signal !== undefined))
    return new Promise((resolve, reject) => {
      const entry: QueuedJob = {
        id,
        job: job as () => unknown,
        signal,
        resolve,
        reject,
        onAbort: () => {
          const at = queue.indexOf(entry)
          if (at < 0) return
          queue.splice(at, 1)
          recorder.event(EXECUTOR_LANE, removedLabel(id))
          reject(signal?.reason)
        },
      }
      if (signal?.aborted) {
        recorder.event(EXECUTOR_LANE, removedLabel(id))
        reject(signal.reason)
        return
      }
      signal?.addEventListener('abort', entry.onAbort, { once: true })
      queue.push(entry)
      startWaitingJobs()
    })
  }

  return {
    legacy: hand({ geocodeSync }),
    executor: hand({ threads, run }) as Executor,
    setInsideCall: (inside) => {
      insideCall = inside
    },
    afterDelivery: (listener) => {
      deliveryListener = listener
    },
  }
}

/**
 * The service's heartbeat, every 100 ms: each beat notes how late it fired. Stopping it notes
 * the beat still due, if the code held the loop past its time and the call settled first.
 */
export function startHeartbeat(context: ScenarioContext): () => void {
  const { recorder } = context
  let due = recorder.now() + HEARTBEAT_MS
  let timer: ReturnType<typeof setTimeout>
  const beat = () => {
    const now = recorder.now()
    recorder.event(HEARTBEAT_LANE, beatLabel(now - due))
    due = now + HEARTBEAT_MS
    timer = setTimeout(beat, HEARTBEAT_MS)
  }
  timer = setTimeout(beat, HEARTBEAT_MS)
  return () => {
    clearTimeout(timer)
    const late = recorder.now() - due
    if (late > 0) recorder.event(HEARTBEAT_LANE, beatLabel(late, true))
  }
}
