// A semaphore whose toString throws, with a task stuck on it: the deadlock is still diagnosed.
import { Semaphore } from '#runtime'

class Lying extends Semaphore {
  override toString(): string {
    throw new Error('gotcha')
  }
}

export async function run() {
  const lying = new Lying(1)
  await lying.acquire()
  await lying.acquire()
}
