// Misconception: the loops get a signal, but send is called without it: a send in flight when the server closes runs on.
import type { ChatSocket, Keyboard } from '#runtime'

export async function firstCompleted<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  if (tasks.length === 0) throw new TypeError('firstCompleted needs at least one task')
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
  const sending = async (signal: AbortSignal): Promise<'user'> => {
    for (;;) {
      const line = await keyboard.nextLine(signal)
      if (line === null || line === '/quit') return 'user'
      await socket.send(line)
      sent++
    }
  }
  const receiving = async (signal: AbortSignal): Promise<'server'> => {
    for (;;) {
      const message = await socket.receive(signal)
      if (message === null) return 'server'
      show(message)
      received++
    }
  }
  const { value: endedBy } = await firstCompleted<'user' | 'server'>([sending, receiving])
  return { endedBy, sent, received }
}
