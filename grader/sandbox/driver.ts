import { errorInfo, type Outcome } from './outcome.ts'
import { toPlain } from './plain.ts'

/** A timer in fake-timers' schedule: due at `callAt`; of two due at once, the lower `order` first. */
interface ScheduledTimer {
  callAt?: number
  order?: number
  immediate?: boolean
}

/** The parts of @sinonjs/fake-timers' clock the driver needs. */
export interface VirtualClock {
  readonly now: number
  next(): number
  countTimers(): number
  /** fake-timers' schedule, a heap: its first timer is the next to fire. */
  readonly timerHeap?: {
    peek(): ScheduledTimer | undefined
    readonly timers: readonly ScheduledTimer[]
    remove(timer: ScheduledTimer): void
    push(timer: ScheduledTimer): void
  }
}

/** fake-timers' own order of timers due at the same instant: immediates first, then by `order`. */
const byDueTime = (a: ScheduledTimer, b: ScheduledTimer) =>
  (a.callAt ?? 0) - (b.callAt ?? 0) || Number(Boolean(b.immediate)) - Number(Boolean(a.immediate)) || (a.order ?? 0) - (b.order ?? 0)

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
  /** Called each time the code has run to its end and the driver has control again; returns the ms that stretch blocked the loop (blocking.ts). */
  onStretchEnd?: () => number
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
  // Snapshot at settle time: the submission could mutate the value afterwards. The time is
  // read first: a getter the copy calls could block, and would make the call seem later.
  promise.then(
    (value) => {
      const at = clock.now
      settled = { kind: 'resolved', value: toPlain(value), at }
    },
    (error) => {
      const at = clock.now
      settled = { kind: 'rejected', error: errorInfo(error), at }
    },
  )

  let fired = 0
  // Orders below any fake-timers gives, so that late timers go before those armed at `now`.
  let lateOrder = Number.MIN_SAFE_INTEGER
  /**
   * Timers that fell due while a block held the loop fire late, now, in the order they were
   * due (fake-timers would set the clock back to each one's time). Each is taken out of the
   * schedule and put back due now, so the heap stays a heap.
   */
  const isLate = (timer: ScheduledTimer) => timer.callAt !== undefined && timer.callAt < clock.now
  const rescheduleLate = () => {
    const heap = clock.timerHeap
    const first = heap?.peek()
    if (!heap || !first || !isLate(first)) return
    const late = heap.timers.filter(isLate).sort(byDueTime)
    for (const timer of late) heap.remove(timer)
    for (const timer of late) {
      timer.callAt = clock.now
      timer.order = lateOrder++
      heap.push(timer)
    }
  }
  const fireNext = () => {
    fired++
    rescheduleLate()
    try {
      clock.next()
    } catch (error) {
      options.onTimerError(error)
    }
  }

  /** Ms the code held the loop since it settled: the drain's horizon does not count them. */
  let blockedSinceSettled = 0
  const drain = async () => {
    await options.drainMicrotasks()
    const blocked = options.onStretchEnd?.() ?? 0
    if (settled) blockedSinceSettled += blocked
    // In real time, a block takes its time too.
    if (blocked > 0 && options.beforeTimer) await options.beforeTimer(blocked)
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
    // The next timer's own time is what the horizon bounds, not the time before it fires;
    // time a block took is not: a busy-wait after the call must not hide what follows it.
    const nextWithin = () => (clock.timerHeap?.peek()?.callAt ?? clock.now) <= horizon + blockedSinceSettled
    while (clock.countTimers() > 0 && fired < options.maxTimers && nextWithin()) {
      fireNext()
      await drain()
    }
  }
  return { outcome: settled, timersLeft }
}
