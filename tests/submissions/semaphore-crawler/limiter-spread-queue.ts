// Misconception: the queue kept immutable, a new array for each task queued
// (waiting = [...waiting, start]). Right, but each limit() call copies every waiting task.
import { Semaphore, type Download, type Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const slots = new Semaphore(limit)
  return Promise.allSettled(ids.map((id) => slots.use(() => download(id))))
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let waiting: Array<() => void> = []
  let head = 0
  let running = 0
  const startNext = (): void => {
    if (running >= limit || head === waiting.length) return
    running++
    waiting[head++]!()
  }
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const start = (): void => {
        new Promise<T>((run) => run(task())).then(resolve, reject).finally(() => {
          running--
          startNext()
        })
      }
      waiting = [...waiting, start]
      startNext()
    })
}
