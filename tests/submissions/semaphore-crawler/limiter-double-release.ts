// Misconception: the slot is given back in a catch and again in a finally. A task that
// rejects (or throws) frees its slot twice, and from then on the limiter lets more than
// `limit` tasks run at once.
import { Semaphore, type Download, type Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const slots = new Semaphore(limit)
  return Promise.allSettled(ids.map((id) => slots.use(() => download(id))))
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  const waiting: Array<(() => void) | undefined> = []
  let head = 0
  let running = 0
  const startNext = (): void => {
    while (running < limit && head < waiting.length) {
      const start = waiting[head]!
      waiting[head++] = undefined
      running++
      start()
    }
  }
  const release = (): void => {
    running--
    startNext()
  }
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        new Promise<T>((run) => run(task()))
          .catch((error: unknown) => {
            release()
            throw error
          })
          .finally(release)
          .then(resolve, reject)
      })
      startNext()
    })
}
