// Exercise "chat-socket": see README.md (English) or README.fr.md (français).
// Run `npm run grade -- chat-socket` to check your work.
import type { ChatSocket, Keyboard } from '#runtime'

/**
 * asyncio.wait(..., FIRST_COMPLETED): starts every task at once, each with its own signal,
 * and settles like the first to settle, with its index. Aborts every other task's signal at
 * that instant (with an AbortError), leaves no rejection unhandled, and rejects with a
 * TypeError when there is no task.
 */
export async function firstCompleted<T>(tasks: Array<(signal: AbortSignal) => Promise<T>>): Promise<{ index: number; value: T }> {
  throw new Error('not implemented yet: firstCompleted')
}

/**
 * Runs a sending loop (read a line, send it; "/quit" or null ends it) and a receiving loop
 * (show each message as it arrives; null ends it) at once. The first to end aborts the other.
 */
export async function chat(
  socket: ChatSocket,
  keyboard: Keyboard,
  show: (line: string) => void,
): Promise<{ endedBy: 'user' | 'server'; sent: number; received: number }> {
  throw new Error('not implemented yet: chat')
}
