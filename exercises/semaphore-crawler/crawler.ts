// Exercise "semaphore-crawler": see README.md (English) or README.fr.md (français).
// Run `npm run grade -- semaphore-crawler` to check your work.
import { Semaphore, type Download, type Page } from '#runtime'

/**
 * Downloads every page of `ids`, never more than `limit` at once, starting the next page
 * as soon as a download ends. Resolves with one settled result per page, in input order.
 */
export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  throw new Error('not implemented yet: crawl')
}

/**
 * Your own p-limit, without #runtime's Semaphore: `limit(task)` runs `task` when one of
 * the `limit` slots is free, first come first served, and settles like the task.
 */
export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  throw new Error('not implemented yet: createLimiter')
}
