// Walks up the call stack (arguments.callee.caller, fn.caller) from callbacks the grader's own code calls.
import type { Kitchen } from '#runtime'
import { probe } from './support/escape.ts'

/** The process found by climbing from `fn`'s caller, if any frame holds it. */
function climb(fn: any): unknown {
  let frame = fn.caller
  for (let depth = 0; frame && depth < 50; depth++) {
    const found = frame.process ?? frame.arguments?.[0]?.process
    if (found) return found
    frame = frame.caller
  }
  return frame
}
probe('Function.prototype.caller', () => Object.getOwnPropertyDescriptor(Function.prototype, 'caller')!.get!.call(climb))
probe('arguments.callee.caller at load', function (this: unknown) {
  return climb((arguments as any).callee)
})
setTimeout(function timerCallback() {
  probe('the caller of a timer callback', () => climb(timerCallback))
}, 0)
queueMicrotask(function microtask() {
  probe('the caller of a microtask', () => climb(microtask))
})
console.log({
  toString() {
    probe('the caller of a toString console.log calls', () => climb(this.toString))
    return 'x'
  },
})
structuredClone({
  get field() {
    probe('the caller of a getter structuredClone reads', () => climb(Object.getOwnPropertyDescriptor(this, 'field')!.get))
    return 1
  },
})

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  probe('the caller of breakfastConcurrent', () => climb(breakfastConcurrent))
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  print({
    toString() {
      probe('the caller of a toString print calls', () => climb(this.toString))
      return 'printed'
    },
  } as unknown as string)
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
