// Misconception: a plain function returning Promise.race: a task that throws synchronously throws out of firstCompleted itself.
import type { ChatSocket, Keyboard } from '#runtime'

export function firstCompleted<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  if (tasks.length === 0) return Promise.reject(new TypeError('firstCompleted needs at least one task'))
  const controllers = tasks.map(() => new AbortController())
  let winner: number | undefined
  const settle = (index: number) => {
    if (winner !== undefined) return
    winner = index
    controllers.forEach((controller, other) => {
      if (other !== index) controller.abort()
    })
  }
  return Promise.race(
    tasks.map((task, index) =>
      task(controllers[index]!.signal).then(
        (value) => {
          settle(index)
          return { index, value }
        },
        (error: unknown) => {
          settle(index)
          throw error
        },
      ),
    ),
  )
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
