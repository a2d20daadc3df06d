// Misconception: waiting for the breakfast by polling a flag in a loop (like time.sleep
// in asyncio code). The loop never lets the timers fire: the event loop is blocked.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  let result: [string, string] | undefined
  void Promise.all([kitchen.toastBread(), kitchen.brewCoffee()]).then((both) => (result = both))
  while (!result) {
    // wait...
  }
  return result
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
