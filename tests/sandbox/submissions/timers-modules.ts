import { setTimeout as wait } from 'node:timers/promises'
import { setTimeout as nodeSetTimeout } from 'node:timers'
export async function run() {
  await wait(1000)
  await new Promise((resolve) => nodeSetTimeout(resolve, 500))
  return Date.now()
}
