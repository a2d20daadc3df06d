// Looks for process on the compartment's global object: its names, its getters, its prototype.
import type { Kitchen } from '#runtime'
import { probe } from './support/escape.ts'

const global = globalThis as any
probe('globalThis.process', () => global.process)
probe('the process getter called on undefined', () => Object.getOwnPropertyDescriptor(globalThis, 'process')!.get!.call(undefined))
probe("the process getter's Function constructor", () => Object.getOwnPropertyDescriptor(globalThis, 'process')!.get!.constructor('return process')())
probe('a global holding a pid', () =>
  Reflect.ownKeys(globalThis)
    .map((key) => {
      try {
        return global[key]
      } catch {
        return undefined
      }
    })
    .find((value) => typeof value?.pid === 'number'),
)
probe("the global object's prototype", () => Object.getPrototypeOf(globalThis)?.process)
probe('globalThis.constructor', () => global.constructor?.process)
probe('module.process', () => (typeof module === 'undefined' ? undefined : (module as any).process))
probe('require.main', () => (typeof require === 'undefined' ? undefined : (require as any).main?.process))

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
