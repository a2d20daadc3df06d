// Misconception: no check for an empty list: Promise.race([]) stays pending forever.
import type { ChatSocket, Keyboard } from '#runtime'

export async function firstCompleted<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  const controllers = tasks.map(() => new AbortController())
  let winner: number | undefined
  const running = tasks.map(async (task, index) => {
    try {
      return { index, value: await task(controllers[index]!.signal) }
    } finally {
      if (winner === undefined) {
        winner = index
        controllers.forEach((controller, other) => {
          if (other !== index) controller.abort()
        })
      }
    }
  })
  return Promise.race(running)
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
