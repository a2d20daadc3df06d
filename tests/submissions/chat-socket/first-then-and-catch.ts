// Misconception: .then(onValue) and .catch(onError) as two chains: the .then chain of every rejected task rejects with nobody listening.
import type { ChatSocket, Keyboard } from '#runtime'

export async function firstCompleted<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  if (tasks.length === 0) throw new TypeError('firstCompleted needs at least one task')
  const controllers = tasks.map(() => new AbortController())
  return new Promise((resolve, reject) => {
    let done = false
    const finish = (index: number) => {
      if (done) return false
      done = true
      controllers.forEach((controller, other) => {
        if (other !== index) controller.abort()
      })
      return true
    }
    tasks.forEach((task, index) => {
      const promise = (async () => task(controllers[index]!.signal))()
      promise.then((value) => {
        if (finish(index)) resolve({ index, value })
      })
      promise.catch((error: unknown) => {
        if (finish(index)) reject(error)
      })
    })
  })
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
