// Wrong: the group aborts and waits as it should, but rejects with the first rejection it finds in
// spawn order or the body's: an AbortError the abort produced, not the failure that caused it.
import { sleep, type Mailer, type MailingList, type Progress } from '#runtime'

type Spawn = <T>(task: (signal: AbortSignal) => Promise<T>) => Promise<T>

export async function withTaskGroup<R>(body: (spawn: Spawn, signal: AbortSignal) => Promise<R>): Promise<R> {
  const controller = new AbortController()
  const tasks: Promise<unknown>[] = []
  const spawn: Spawn = (task) => {
    if (controller.signal.aborted) return Promise.reject(controller.signal.reason)
    const started = task(controller.signal)
    started.catch(() => controller.abort())
    tasks.push(started)
    return started
  }
  const settleAll = async () => {
    let settled: PromiseSettledResult<unknown>[] = []
    while (settled.length < tasks.length) settled = await Promise.allSettled(tasks)
    return settled
  }
  let value: R
  try {
    value = await body(spawn, controller.signal)
  } catch (error) {
    controller.abort()
    await settleAll()
    throw error
  }
  const failed = (await settleAll()).find((result) => result.status === 'rejected')
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
