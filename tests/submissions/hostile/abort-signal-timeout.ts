// Waits between the breakfasts with AbortSignal.timeout: the wait happens in virtual
// time, so the concurrent breakfast starts at t=5000 and main's timeline shows it.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return Promise.all([kitchen.toastBread(), kitchen.brewCoffee()])
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
    await new Promise((resolve) => AbortSignal.timeout(1000).addEventListener('abort', resolve))
  }
}
