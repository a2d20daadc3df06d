// Does nothing: rejects at once, firstCompleted with a TypeError, calling nothing.
import type { ChatSocket, Keyboard } from '#runtime'

export async function firstCompleted<T>(_tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  throw new TypeError('no task')
}

export async function chat(
  _socket: ChatSocket,
  _keyboard: Keyboard,
  _show: (line: string) => void,
): Promise<{ endedBy: 'user' | 'server'; sent: number; received: number }> {
  throw new Error('connection reset by peer')
}
