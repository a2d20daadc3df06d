// Misconception: an off-by-one in the limiter's test, `running <= limit` for "at most
// limit": it lets limit + 1 tasks run at once.
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
    if (running <= limit && head < waiting.length) {
      const start = waiting[head]!
      waiting[head++] = undefined
      running++
      start()
    }
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
