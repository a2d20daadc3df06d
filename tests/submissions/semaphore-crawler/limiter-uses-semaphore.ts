// Misconception: createLimiter built on #runtime's Semaphore: it works, but the exercise
// is to write the queue yourself.
import { Semaphore, type Download, type Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const slots = new Semaphore(limit)
  return Promise.allSettled(ids.map((id) => slots.use(() => download(id))))
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  const slots = new Semaphore(limit)
  return (task) => slots.use(task)
}
