// Reference solution of "semaphore-crawler".
import { Semaphore, type Download, type Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const slots = new Semaphore(limit)
  // Every download asks for a permit at once, in input order; the semaphore lets `limit`
  // through and hands each permit given back to the next in line. `use` gives it back
  // even when the download fails, and allSettled keeps each outcome in its slot.
  return Promise.allSettled(ids.map((id) => slots.use(() => download(id))))
}

interface Waiter {
  start: () => void
  next?: Waiter
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0
  // A linked list: taking the oldest waiter is O(1) however long the queue. Array.shift
  // moves every remaining element, which with 100,000 waiters adds up to billions of moves.
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
        // `new Promise(run => run(task()))` turns a task that throws synchronously into a
        // rejection, so the `finally` below frees the slot whatever the task does.
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
