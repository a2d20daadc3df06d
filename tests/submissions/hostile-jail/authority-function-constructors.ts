// Builds code with the Function constructor of everything handed in: kitchen, print, promises, errors, timer handles, console, Date, performance, AbortSignal.
import type { Kitchen } from '#runtime'
import { probe } from './support/escape.ts'

const code = 'return typeof process === "undefined" ? globalThis.process : process'
const constructorOf = (name: string, fn: any) => probe(`${name}.constructor`, () => fn.constructor(code)())
let urlError: any
try {
  new URL('not a url')
} catch (error) {
  urlError = error
}
const handle = setTimeout(() => {}, 1) as any
clearTimeout(handle)
const fromOutside: Record<string, any> = {
  'an async function': async () => {},
  'a generator function': function* () {},
  'console.log': console.log,
  'Date.now': Date.now,
  'performance.now': performance.now,
  'AbortSignal.timeout': AbortSignal.timeout,
  "a timer handle's ref": handle.ref,
  queueMicrotask,
  structuredClone,
  "a host error's constructor": urlError?.constructor,
  harden: (globalThis as any).harden,
  Compartment: (globalThis as any).Compartment,
}
for (const [name, fn] of Object.entries(fromOutside)) constructorOf(name, fn)
probe('Function itself', () => Function(code)())

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  const toasting = kitchen.toastBread()
  constructorOf('kitchen.toastBread', kitchen.toastBread)
  constructorOf("the kitchen's promise", toasting)
  constructorOf("the kitchen's promise .then", toasting.then)
  return [await toasting, await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  constructorOf('print', print)
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
