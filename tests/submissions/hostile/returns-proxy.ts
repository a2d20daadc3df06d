// Returns an object that throws whenever the grader looks at it.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  await Promise.all([kitchen.toastBread(), kitchen.brewCoffee()])
  const trap = new Proxy([], {
    get: () => {
      throw new Error('gotcha')
    },
    ownKeys: () => {
      throw new Error('gotcha')
    },
  })
  return trap as unknown as [string, string]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
