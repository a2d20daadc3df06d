// 100,000 tasks through the submission's limiter and, interleaved, a quarter as many
// through #runtime's Semaphore, the yardstick: the same calls, in chunks taken in turn, so
// that whatever slows the machine down slows both. What is judged is the ratio of their
// CPU times (the jail's, the fake clock stands
// still while microtasks run), never a budget in ms. Each task returns an already settled
// promise and one handler per feed counts the calls that settle: the grader's share of the
// cost is the same on both sides and small.
//
// A limiter that goes past its allowance is fed no more: its tasks stop ending, so it
// stops working, well before the watchdog would take a slow limiter for a blocked one.
import { Semaphore, sleep } from '#runtime'
import type { Limiter } from './calls.jail.ts'
import { allowanceMs, MANY_TASKS, type Phase, type PhaseCost } from './params.shared.ts'

export interface Throughput {
  /** limit() calls made to the submission's limiter. */
  queued: number
  /** Tasks it called. */
  ran: number
  settled: number
  /** Calls that rejected although their task resolved. */
  rejected: number
  yours: Record<Phase, PhaseCost>
  yardstick: Record<Phase, PhaseCost>
  /** The phase where the submission's limiter went past its allowance; it was fed no more. */
  over?: Phase
}

const DONE = Promise.resolve('done')
const NEVER = new Promise<string>(() => {})
/** Calls between two readings of the CPU time, at most. */
const CHECK_EVERY = 64

/** One limiter fed by the world: its calls, its tasks, and the CPU time of each phase. */
class Feed {
  queued = 0
  ran = 0
  settled = 0
  rejected = 0
  readonly cost: Record<Phase, PhaseCost> = { queueing: { cpuMs: 0, done: 0 }, handOvers: { cpuMs: 0, done: 0 } }
  over: Phase | undefined
  readonly allSettled: Promise<void>
  #allSettled!: () => void
  /** Tasks called beyond it wait for the next chunk of hand-overs. */
  #quota = 0
  #paused!: Promise<string>
  #resume!: () => void
  #phase: Phase = 'queueing'
  #phaseStartedAt = 0
  #untilCheck = 0
  #stride = 1
  #lastCheck = { spent: 0, done: 0 }
  #settledBeforeHandOvers = 0
  readonly #limit: Limiter
  readonly #cpuMs: () => number
  /** What the feed may spend so far in a phase for the work done (the yardstick's: no end). */
  readonly #allowed: (phase: Phase, done: number) => number

  constructor(limit: Limiter, cpuMs: () => number, allowed: (phase: Phase, done: number) => number) {
    this.#limit = limit
    this.#cpuMs = cpuMs
    this.#allowed = allowed
    this.allSettled = new Promise((resolve) => (this.#allSettled = resolve))
    this.#pause()
  }

  readonly #task = (): Promise<string> => {
    this.ran++
    if (this.#overAllowance()) return NEVER
    return this.ran <= this.#quota ? DONE : this.#paused
  }

  readonly #onResolved = (): void => {
    if (++this.settled === this.queued) this.#allSettled()
  }

  readonly #onRejected = (): void => {
    this.rejected++
    this.#onResolved()
  }

  /** Makes `count` more limit() calls at once. */
  async queue(count: number): Promise<void> {
    this.#begin('queueing')
    for (let i = 0; i < count && !this.#overAllowance(); i++) {
      this.queued++
      Promise.resolve(this.#limit(this.#task)).then(this.#onResolved, this.#onRejected)
    }
    await this.#idle()
    this.#end()
  }

  /** Lets `count` more tasks end (Infinity: all the rest), and waits until the limiter is idle. */
  async handOver(count: number): Promise<void> {
    if (this.#phase === 'queueing') this.#settledBeforeHandOvers = this.settled
    this.#begin('handOvers')
    this.#quota += count
    const resume = this.#resume
    this.#pause()
    resume()
    await this.#idle()
    this.#end()
  }

  #pause(): void {
    this.#paused = new Promise((resolve) => (this.#resume = () => resolve('done')))
  }

  #begin(phase: Phase): void {
    if (phase !== this.#phase) {
      this.#untilCheck = 0
      this.#stride = 1
      this.#lastCheck = { spent: 0, done: 0 }
    }
    this.#phase = phase
    this.#phaseStartedAt = this.#cpuMs()
  }

  #end(): void {
    const cost = this.cost[this.#phase]
    cost.cpuMs += this.#cpuMs() - this.#phaseStartedAt
    cost.done = this.#done()
  }

  /** Calls made (queueing) or settled (hand-overs) since the phase began. */
  #done(): number {
    return this.#phase === 'queueing' ? this.queued : this.settled - this.#settledBeforeHandOvers
  }

  /**
   * Checked at each call and each task, so that a limiter past its allowance gets nothing
   * more. Reading the CPU time costs about a third of a limit() call: the calls between two
   * readings double from 1 up to CHECK_EVERY, as long as the headroom left covers them at
   * four times the cost per call seen since the last reading.
   */
  #overAllowance(): boolean {
    if (this.over) return true
    if (--this.#untilCheck > 0) return false
    const spent = this.cost[this.#phase].cpuMs + this.#cpuMs() - this.#phaseStartedAt
    const done = this.#done()
    const allowed = this.#allowed(this.#phase, done)
    if (spent > allowed) {
      this.over = this.#phase
      return true
    }
    const perCall = (spent - this.#lastCheck.spent) / Math.max(1, done - this.#lastCheck.done)
    this.#stride = Math.max(1, Math.min(2 * this.#stride, CHECK_EVERY, Math.floor((allowed - spent) / (4 * perCall))))
    this.#untilCheck = this.#stride
    this.#lastCheck = { spent, done }
    return false
  }

  /**
   * Until the limiter is idle: a round of timers runs every microtask it set off. A limiter
   * that hands over on timers of its own is given more rounds while it makes progress.
   */
  async #idle(): Promise<void> {
    let progress: number
    do {
      progress = this.ran + this.settled
      await sleep(0)
    } while (this.#phase === 'handOvers' && !this.#handedOverAll() && this.ran + this.settled !== progress)
  }

  /** Every task of the quota has ended and the next waits for the next chunk, or none is left. */
  #handedOverAll(): boolean {
    return this.ran > this.#quota || this.settled === this.queued || this.over !== undefined
  }
}

/**
 * Feeds `count` tasks to the submission's limiter chunk by chunk, first all the limit()
 * calls, then the hand-overs. A chunk of the same size goes to the yardstick before every
 * `yardstickEvery`-th one: its cost per call so far bounds the submission's, measured in
 * the same conditions (chunks as large, the same heap) for a fraction of the work.
 */
export async function pushThrough(yours: Limiter, cpuMs: () => number, deadlineMs: number): Promise<Throughput> {
  const { count, limit, chunk, yardstickEvery } = MANY_TASKS
  // The yardstick: a limiter built on #runtime's Semaphore (a linked list of waiters, every
  // step in constant time), which does per call about what a constant-time limiter does. It
  // gives no answer away: createLimiter must not use the Semaphore.
  const semaphore = (): Limiter => {
    const slots = new Semaphore(limit)
    const release = () => slots.release()
    return (task) =>
      slots.acquire().then(() => {
        const running = Promise.resolve().then(task)
        running.then(release, release)
        return running
      })
  }
  // A first chunk through a Semaphore, not measured: the first measured one is not the compiler's.
  const warmUp = new Feed(semaphore(), cpuMs, () => Infinity)
  await warmUp.queue(chunk)
  await warmUp.handOver(Infinity)
  const yardstick = new Feed(semaphore(), cpuMs, () => Infinity)
  const submission = new Feed(yours, cpuMs, (phase, done) => allowanceMs(yardstick.cost[phase], done))
  const chunks = Math.ceil(count / chunk)
  for (let index = 0; index < chunks && !submission.over; index++) {
    if (index % yardstickEvery === 0) await yardstick.queue(chunk)
    await submission.queue(chunk)
  }
  for (let index = 0; index < chunks && !submission.over; index++) {
    const last = index === chunks - 1
    if (index % yardstickEvery === 0) await yardstick.handOver(index + yardstickEvery >= chunks ? Infinity : chunk)
    await submission.handOver(last ? Infinity : chunk)
  }
  if (!submission.over && submission.settled < submission.queued) {
    // A limiter that hands over on timers: its last calls settle later.
    const stop = new AbortController()
    await Promise.race([submission.allSettled, sleep(deadlineMs, stop.signal).catch(() => {})])
    stop.abort()
  }
  const round = ({ cpuMs, done }: PhaseCost) => ({ cpuMs: Math.round(cpuMs), done })
  const rounded = (cost: Record<Phase, PhaseCost>) => ({ queueing: round(cost.queueing), handOvers: round(cost.handOvers) })
  const { queued, ran, settled, rejected, over } = submission
  return { queued, ran, settled, rejected, yours: rounded(submission.cost), yardstick: rounded(yardstick.cost), ...(over ? { over } : {}) }
}
