// Evaluates code from strings: indirect eval, eval through globalThis, a child compartment, with `with` and sloppy-mode this.
import type { Kitchen } from '#runtime'
import { probe } from './support/escape.ts'

const indirect = (globalThis as any)['ev' + 'al']
probe('indirect eval of process', () => indirect('process'))
probe('indirect eval of this', () => indirect('(function () { return this })()')?.process)
probe('indirect eval of globalThis.global', () => indirect('globalThis.global'))
probe('eval of a with statement', () => indirect('(function () { with ({}) { return process } })()'))
probe('new Function returning this', () => new Function('return this')()?.process)
probe("eval of a sloppy function's this", () => Function('"use sloppy"; return (function () { return this })()')()?.process)

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
