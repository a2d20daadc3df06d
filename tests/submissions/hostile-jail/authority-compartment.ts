// Uses the Compartment, lockdown and harden globals: a child compartment with its own hooks, a second lockdown.
import type { Kitchen } from '#runtime'
import { probe } from './support/escape.ts'

const { Compartment, lockdown, harden } = globalThis as any
probe("a child compartment's globalThis", () => new Compartment().evaluate('globalThis.process'))
probe("a child compartment's Function", () => new Compartment().evaluate('Function("return this")()')?.process)
probe('a child compartment importing node:fs', () => {
  const child = new Compartment(
    {},
    {},
    {
      resolveHook: (name: string) => name,
      importHook: async () => {
        throw new Error('no module source')
      },
    },
  )
  return child.importNow('node:fs')
})
probe('a child compartment with __options__ and a module map of node:process', () =>
  new Compartment({ __options__: true, modules: { 'node:process': 'node:process' } }).importNow('node:process'),
)
probe('lockdown() again', () => lockdown())
probe('harden(globalThis).process', () => harden(globalThis).process)
probe(
  'Compartment.prototype.globalThis of the start compartment',
  () => Object.getOwnPropertyDescriptor(Compartment.prototype, 'globalThis')!.get!.call(undefined)?.process,
)

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
