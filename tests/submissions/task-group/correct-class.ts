// Correct, in another style: a TaskGroup class (Python's async with TaskGroup() as tg), tasks
// kept in an array polled until none is pending, and a reporter that makes a last report.
import { CancelledError, sleep, type Mailer, type MailingList, type Progress } from '#runtime'

class TaskGroup {
  readonly #controller = new AbortController()
  readonly #pending: Promise<unknown>[] = []
  #failure: { error: unknown } | null = null

  get signal(): AbortSignal {
    return this.#controller.signal
  }

  fail(error: unknown): void {
    if (this.#failure) return
    this.#failure = { error }
    this.#controller.abort(new CancelledError())
  }

  spawn<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.signal.aborted) {
      const refused = Promise.reject(this.signal.reason)
      refused.catch(() => {})
      return refused
    }
    const running = task(this.signal)
    this.#pending.push(running.catch((error: unknown) => this.fail(error)))
    return running
  }

  async close<R>(value: R): Promise<R> {
    while (this.#pending.length > 0) await this.#pending.shift()
    if (this.#failure) throw this.#failure.error
    return value
  }
}

export async function withTaskGroup<R>(
  body: (spawn: <T>(task: (signal: AbortSignal) => Promise<T>) => Promise<T>, signal: AbortSignal) => Promise<R>,
): Promise<R> {
  const group = new TaskGroup()
  let value: R | undefined
  try {
    value = await body((task) => group.spawn(task), group.signal)
  } catch (error) {
    group.fail(error)
  }
  return group.close(value as R)
}

export async function sendNewsletter(lists: MailingList[], mailer: Mailer, progress: Progress): Promise<{ sent: string[] }> {
  const names: string[] = []
  let done = 0
  await withTaskGroup(async (spawn) => {
    lists.forEach((list, index) =>
      spawn(async (signal) => {
        await mailer.send(list, signal)
        names[index] = list.name
        done += 1
      }),
    )
    spawn(async (signal) => {
      for (;;) {
        progress.report(done, lists.length)
        if (done === lists.length) return
        await sleep(500, signal)
      }
    })
  })
  return { sent: names }
}
