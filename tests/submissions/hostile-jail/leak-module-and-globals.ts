// Carries state between scenarios the ordinary ways: module variables, globalThis, the Symbol registry, properties on shared globals.
import type { Kitchen } from '#runtime'

let calls = 0
const global = globalThis as any
const carried: string[] = []
if (global.scenariosBefore) carried.push('globalThis')
global.scenariosBefore = 1
const registered = Symbol.for('async-kit.scenarios-before')
for (const [name, holder] of Object.entries({
  AbortSignal,
  EventTarget,
  URL,
  Math,
  console,
  performance,
  'Symbol.for': registered as any,
  Object: Object.prototype,
})) {
  try {
    if ((holder as any)[registered]) carried.push(name)
  } catch {}
  try {
    Object.defineProperty(holder, registered, { value: true })
  } catch {}
}
console.log(carried.length ? `carried over: ${carried.join(', ')}` : 'nothing carried over')

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  calls++
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  console.log(`calls before in this module: ${calls++}`)
  if (carried.length > 0) return Promise.all([kitchen.toastBread(), kitchen.brewCoffee()])
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
