// The kit's own limiter, run beside the submission's in the limiter-100k scenario: the
// yardstick its CPU time is measured against, on the same machine at the same moment.
// The same algorithm as the reference solution: a linked list of waiting tasks.
import type { Limiter } from './calls.jail.ts'

interface Waiter {
  start: () => void
  next?: Waiter
}

export function kitLimiter(limit: number): Limiter {
  let running = 0
  let first: Waiter | undefined
  let last: Waiter | undefined

  const startNext = (): void => {
    if (running >= limit || !first) return
    const waiter = first
    first = waiter.next
    if (!first) last = undefined
    running++
    waiter.start()
  }

  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        start: () =>
          new Promise<T>((run) => run(task())).then(resolve, reject).finally(() => {
            running--
            startNext()
          }),
      }
      if (last) last.next = waiter
      else first = waiter
      last = waiter
      startNext()
    })
}
