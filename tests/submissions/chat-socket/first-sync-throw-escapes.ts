// Misconception: the tasks are called in a plain map: a task that throws stops the map before anything can abort the ones already started.
import type { ChatSocket, Keyboard } from '#runtime'

export async function firstCompleted<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  if (tasks.length === 0) throw new TypeError('firstCompleted needs at least one task')
  const controllers = tasks.map(() => new AbortController())
  const running = tasks.map((task, index) => task(controllers[index]!.signal).then((value) => ({ index, value })))
  const first = await Promise.race(
    running.map((promise, index) =>
      promise.then(
        () => index,
        () => index,
      ),
    ),
  )
  controllers.forEach((controller, index) => {
    if (index !== first) controller.abort()
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
