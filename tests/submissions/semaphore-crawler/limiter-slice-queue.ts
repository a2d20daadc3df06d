// Misconception: the queue kept immutable, a new array for each task taken
// (waiting = waiting.slice(1)). Right, but each hand-over copies every waiting task.
import { Semaphore, type Download, type Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const slots = new Semaphore(limit)
  return Promise.allSettled(ids.map((id) => slots.use(() => download(id))))
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let waiting: Array<() => void> = []
  let running = 0
  const startNext = (): void => {
    if (running >= limit || waiting.length === 0) return
    running++
    const next = waiting[0]!
    waiting = waiting.slice(1)
    next()
  }
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        new Promise<T>((run) => run(task())).then(resolve, reject).finally(() => {
          running--
          startNext()
        })
      })
      startNext()
    })
}
