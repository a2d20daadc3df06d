// Lets the grader explain a deadlock: which semaphores and locks tasks are stuck on.

/** A semaphore or lock; its `toString()` says what it is and its state, e.g. "Lock that is held". */
interface Waitable {
  readonly waiting: number
}

const waitedOn = new Set<Waitable>()

/** Called by a semaphore when its queue of waiters becomes non-empty. */
export function noteWaiters(resource: Waitable): void {
  waitedOn.add(resource)
}

/** Called by a semaphore when its queue of waiters empties. */
export function noteNoWaiters(resource: Waitable): void {
  waitedOn.delete(resource)
}

/** One line per semaphore or lock with waiters, e.g. "1 task waits on a Lock that is held". */
export function describeBlockedWaiters(): string[] {
  return [...waitedOn].map((resource) => {
    // A subclass may override either, and throw: the diagnosis must not.
    try {
      const tasks = resource.waiting === 1 ? '1 task waits' : `${resource.waiting} tasks wait`
      return `${tasks} on a ${String(resource)}`
    } catch {
      return 'tasks wait on a semaphore or lock'
    }
  })
}
