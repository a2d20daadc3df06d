// main hands print what is not a string: numbers, null, a Symbol, a BigInt, a function, an array, an object without a prototype.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  const say = print as (line: unknown) => void
  for (const value of [42, null, undefined, Symbol('s'), 12n, () => 1, ['a', 1], Object.create(null), { toString: () => 'custom' }]) {
    try {
      say(value)
    } catch (error) {
      console.log(`print refused a value: ${(error as Error).message}`)
    }
  }
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    say([`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`])
  }
}
