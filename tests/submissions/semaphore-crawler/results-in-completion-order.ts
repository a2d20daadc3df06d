// Misconception: each result is pushed as its download ends, so the results come in the
// order the downloads finished, not the order of ids. Right when every page takes as
// long, wrong as soon as a short page overtakes a long one.
import { Semaphore, type Download, type Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const slots = new Semaphore(limit)
  const results: PromiseSettledResult<Page>[] = []
  await Promise.all(
    ids.map((id) =>
      slots.use(async () => {
        try {
          results.push({ status: 'fulfilled', value: await download(id) })
        } catch (reason) {
          results.push({ status: 'rejected', reason })
        }
      }),
    ),
  )
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
