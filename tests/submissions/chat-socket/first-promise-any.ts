// Misconception: Promise.any, which waits for the first success: a task that fails first does not end the wait.
import type { ChatSocket, Keyboard } from '#runtime'

export async function firstCompleted<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  if (tasks.length === 0) throw new TypeError('firstCompleted needs at least one task')
  const controllers = tasks.map(() => new AbortController())
  const running = tasks.map(async (task, index) => ({ index, value: await task(controllers[index]!.signal) }))
  const first = await Promise.any(running)
  controllers.forEach((controller, index) => {
    if (index !== first.index) controller.abort()
  })
  return first
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
