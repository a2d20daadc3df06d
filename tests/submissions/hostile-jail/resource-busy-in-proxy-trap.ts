// Blocks the jail from inside the grader's own code: the concurrent breakfast resolves with a Proxy whose getPrototypeOf trap never returns.
import type { Kitchen } from '#runtime'

let inMain = false

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  const breakfast: [string, string] = [await kitchen.toastBread(), await kitchen.brewCoffee()]
  if (inMain) return breakfast
  return new Proxy(breakfast, {
    getPrototypeOf() {
      for (;;) {}
    },
  })
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  inMain = true
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
