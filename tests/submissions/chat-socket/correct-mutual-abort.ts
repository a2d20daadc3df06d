// Correct, another style: firstCompleted settles a promise of its own from each task's callbacks;
// chat gives each loop its own controller, each loop aborts the other when it ends, and allSettled collects them.
import type { ChatSocket, Keyboard } from '#runtime'

export async function firstCompleted<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  if (tasks.length === 0) throw new TypeError('firstCompleted needs at least one task')
  const controllers = tasks.map(() => new AbortController())
  return new Promise((resolve, reject) => {
    let settled = false
    const first = (index: number, settle: () => void) => {
      if (settled) return
      settled = true
      controllers.forEach((controller, other) => {
        if (other !== index) controller.abort()
      })
      settle()
    }
    tasks.forEach((task, index) => {
      new Promise<T>((started) => started(task(controllers[index]!.signal))).then(
        (value) => first(index, () => resolve({ index, value })),
        (error: unknown) => first(index, () => reject(error)),
      )
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
  const sendingStop = new AbortController()
  const receivingStop = new AbortController()
  const sending = (async (signal: AbortSignal): Promise<'user'> => {
    try {
      for (;;) {
        const line = await keyboard.nextLine(signal)
        if (line === null || line === '/quit') return 'user'
        await socket.send(line, signal)
        sent++
      }
    } finally {
      receivingStop.abort()
    }
  })(sendingStop.signal)
  const receiving = (async (signal: AbortSignal): Promise<'server'> => {
    try {
      for (;;) {
        const message = await socket.receive(signal)
        if (message === null) return 'server'
        show(message)
        received++
      }
    } finally {
      sendingStop.abort()
    }
  })(receivingStop.signal)
  const [user, server] = await Promise.allSettled([sending, receiving])
  const ended = [user, server].find((result) => result.status === 'fulfilled')
  if (ended?.status === 'fulfilled') return { endedBy: ended.value, sent, received }
  // Both rejected: the one that failed first aborted the other, whose reason is the AbortError.
  const failure = [user, server].find((result) => result.status === 'rejected' && (result.reason as Error).name !== 'AbortError')
  throw (failure as PromiseRejectedResult).reason
}
