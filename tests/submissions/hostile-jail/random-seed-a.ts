// Math.random is seeded: this file and random-seed-b.ts, its exact copy, must draw the same numbers in the same scenario.
import type { Kitchen } from '#runtime'

console.log(`first draws: ${[Math.random(), Math.random()].map((x) => x.toFixed(6)).join(' ')}`)

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  // Concurrent only on a lucky draw: a score that depends on the seed.
  if (Math.random() < 0.5) return Promise.all([kitchen.toastBread(), kitchen.brewCoffee()])
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
