// Misconception: one start time for both breakfasts, so the second time includes the first.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return Promise.all([kitchen.toastBread(), kitchen.brewCoffee()])
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  const start = Date.now()
  await breakfastSequential(kitchen)
  print(`Time: ${((Date.now() - start) / 1000).toFixed(2)}s`)
  await breakfastConcurrent(kitchen)
  print(`Time: ${((Date.now() - start) / 1000).toFixed(2)}s`)
}
