import { errorInfo, type Outcome } from './outcome.ts'
import { toPlain } from './plain.ts'

/** The parts of @sinonjs/fake-timers' clock the driver needs. */
export interface VirtualClock {
  readonly now: number
  next(): number
  countTimers(): number
  /** fake-timers' schedule; its first timer is the next to fire. */
  readonly timerHeap?: { peek(): { callAt?: number } | undefined }
}

export interface DriveOptions {
  clock: VirtualClock
  /** Resolves on the next real macrotask, after every pending microtask has run. */
  drainMicrotasks: () => Promise<void>
  /** Timers fired before the run counts as runaway. */
  maxTimers: number
  /** Virtual ms past which the run counts as runaway (a timer due later never fires). */
  maxVirtualMs: number
  drainAfterSettle: boolean
  /** Unref'd timers still armed: they keep nothing running, so they are not left over. */
  unrefTimers: () => number
  /** Explains a deadlock: which awaits are stuck. */
  describeWaiting: () => string[]
  onTimerError: (error: unknown) => void
  /** Called once the promise has settled and the microtasks it set off have run, before any later timer fires. */
  onSettled?: () => void
  /** Awaited before each timer with the virtual ms until it fires (`--real` runs). */
  beforeTimer?: (ms: number) => Promise<void>
  /** Called each time the code has run to its end and the driver has control again (blocking.ts). */
  onStretchEnd?: () => void
}

/** How far past the settling time `drainAfterSettle` follows leftover timers (a forgotten
 *  setInterval would otherwise run up to the timer cap). */
export const DRAIN_HORIZON_MS = 60_000

/**
 * Advances virtual time only when nothing else can run: drain microtasks; stop if the
 * promise settled; otherwise fire the next timer; with no timer left it is a deadlock.
 */
export async function drive(promise: Promise<unknown>, options: DriveOptions): Promise<{ outcome: Outcome; timersLeft: number }> {
  const { clock } = options
  let settled: Outcome | undefined
  promise.then(
    // Snapshot at settle time: the submission could mutate the value afterwards.
    (value) => (settled = { kind: 'resolved', value: toPlain(value), at: clock.now }),
    (error) => (settled = { kind: 'rejected', error: errorInfo(error), at: clock.now }),
  )

  let fired = 0
  const fireNext = () => {
    fired++
    // A timer that fell due while a block held the loop fires late, now: fake-timers would
    // set the clock back to its time. Only the first timer is lifted, just before it is
    // taken out of the schedule, so the schedule keeps its order (the late ones by due time).
    const first = clock.timerHeap?.peek()
    if (first?.callAt !== undefined && first.callAt < clock.now) first.callAt = clock.now
    try {
      clock.next()
    } catch (error) {
      options.onTimerError(error)
    }
  }

  const drain = async () => {
    await options.drainMicrotasks()
    options.onStretchEnd?.()
  }

  for (;;) {
    await drain()
    if (settled) break
    if (clock.countTimers() === 0) {
      return { outcome: { kind: 'deadlock', at: clock.now, waiting: options.describeWaiting() }, timersLeft: 0 }
    }
    // A timer that fell due during a block fires now, late.
    const nextTimerAt = Math.max(clock.now, clock.timerHeap?.peek()?.callAt ?? clock.now)
    if (fired >= options.maxTimers || nextTimerAt > options.maxVirtualMs) {
      const pastCap = nextTimerAt > options.maxVirtualMs ? { nextTimerAt } : {}
      return { outcome: { kind: 'runaway', at: clock.now, timersFired: fired, ...pastCap }, timersLeft: clock.countTimers() }
    }
    if (options.beforeTimer) await options.beforeTimer(nextTimerAt - clock.now)
    fireNext()
  }

  options.onSettled?.()
  const timersLeft = clock.countTimers() - options.unrefTimers()
  if (options.drainAfterSettle) {
    const horizon = clock.now + DRAIN_HORIZON_MS
    // The next timer's own time is what the horizon bounds, not the time before it fires.
    const nextWithin = () => (clock.timerHeap?.peek()?.callAt ?? clock.now) <= horizon
    while (clock.countTimers() > 0 && fired < options.maxTimers && nextWithin()) {
      fireNext()
      await drain()
    }
  }
  return { outcome: settled, timersLeft }
}
