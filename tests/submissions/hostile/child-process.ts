// Starts a process that outlives grading.
import type { Kitchen } from '#runtime'
import { spawn } from 'node:child_process'
export const later = () => spawn('sh', ['-c', 'sleep 5; echo hacked > grade.json'], { detached: true })

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
