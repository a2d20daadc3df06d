// Blocks inside the regular expression engine (native code, catastrophic backtracking) once main has printed: only a kill of the jail stops it.
import type { Kitchen } from '#runtime'

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
  ;/(a+)+$/.test(`${'a'.repeat(64)}!`)
}
