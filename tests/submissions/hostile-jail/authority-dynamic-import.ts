// Imports node:process and the solution with a guarded import() of a literal name, and import() hidden in code built from a string.
import type { Kitchen } from '#runtime'
import { probe } from './support/escape.ts'

let process: unknown
try {
  process = (await import('node:process')).default
} catch (error) {
  console.log(`blocked the import of node:process: ${String((error as Error).message).slice(0, 60)}`)
}
probe('the import of node:process that did not throw', () => process)
let solution: any
try {
  solution = await import('../../../solutions/toaster/toaster.ts')
} catch (error) {
  console.log(`blocked import of the solution: ${String((error as Error).message).slice(0, 60)}`)
}
const keyword = ['imp', 'ort'].join('')
probe('an import call built from a string', () => Function(`return ${keyword}("node:process")`)())

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  if (solution) return solution.breakfastConcurrent(kitchen)
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
