// Misconception: one loop that takes turns: read a line, send it, then receive one message.
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
  for (;;) {
    const line = await keyboard.nextLine()
    if (line === null || line === '/quit') return { endedBy: 'user', sent, received }
    await socket.send(line)
    sent++
    const message = await socket.receive()
    if (message === null) return { endedBy: 'server', sent, received }
    show(message)
    received++
  }
}
