// Prints, logs and throws 10 MB strings: every one must reach the report cut to size.
import type { Kitchen } from '#runtime'

const TEN_MB = 'x'.repeat(10_000_000)
let inMain = false
console.log(TEN_MB)

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  const breakfast: [string, string] = [await kitchen.toastBread(), await kitchen.brewCoffee()]
  if (!inMain) throw new Error(TEN_MB)
  return breakfast
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  inMain = true
  print(TEN_MB)
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
