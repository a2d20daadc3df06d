// Does nothing: both functions resolve at once with nothing.
import type { ChatSocket, Keyboard } from '#runtime'

export async function firstCompleted<T>(_tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  return undefined as never
}

export async function chat(
  _socket: ChatSocket,
  _keyboard: Keyboard,
  _show: (line: string) => void,
): Promise<{ endedBy: 'user' | 'server'; sent: number; received: number }> {
  return undefined as never
}
