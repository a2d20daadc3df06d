// Misconception: "async is enough": every download is started at once with
// Promise.allSettled, so the server sees 10 downloads in flight and bans the client.
import type { Download, Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  return Promise.allSettled(ids.map((id) => download(id)))
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
