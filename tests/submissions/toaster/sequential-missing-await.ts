// Misconception: the toast is started but never awaited in the sequential breakfast.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  const toast = kitchen.toastBread()
  const coffee = await kitchen.brewCoffee()
  return [toast as unknown as string, coffee]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return Promise.all([kitchen.toastBread(), kitchen.brewCoffee()])
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
