// Misconception: the task is called before the try block: a task that throws
// synchronously skips the finally, its call never settles and its slot is never freed.
import { Semaphore, type Download, type Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const slots = new Semaphore(limit)
  return Promise.allSettled(ids.map((id) => slots.use(() => download(id))))
}

interface Job {
  task: () => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  const waiting: Array<Job | undefined> = []
  let head = 0
  let running = 0
  const run = async (job: Job): Promise<void> => {
    running++
    const pending = job.task()
    try {
      job.resolve(await pending)
    } catch (error) {
      job.reject(error)
    } finally {
      running--
      startNext()
    }
  }
  const startNext = (): void => {
    if (running >= limit || head === waiting.length) return
    const job = waiting[head]!
    waiting[head++] = undefined
    void run(job)
  }
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ task, resolve: resolve as (value: unknown) => void, reject })
      startNext()
    })
}
