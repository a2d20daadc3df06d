// Misconception: Promise.all instead of Promise.allSettled: the first failed download
// rejects the whole crawl and the results of the other pages are lost.
import { Semaphore, type Download, type Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const slots = new Semaphore(limit)
  const pages = await Promise.all(ids.map((id) => slots.use(() => download(id))))
  return pages.map((value) => ({ status: 'fulfilled', value }))
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  const waiting: Array<(() => void) | undefined> = []
  let head = 0
  let running = 0
  const startNext = (): void => {
    if (running >= limit || head === waiting.length) return
    const start = waiting[head]!
    waiting[head++] = undefined
    running++
    start()
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
