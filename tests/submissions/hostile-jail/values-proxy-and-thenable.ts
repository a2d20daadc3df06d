// Resolves with a Proxy whose traps answer differently on each call, through a thenable whose `then` changes on each read.
import type { Kitchen } from '#runtime'

function twoFaced(honest: [string, string]): [string, string] {
  let calls = 0
  const lie = ['lie', 'lie']
  return new Proxy(honest, {
    get: (target, key) => (calls++ % 2 === 1 ? Reflect.get(lie, key) : Reflect.get(target, key)),
    ownKeys: (target) => (calls++ % 2 === 1 ? Reflect.ownKeys(lie) : Reflect.ownKeys(target)),
    getPrototypeOf: () => (calls++ % 2 === 1 ? Object.prototype : Array.prototype),
  })
}

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  let reads = 0
  const thenable = {
    get then() {
      return reads++ === 0
        ? (resolve: (value: unknown) => void, reject: (error: unknown) => void) => {
            kitchen.toastBread().then((toast) => kitchen.brewCoffee().then((coffee) => resolve(twoFaced([toast, coffee]))), reject)
          }
        : undefined
    },
  }
  return thenable as unknown as Promise<[string, string]>
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
