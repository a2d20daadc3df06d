// The simulated worlds, run inside the sandbox: a page server that bans greedy clients,
// and tasks for a limiter. Each download or task is a span on the lowest-numbered free
// "slot" row, so the timeline reads as the slots a correct submission keeps busy.
import { sleep, type Download } from '#runtime'
import { describeBlockedWaiters } from '../../../runtime/diagnostics.ts'
import type { Recorder } from '../../sandbox/recorder.ts'
import { hand, signalFrom, type ScenarioContext } from '../../sandbox/scenario.ts'
import {
  BANNED_LANE,
  failureOf,
  PAGE_MS,
  pageLabel,
  pageOf,
  rejectionOf,
  resultOf,
  SEMAPHORE_LANE,
  taskLabel,
  throwOf,
  type TaskPlan,
} from './params.shared.ts'

/** Rows of the timeline: whatever starts takes the lowest-numbered free one. */
class SlotLanes {
  readonly #busy: boolean[] = []

  take(): { lane: string; free: () => void } {
    let index = this.#busy.indexOf(false)
    if (index < 0) index = this.#busy.length
    this.#busy[index] = true
    return { lane: `slot ${index + 1}`, free: () => (this.#busy[index] = false) }
  }
}

export interface ServerSetup {
  /** More downloads in flight than this gets the client banned. */
  limit: number
  delays?: ReadonlyMap<number, number>
  broken?: readonly number[]
}

/**
 * The page server: each download takes its delay (PAGE_MS by default), honours its
 * signal, and rejects for a broken page. The first time more than `limit` downloads are
 * in flight it records the ban: when, and which pages were in flight.
 */
export function createServer({ recorder, isGenuineSignal }: Pick<ScenarioContext, 'recorder' | 'isGenuineSignal'>, setup: ServerSetup): Download {
  const lanes = new SlotLanes()
  const inFlight: number[] = []
  let banned = false
  return hand(async (given: unknown, givenSignal?: unknown) => {
    const signal = signalFrom({ isGenuineSignal }, givenSignal)
    const id = Number(given)
    const slot = lanes.take()
    inFlight.push(id)
    if (!banned && inFlight.length > setup.limit) {
      banned = true
      recorder.event(BANNED_LANE, `pages ${inFlight.join(', ')}`)
    }
    const done = recorder.start(slot.lane, pageLabel(id))
    try {
      await sleep(setup.delays?.get(id) ?? PAGE_MS, signal)
    } finally {
      done()
      slot.free()
      inFlight.splice(inFlight.indexOf(id), 1)
    }
    if (setup.broken?.includes(id)) throw new Error(failureOf(id))
    return pageOf(id)
  })
}

/**
 * Tasks for a limiter, built from their plan. Each notes, when it starts, whether tasks
 * are queued on a Semaphore or Lock of #runtime: createLimiter must keep its own queue.
 */
export function createTasks(recorder: Recorder): (plan: TaskPlan) => () => Promise<string> {
  const lanes = new SlotLanes()
  let semaphoreSeen = false
  const noteRuntimeSemaphore = () => {
    const blocked = describeBlockedWaiters()
    if (semaphoreSeen || blocked.length === 0) return
    semaphoreSeen = true
    recorder.event(SEMAPHORE_LANE, blocked.join('; '))
  }
  return ({ name, ms, ends }) => {
    if (ends === 'throws') {
      // Not async: the error is thrown by the call itself, before any promise exists.
      return hand(() => {
        noteRuntimeSemaphore()
        const slot = lanes.take()
        recorder.start(slot.lane, taskLabel(name))()
        slot.free()
        throw new Error(throwOf(name))
      })
    }
    return hand(async () => {
      noteRuntimeSemaphore()
      const slot = lanes.take()
      const done = recorder.start(slot.lane, taskLabel(name))
      try {
        await sleep(ms)
      } finally {
        done()
        slot.free()
      }
      if (ends === 'rejects') throw new Error(rejectionOf(name))
      return resultOf(name)
    })
  }
}
