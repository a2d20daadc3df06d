// Does nothing: crawl downloads no page and resolves at once with fulfilled-looking
// constants, one per id; the limiter never runs its task and never settles.
import type { Download, Page } from '#runtime'

export async function crawl(ids: number[], _download: Download, _limit = 3): Promise<PromiseSettledResult<Page>[]> {
  return ids.map((id) => ({ status: 'fulfilled', value: { id, url: `https://pages.example/${id}`, sizeBytes: 2048 } }))
}

export function createLimiter(_limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  return <T>(_task: () => Promise<T>) => new Promise<T>(() => {})
}
