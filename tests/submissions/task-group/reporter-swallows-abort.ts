// Wrong: the reporter catches its abort and carries on (as if Python would cancel it only once):
// the group waits for it.
import { CancelledError, sleep, type Mailer, type MailingList, type Progress } from '#runtime'

type Spawn = <T>(task: (signal: AbortSignal) => Promise<T>) => Promise<T>

export async function withTaskGroup<R>(body: (spawn: Spawn, signal: AbortSignal) => Promise<R>): Promise<R> {
  const controller = new AbortController()
  const running = new Set<Promise<unknown>>()
  // Wrapped, so that a first failure that is undefined still counts as one.
  let failure: { error: unknown } | undefined
  const fail = (error: unknown): void => {
    if (failure) return
    failure = { error }
    // asyncio cancels with CancelledError; here it is the reason every signal of the group carries.
    controller.abort(new CancelledError('the task group was cancelled'))
  }

  const spawn: Spawn = (task) => {
    if (controller.signal.aborted) {
      const refused = Promise.reject(controller.signal.reason)
      // Handled here too: a body that ignores the refusal must not leave it unhandled.
      refused.catch(() => {})
      return refused
    }
    // Inside an async function, a task that throws synchronously becomes a rejection.
    const started = (async () => task(controller.signal))()
    running.add(started)
    // This handler also keeps the task's rejection handled when the body never awaits it.
    started.then(
      () => running.delete(started),
      (error: unknown) => {
        running.delete(started)
        fail(error)
      },
    )
    return started
  }

  let value: R | undefined
  try {
    value = await body(spawn, controller.signal)
  } catch (error) {
    fail(error)
  }
  // A task may spawn another while the group waits: wait until none is left.
  while (running.size > 0) await Promise.allSettled(running)
  if (failure) throw failure.error
  return value as R
}

export async function sendNewsletter(lists: MailingList[], mailer: Mailer, progress: Progress): Promise<{ sent: string[] }> {
  let done = 0
  let failed = 0
  await withTaskGroup(async (spawn) => {
    for (const list of lists) {
      spawn(async (signal) => {
        try {
          await mailer.send(list, signal)
          done++
        } catch (error) {
          failed++
          throw error
        }
      })
    }
    spawn(async (signal) => {
      progress.report(done, lists.length)
      while (done + failed < lists.length) {
        try {
          await sleep(500, signal)
        } catch {
          // Wrong: the abort is caught and the reporter carries on, waiting out its tick.
          await sleep(500)
        }
        progress.report(done, lists.length)
      }
    })
  })
  return { sent: lists.map((list) => list.name) }
}
