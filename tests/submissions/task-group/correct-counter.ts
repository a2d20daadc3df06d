// Correct, in another style: a count of running tasks and one promise resolved when it reaches
// zero, a controller per task linked to the group's, and a setInterval reporter stopped by
// the last send or by the group's signal.
import { CancelledError, type Mailer, type MailingList, type Progress } from '#runtime'

type Spawn = <T>(task: (signal: AbortSignal) => Promise<T>) => Promise<T>

export async function withTaskGroup<R>(body: (spawn: Spawn, signal: AbortSignal) => Promise<R>): Promise<R> {
  const group = new AbortController()
  const children = new Set<AbortController>()
  let firstError: unknown
  let failed = false
  let running = 0
  let allDone = () => {}
  const idle = new Promise<void>((resolve) => {
    allDone = resolve
  })

  const onFailure = (error: unknown) => {
    if (failed) return
    failed = true
    firstError = error
    const reason = new CancelledError('a task of the group failed')
    group.abort(reason)
    for (const child of children) child.abort(reason)
  }
  const finished = () => {
    running--
    if (running === 0) allDone()
  }

  const spawn: Spawn = (task) => {
    if (group.signal.aborted) {
      const refused = Promise.reject(group.signal.reason)
      refused.catch(() => {})
      return refused
    }
    const child = new AbortController()
    children.add(child)
    running++
    let promise: Promise<any>
    try {
      promise = Promise.resolve(task(child.signal))
    } catch (error) {
      promise = Promise.reject(error)
    }
    promise
      .catch(onFailure)
      .finally(() => children.delete(child))
      .then(finished)
    return promise
  }

  running++ // the body counts as a task until it settles
  let value: R | undefined
  try {
    value = await body(spawn, group.signal)
  } catch (error) {
    onFailure(error)
  }
  finished()
  await idle
  if (failed) throw firstError
  return value as R
}

export async function sendNewsletter(lists: MailingList[], mailer: Mailer, progress: Progress): Promise<{ sent: string[] }> {
  const sent = lists.map(() => false)
  await withTaskGroup(async (spawn, groupSignal) => {
    const count = () => sent.filter(Boolean).length
    let stopReporter = () => {}
    spawn(
      (signal) =>
        new Promise<void>((resolve, reject) => {
          progress.report(0, lists.length)
          const timer = setInterval(() => progress.report(count(), lists.length), 500)
          stopReporter = () => {
            clearInterval(timer)
            resolve()
          }
          signal.addEventListener('abort', () => {
            clearInterval(timer)
            reject(signal.reason)
          })
        }),
    )
    lists.forEach((list, index) => {
      spawn(async (signal) => {
        await mailer.send(list, signal)
        sent[index] = true
        if (count() === lists.length) stopReporter()
      })
    })
    groupSignal.throwIfAborted()
  })
  return { sent: lists.filter((_, index) => sent[index]).map((list) => list.name) }
}
