// Misconception: the seed's "waves of 3" taken literally: download limit pages, wait
// for the whole group, then the next group. Right when every page takes as long, but a
// slow page holds back its group while the other slots sit idle.
import type { Download, Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const results: PromiseSettledResult<Page>[] = []
  for (let start = 0; start < ids.length; start += limit) {
    const group = ids.slice(start, start + limit)
    results.push(...(await Promise.allSettled(group.map((id) => download(id)))))
  }
  return results
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
