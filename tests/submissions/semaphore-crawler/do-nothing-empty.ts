// Does nothing: crawl downloads no page and resolves at once with []; the limiter runs
// no task and resolves at once with nothing.
import type { Download, Page } from '#runtime'

export async function crawl(_ids: number[], _download: Download, _limit = 3): Promise<PromiseSettledResult<Page>[]> {
  return []
}

export function createLimiter(_limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  return async <T>(_task: () => Promise<T>) => undefined as T
}
