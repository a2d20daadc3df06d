// Runs inside the jail, in the world's compartment: the legacy library, the executor and the
// heartbeat. A geocodeSync call on the event loop blocks it for 800 virtual ms (the sandbox's
// blockEventLoop); inside a job it blocks nothing and holds the job's worker lane for 800 ms.
// A job's code runs when its first 800 ms are up, when a real thread would return from
// geocodeSync. The workers' events are the loop's timers, so a held loop holds them back too: a
// simplification the statement states. Everything recorded here is what the checks judge.
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
  notAJobLabel,
  queuedLabel,
  ranLabel,
  removedLabel,
  workerLane,
} from './geocoder.shared.ts'

interface QueuedJob {
  id: number
  job: () => unknown
  signal: AbortSignal | undefined
  resolve: (value: unknown) => void
  reject: (reason: unknown) => void
  onAbort: () => void
}

/** A job on its worker. */
interface RunningJob {
  entry: QueuedJob
  worker: number
  startedAt: number
  /** The addresses its code geocoded, in call order: 800 ms of its worker each. */
  addresses: string[]
  outcome?: { ok: true; value: unknown } | { ok: false; error: unknown }
  endSpan: () => void
  ignoreAbort: () => void
}

/** What falls due at one instant: the code of the jobs whose first 800 ms are up, and the jobs that end. */
interface Due {
  runs: RunningJob[]
  ends: RunningJob[]
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
    if (current) current.addresses.push(address)
    else {
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
  // One timer an instant, so that the jobs due at the same instant act together.
  const agenda = new Map<number, Due>()

  const dueAt = (instant: number): Due => {
    let due = agenda.get(instant)
    if (!due) {
      due = { runs: [], ends: [] }
      agenda.set(instant, due)
      sleep(Math.max(0, instant - recorder.now())).then(() => fire(instant))
    }
    return due
  }

  const runCode = (job: RunningJob): void => {
    current = job
    try {
      job.outcome = { ok: true, value: job.entry.job() }
    } catch (error) {
      job.outcome = { ok: false, error }
    } finally {
      current = undefined
    }
    recorder.event(workerLane(job.worker), ranLabel(job.entry.id, job.addresses))
  }

  const fire = (instant: number): void => {
    const { runs, ends } = agenda.get(instant)!
    agenda.delete(instant)
    for (const job of runs) {
      runCode(job)
      // A job that geocodes nothing still holds its worker for the slot its code ran in.
      const endsAt = job.startedAt + Math.max(1, job.addresses.length) * GEOCODE_MS
      if (endsAt <= instant) ends.push(job)
      else dueAt(endsAt).ends.push(job)
    }
    if (ends.length > 0) deliver(ends)
  }

  const deliver = (ends: RunningJob[]): void => {
    for (const job of ends) {
      job.endSpan()
      busy.delete(job.worker)
    }
    startWaitingJobs()
    // Jobs that end at the same instant hand back their results together, the last started
    // first: a real pool promises no order between them.
    for (const job of ends.sort((a, b) => b.entry.id - a.entry.id)) {
      job.entry.signal?.removeEventListener('abort', job.ignoreAbort)
      if (job.outcome?.ok) job.entry.resolve(job.outcome.value)
      else job.entry.reject(job.outcome?.error)
    }
    if (deliveryListener) {
      const listener = deliveryListener
      // A 0 ms timer fires once the code the results woke up has run.
      setTimeout(listener, 0)
    }
  }

  const start = (entry: QueuedJob, worker: number): void => {
    busy.add(worker)
    entry.signal?.removeEventListener('abort', entry.onAbort)
    const lane = workerLane(worker)
    const startedAt = recorder.now()
    const job: RunningJob = {
      entry,
      worker,
      startedAt,
      addresses: [],
      endSpan: recorder.start(lane, jobLabel(entry.id)),
      ignoreAbort: () => recorder.event(lane, abortIgnoredLabel(entry.id)),
    }
    if (entry.signal?.aborted === false) entry.signal.addEventListener('abort', job.ignoreAbort, { once: true })
    dueAt(startedAt + GEOCODE_MS).runs.push(job)
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
    if (typeof job !== 'function') {
      recorder.event(EXECUTOR_LANE, notAJobLabel(typeof job))
      return Promise.reject(new TypeError('executor.run takes the job to run: a function, such as () => legacy.geocodeSync(address)'))
    }
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
