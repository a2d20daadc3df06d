// Correct, another style: crawl runs `limit` workers that each take the next page from a
// shared index; createLimiter is async/await, a freed slot handed straight to the oldest waiter.
import type { Download, Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const results: PromiseSettledResult<Page>[] = new Array(ids.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const index = next++
      try {
        results[index] = { status: 'fulfilled', value: await download(ids[index]!) }
      } catch (reason) {
        results[index] = { status: 'rejected', reason }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, ids.length) }, worker))
  return results
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  const waiting: Array<(() => void) | undefined> = []
  let head = 0
  let running = 0
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < limit) running++
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await task()
    } finally {
      if (head < waiting.length) {
        const wake = waiting[head]!
        waiting[head++] = undefined
        wake()
      } else {
        running--
        waiting.length = 0
        head = 0
      }
    }
  }
}
