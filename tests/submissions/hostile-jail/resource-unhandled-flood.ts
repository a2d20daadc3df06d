// Leaves unhandled rejections of values that are hard to read (a symbol, a revoked Proxy, throwing getters) and 10,000 of a 20 MB Error; the code is otherwise the right solution.
import type { Kitchen } from '#runtime'

const revoked = Proxy.revocable({}, {})
revoked.revoke()
void Promise.reject(Symbol('boom'))
void Promise.reject(revoked.proxy)
void Promise.reject({
  get message(): string {
    throw new Error('no')
  },
  toString() {
    throw new Error('no')
  },
})
const huge = Object.assign(new Error('x'.repeat(10_000_000)), { name: 'y'.repeat(10_000_000) })
for (let i = 0; i < 10_000; i++) void Promise.reject(huge)

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  const toast = await kitchen.toastBread()
  const coffee = await kitchen.brewCoffee()
  return [toast, coffee]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return Promise.all([kitchen.toastBread(), kitchen.brewCoffee()])
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
