// Attack: print errors that lie to whoever reads them: a message that changes at every
// read, a name whose getter throws, a Proxy of an error whose every trap throws, and an
// error whose message is a format string. What is printed must be read once, safely,
// and the grade stay the honest one.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

class Shifty extends Error {
  reads = 0
  override get message(): string {
    this.reads++
    return `read ${this.reads}`
  }
}

class Nameless extends Error {
  override get name(): string {
    throw new Error('no name for you')
  }
}

const trap = () => {
  throw new Error('trapped')
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  console.log(new Shifty())
  console.log(new Nameless('hidden'))
  console.log(new Proxy(new Error('proxied'), { get: trap, getPrototypeOf: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }))
  console.log(new Error('50%s'), 7)
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
