// Changes prototypes of Node's own that lockdown did not freeze: EventTarget's Listener, a Node error class, URLSearchParams' iterator, WeakRef.
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
const prototypes: Record<string, () => object> = {
  "EventTarget's Listener.prototype": () => Object.getPrototypeOf((Map.prototype.get.call((signal as any)[symbol(signal, 'kEvents')], 'abort') as any).next),
  "a Node error class's prototype": () => Object.getPrototypeOf(encodingError),
  "URLSearchParams' iterator prototype": () => Object.getPrototypeOf(new URLSearchParams('a=1').entries()),
  'WeakRef.prototype': () =>
    Object.getPrototypeOf(Object.getPrototypeOf([...Set.prototype.values.call((signal as any)[symbol(signal, 'kDependantSignals')])][0]).constructor).prototype,
}
for (const [name, prototypeOf] of Object.entries(prototypes)) {
  try {
    const prototype = prototypeOf() as any
    prototype.plantedBySubmission = true
    console.log(`CHANGED ${name}`)
  } catch {
    console.log(`frozen ${name}`)
  }
}

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
