// Misconception (or a shortcut): the times are written into the code instead of measured.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return Promise.all([kitchen.toastBread(), kitchen.brewCoffee()])
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  await breakfastSequential(kitchen)
  print('Time: 4.00s')
  await breakfastConcurrent(kitchen)
  print('Time: 2.00s')
}
