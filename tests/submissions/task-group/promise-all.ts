// Wrong: the group awaits Promise.all of its tasks, which settles at the first failure while the
// aborted tasks still clean up.
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
  try {
    const value = await body(spawn, controller.signal)
    await Promise.all(tasks)
    return value
  } catch (error) {
    controller.abort()
    throw error
  }
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
