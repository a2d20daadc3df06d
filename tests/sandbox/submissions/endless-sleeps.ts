// A loop of sleeps that never ends: few timers a second, but virtual time runs on.
import { sleep } from '#runtime'

export async function run() {
  for (;;) await sleep(500)
}
