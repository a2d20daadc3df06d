// Carries state from one scenario to the next on Node prototypes a jail keeps between runs, and uses it: concurrent only when something carried over.
import type { Kitchen } from '#runtime'

const symbol = (object: object, name: string) => Reflect.ownKeys(object).find((key) => typeof key === 'symbol' && key.description === name) as symbol
const signal = new AbortController().signal
signal.addEventListener('abort', () => {})
AbortSignal.any([signal])
let encodingError: unknown
try {
  new TextDecoder('no such encoding')
} catch (error) {
  encodingError = error
}
const channels: Record<string, () => any> = {
  Listener: () => Object.getPrototypeOf((Map.prototype.get.call((signal as any)[symbol(signal, 'kEvents')], 'abort') as any).next),
  NodeError: () => Object.getPrototypeOf(encodingError),
  URLSearchParamsIterator: () => Object.getPrototypeOf(new URLSearchParams('a=1').entries()),
  WeakRef: () =>
    Object.getPrototypeOf(Object.getPrototypeOf([...Set.prototype.values.call((signal as any)[symbol(signal, 'kDependantSignals')])][0]).constructor).prototype,
}
const carried: string[] = []
for (const [name, prototypeOf] of Object.entries(channels)) {
  try {
    const prototype = prototypeOf()
    if (prototype.scenariosBefore > 0) carried.push(`${name} (${prototype.scenariosBefore} scenarios before)`)
    prototype.scenariosBefore = (prototype.scenariosBefore ?? 0) + 1
  } catch {}
}
console.log(carried.length ? `carried over: ${carried.join(', ')}` : 'nothing carried over')

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
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
