// Correct, another style: firstCompleted races promises that never reject (each says how its task settled),
// then aborts the others; chat races its two loops with one AbortController and waits for the loser to stop.
import type { ChatSocket, Keyboard } from '#runtime'

type Settled<T> = { index: number; ok: true; value: T } | { index: number; ok: false; error: unknown }

export async function firstCompleted<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  if (tasks.length === 0) throw new TypeError('firstCompleted needs at least one task')
  const controllers = tasks.map(() => new AbortController())
  const running = tasks.map((task, index) => {
    try {
      return Promise.resolve(task(controllers[index]!.signal))
    } catch (error) {
      return Promise.reject(error)
    }
  })
  const first = await Promise.race(
    running.map((promise, index) =>
      promise.then(
        (value): Settled<T> => ({ index, ok: true, value }),
        (error: unknown): Settled<T> => ({ index, ok: false, error }),
      ),
    ),
  )
  controllers.forEach((controller, index) => {
    if (index !== first.index) controller.abort()
  })
  if (!first.ok) throw first.error
  return { index: first.index, value: first.value }
}

export async function chat(
  socket: ChatSocket,
  keyboard: Keyboard,
  show: (line: string) => void,
): Promise<{ endedBy: 'user' | 'server'; sent: number; received: number }> {
  let sent = 0
  let received = 0
  const controller = new AbortController()
  const { signal } = controller
  const sending = async (): Promise<'user'> => {
    for (;;) {
      const line = await keyboard.nextLine(signal)
      if (line === null || line === '/quit') return 'user'
      await socket.send(line, signal)
      sent++
    }
  }
  const receiving = async (): Promise<'server'> => {
    for (;;) {
      const message = await socket.receive(signal)
      if (message === null) return 'server'
      show(message)
      received++
    }
  }
  const loops = [sending(), receiving()]
  try {
    const endedBy = await Promise.race(loops)
    return { endedBy, sent, received }
  } finally {
    controller.abort()
    await Promise.allSettled(loops)
  }
}
