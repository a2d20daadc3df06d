import { noteNoWaiters, noteWaiters } from './diagnostics.ts'

interface Waiter {
  grant(): void
  previous: Waiter | undefined
  next: Waiter | undefined
}

/** First-in first-out queue of waiters. A doubly linked list: taking the first waiter and
 *  removing an aborted one from the middle are both O(1), however long the queue. */
class WaiterQueue {
  #first: Waiter | undefined
  #last: Waiter | undefined
  #size = 0

  get size(): number {
    return this.#size
  }

  push(waiter: Waiter): void {
    waiter.previous = this.#last
    if (this.#last) this.#last.next = waiter
    else this.#first = waiter
    this.#last = waiter
    this.#size++
  }

  get first(): Waiter | undefined {
    return this.#first
  }

  remove(waiter: Waiter): void {
    if (waiter.previous) waiter.previous.next = waiter.next
    else this.#first = waiter.next
    if (waiter.next) waiter.next.previous = waiter.previous
    else this.#last = waiter.previous
    waiter.previous = waiter.next = undefined
    this.#size--
  }
}

/** Lets at most `permits` tasks hold it at once; the others wait their turn, first come first served. */
export class Semaphore {
  readonly #permits: number
  #free: number
  readonly #queue = new WaiterQueue()

  constructor(permits: number) {
    if (!Number.isInteger(permits) || permits < 1) {
      throw new RangeError(`A Semaphore needs a whole number of permits, at least 1 (got ${permits})`)
    }
    this.#permits = permits
    this.#free = permits
  }

  /** Permits free right now. */
  get available(): number {
    return this.#free
  }

  /** Tasks queued in `acquire`. */
  get waiting(): number {
    return this.#queue.size
  }

  /** Takes a permit, waiting for one if none is free. If `signal` aborts while waiting,
   *  leaves the queue and rejects with `signal.reason`, holding nothing. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    // While anyone waits no permit is free (release hands it over), so this cannot barge.
    if (this.#free > 0) {
      this.#free--
      return Promise.resolve()
    }
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        this.#leaveQueue(waiter)
        reject(signal?.reason)
      }
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        },
        previous: undefined,
        next: undefined,
      }
      this.#queue.push(waiter)
      if (this.#queue.size === 1) noteWaiters(this)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }

  /** Gives a permit back: straight to the first waiter if there is one. */
  release(): void {
    const next = this.#queue.first
    if (next) {
      this.#leaveQueue(next)
      next.grant()
      return
    }
    if (this.#free === this.#permits) {
      throw new Error(`${this.constructor.name} released more times than it was acquired`)
    }
    this.#free++
  }

  /** Runs `fn` while holding a permit, and gives the permit back however `fn` ends. */
  async use<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire()
    try {
      return await fn()
    } finally {
      this.release()
    }
  }

  toString(): string {
    return `Semaphore(${this.#permits}) with ${this.#free} of ${this.#permits} permits free`
  }

  #leaveQueue(waiter: Waiter): void {
    this.#queue.remove(waiter)
    if (this.#queue.size === 0) noteNoWaiters(this)
  }
}

/** A Semaphore with a single permit: one task at a time. */
export class Lock extends Semaphore {
  constructor() {
    super(1)
  }

  /** Whether some task holds the lock. */
  get locked(): boolean {
    return this.available === 0
  }

  override toString(): string {
    return `Lock that is ${this.locked ? 'held' : 'free'}`
  }
}
