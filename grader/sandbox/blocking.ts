// A blocked event loop, in virtual time. Synchronous code that holds the loop - a blocking
// call a world models, or a busy-wait on the clock - moves the clock on at once and fires
// nothing meanwhile; the timers that fell due fire late, in their order, once the stretch
// ends (the driver sees to that). The trace shows each stretch that blocked as one span on
// the `event loop` lane, so a report can say "the event loop was blocked from t=A to t=B".
import type { Recorder } from './recorder.ts'
import { BLOCKED_LABEL, EVENT_LOOP_LANE } from './trace.ts'

/**
 * Clock reads one synchronous stretch makes for free. Past them, each read is a busy-wait's
 * and moves the clock on by BUSY_WAIT_STEP_MS, so `while (Date.now() < end) {}` ends, as a
 * block of about `end - start` ms. Correct code may read the clock once per task of 100,000
 * queued at once (a limiter stamping each); none reads it a million times without letting
 * the loop run. A million reads cost about 0.1 s of CPU.
 */
export const FREE_CLOCK_READS = 1_000_000
export const BUSY_WAIT_STEP_MS = 1

/** A fake-timers clock: `now` is a plain property, which the block moves on. */
export interface BlockableClock {
  now: number
}

export interface Blocking {
  /** The code running now holds the event loop for `ms` virtual ms (a finite, non-negative number). */
  block(ms: number): void
  /** The virtual time, as Date.now() and performance.now() read it: counts the reads of this stretch. */
  readClock(): number
  /** The stretch ended (the driver regained control): closes its block span, resets the read count; the ms it blocked. */
  endStretch(): number
}

export function createBlocking(clock: BlockableClock, recorder: Pick<Recorder, 'start'>): Blocking {
  let reads = 0
  let endSpan: (() => void) | undefined
  let blockedAt = 0

  const block = (ms: number): void => {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new RangeError(`a block lasts a finite, non-negative number of ms, not ${String(ms)}`)
    if (ms === 0) return
    if (!endSpan) {
      blockedAt = clock.now
      endSpan = recorder.start(EVENT_LOOP_LANE, BLOCKED_LABEL)
    }
    clock.now += ms
  }

  return {
    block,
    readClock() {
      if (++reads > FREE_CLOCK_READS) block(BUSY_WAIT_STEP_MS)
      return clock.now
    },
    endStretch() {
      reads = 0
      if (!endSpan) return 0
      endSpan()
      endSpan = undefined
      return clock.now - blockedAt
    },
  }
}
