// Exercise "task-group": see README.md (English) or README.fr.md (français).
// Run `npm run grade -- task-group` to check your work.
import type { Mailer, MailingList, Progress } from '#runtime'

/** Starts `task` now, in the group, with the signal the group aborts at its first failure. */
type Spawn = <T>(task: (signal: AbortSignal) => Promise<T>) => Promise<T>

/**
 * Runs `body` as a task group: resolves with its value once every task it spawned has settled;
 * at the first failure, aborts every signal of the group, waits for every clean-up, and rejects
 * with that failure.
 */
export async function withTaskGroup<R>(body: (spawn: Spawn, signal: AbortSignal) => Promise<R>): Promise<R> {
  throw new Error('not implemented yet: withTaskGroup')
}

/** Sends every list at once in one group, with a task that reports the progress every 500 ms. */
export async function sendNewsletter(lists: MailingList[], mailer: Mailer, progress: Progress): Promise<{ sent: string[] }> {
  throw new Error('not implemented yet: sendNewsletter')
}
