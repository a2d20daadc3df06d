// Resolves with an array whose items answer "first read" the first time and the kitchen's values after: only one reading may count.
import type { Kitchen } from '#runtime'

function shifty(toast: string, coffee: string): [string, string] {
  const reads = [0, 0]
  const array: any = []
  for (const [index, value] of [toast, coffee].entries()) {
    Object.defineProperty(array, index, { enumerable: true, get: () => (reads[index]!++ === 0 ? 'first read' : value) })
  }
  return array
}

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return shifty(await kitchen.toastBread(), await kitchen.brewCoffee())
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
