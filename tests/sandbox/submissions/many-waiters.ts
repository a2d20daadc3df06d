// 150 semaphores with a task waiting on each, then nothing left to run: a deadlock with a long list.
import { Semaphore } from '#runtime'

export async function run() {
  for (let i = 0; i < 150; i++) {
    const semaphore = new Semaphore(1)
    void semaphore.acquire()
    void semaphore.acquire()
  }
  await new Promise(() => {})
}
