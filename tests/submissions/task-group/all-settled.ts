// Wrong: the group waits for every task with Promise.allSettled and cancels nothing: a failure is
// reported only once every other task has run to its end.
import { sleep, type Mailer, type MailingList, type Progress } from '#runtime'

type Spawn = <T>(task: (signal: AbortSignal) => Promise<T>) => Promise<T>

export async function withTaskGroup<R>(body: (spawn: Spawn, signal: AbortSignal) => Promise<R>): Promise<R> {
  const controller = new AbortController()
  const tasks: Promise<unknown>[] = []
  const spawn: Spawn = (task) => {
    const started = task(controller.signal)
    tasks.push(started)
    return started
  }
  const value = await body(spawn, controller.signal)
  const results = await Promise.allSettled(tasks)
  const failed = results.find((result) => result.status === 'rejected')
  if (failed) throw failed.reason
  return value
}
export async function sendNewsletter(lists: MailingList[], mailer: Mailer, progress: Progress): Promise<{ sent: string[] }> {
  let done = 0
  await withTaskGroup(async (spawn) => {
    for (const list of lists) {
      spawn(async (signal) => {
        await mailer.send(list, signal)
        done++
      })
    }
    spawn(async (signal) => {
      while (done < lists.length) {
        progress.report(done, lists.length)
        await sleep(500, signal)
      }
    })
  })
  return { sent: lists.map((list) => list.name) }
}
