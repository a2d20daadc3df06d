// Misconception: nothing is ever taken out of the queue; each task is marked started, and
// find() looks for the first one that is not. Right, but each hand-over reads every task
// started before it: handing over 100,000 tasks reads billions of them.
import { Semaphore, type Download, type Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const slots = new Semaphore(limit)
  return Promise.allSettled(ids.map((id) => slots.use(() => download(id))))
}

interface Job {
  start: () => void
  started: boolean
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  const jobs: Job[] = []
  let running = 0
  const startNext = (): void => {
    if (running >= limit) return
    const next = jobs.find((job) => !job.started)
    if (!next) return
    next.started = true
    running++
    next.start()
  }
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      jobs.push({
        started: false,
        start: () => {
          new Promise<T>((run) => run(task())).then(resolve, reject).finally(() => {
            running--
            startNext()
          })
        },
      })
      startNext()
    })
}
