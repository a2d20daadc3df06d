// Hands console.log objects with Node's inspect hook (Symbol.for('nodejs.util.inspect.custom')), getters and %o, hoping to be called with util.inspect.
import type { Kitchen } from '#runtime'
import { probe } from './support/escape.ts'

let handedIn: unknown[] = []
const bait = {
  [Symbol.for('nodejs.util.inspect.custom')](...args: unknown[]) {
    handedIn = args
    return 'hooked'
  },
}
console.log(bait)
console.log('%o %O %s %j', bait, bait, bait, bait)
probe("the inspect hook's arguments", () => {
  if (handedIn.length === 0) return undefined
  const inspect = handedIn[2] as any
  return inspect?.constructor('return process')() ?? { pid: 0 }
})
let getterThis: unknown
console.log(
  Object.create(
    {
      get seen() {
        getterThis = this
        return 1
      },
    },
    {
      shown: {
        enumerable: true,
        get() {
          getterThis = this
          return 2
        },
      },
    },
  ),
)
probe('a getter console.log calls', () => (getterThis as any)?.process)

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
