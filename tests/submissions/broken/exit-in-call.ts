// Broken: ends the process in the middle of a call.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  await kitchen.toastBread()
  process.exit(0)
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return Promise.all([kitchen.toastBread(), kitchen.brewCoffee()])
}

export async function main(): Promise<void> {
  process.exit(0)
}
