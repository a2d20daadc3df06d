// Broken: the concurrent breakfast waits on a promise nothing resolves.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  await Promise.all([kitchen.toastBread(), kitchen.brewCoffee()])
  return new Promise(() => {})
}

export async function main(): Promise<void> {
  return new Promise(() => {})
}
