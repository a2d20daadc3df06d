// Does nothing: crawl downloads no page, waits the 4000 ms the statement's crawl takes,
// then resolves with []; the limiter waits a second per task without running it.
import { sleep, type Download, type Page } from '#runtime'

export async function crawl(_ids: number[], _download: Download, _limit = 3): Promise<PromiseSettledResult<Page>[]> {
  await sleep(4000)
  return []
}

export function createLimiter(_limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  return async <T>(_task: () => Promise<T>) => {
    await sleep(1000)
    return undefined as T
  }
}
