// Toasts 30,000 times in the concurrent breakfast: a trace, a failure message and timelines with 30,000 spans.
import type { Kitchen } from '#runtime'

let inMain = false

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  const extra = inMain ? [] : Array.from({ length: 30_000 }, () => kitchen.toastBread())
  const breakfast: [string, string] = [await kitchen.toastBread(), await kitchen.brewCoffee()]
  await Promise.all(extra)
  return breakfast
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  inMain = true
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
