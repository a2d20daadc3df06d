// Misconception: when a slot frees, every waiting task is woken to check for it, and all
// but one go back to waiting. Right, but each hand-over wakes the whole queue.
import { Semaphore, type Download, type Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const slots = new Semaphore(limit)
  return Promise.allSettled(ids.map((id) => slots.use(() => download(id))))
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0
  let waiting: Array<() => void> = []
  const wakeAll = (): void => {
    const woken = waiting
    waiting = []
    for (const wake of woken) wake()
  }
  return async <T>(task: () => Promise<T>): Promise<T> => {
    while (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      running--
      wakeAll()
    }
  }
}
