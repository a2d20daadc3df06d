// Digs into the symbol-keyed internals of Node's AbortSignal, EventTarget and TextDecoder for a way to process.
import type { Kitchen } from '#runtime'
import { probe } from './support/escape.ts'

/** Every object reachable from `root` through own properties (symbols too), Map and Set contents and prototypes. */
function reachable(root: unknown, limit = 3000): unknown[] {
  const seen = new Set<unknown>()
  const queue = [root]
  while (queue.length > 0 && seen.size < limit) {
    const value = queue.shift()
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue
    seen.add(value)
    try {
      queue.push(Object.getPrototypeOf(value))
      for (const key of Reflect.ownKeys(value)) {
        const descriptor = Object.getOwnPropertyDescriptor(value, key)
        if (descriptor && 'value' in descriptor) queue.push(descriptor.value)
      }
      for (const entry of Map.prototype.entries.call(value as Map<unknown, unknown>)) queue.push(...entry)
    } catch {}
    try {
      for (const item of Set.prototype.values.call(value as Set<unknown>)) queue.push(item)
    } catch {}
  }
  return [...seen]
}

const controller = new AbortController()
controller.signal.addEventListener('abort', () => {})
const composite = AbortSignal.any([controller.signal, AbortSignal.timeout(1000)])
let encodingError: unknown
try {
  new TextDecoder('no such encoding')
} catch (error) {
  encodingError = error
}
const roots = {
  controller,
  composite,
  target: new EventTarget(),
  event: new Event('x'),
  decoder: new TextDecoder(),
  encodingError,
  params: new URLSearchParams('a=1').entries(),
}
const everything = reachable(roots)
probe(`${everything.length} objects behind AbortSignal, EventTarget, TextDecoder and URLSearchParams`, () =>
  everything.find((value: any) => {
    try {
      return typeof value.pid === 'number' || typeof value.binding === 'function'
    } catch {
      return false
    }
  }),
)
probe('their Function constructors', () => {
  for (const value of everything) {
    try {
      const found = (value as any).constructor?.constructor?.('return process')()
      if (found) return found
    } catch {}
  }
  return undefined
})

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
