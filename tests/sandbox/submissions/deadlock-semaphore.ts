import { Semaphore } from '#runtime'
export async function run() {
  const semaphore = new Semaphore(1)
  await semaphore.acquire()
  await semaphore.acquire()
}
