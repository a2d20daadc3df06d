// Replaces what #runtime exports (sleep, Semaphore.prototype, TimeoutError.prototype) and what the world hands in (the kitchen's methods, print's properties).
import type { Kitchen } from '#runtime'
import * as runtime from '#runtime'
import { Semaphore, TimeoutError, sleep } from '#runtime'

const namespace: any = runtime
const attempts: Record<string, () => void> = {
  'the #runtime namespace': () => {
    namespace.sleep = () => Promise.resolve()
  },
  'sleep.call': () => {
    ;(sleep as any).call = () => Promise.resolve()
  },
  'Semaphore.prototype.acquire': () => {
    ;(Semaphore.prototype as any).acquire = () => Promise.resolve()
  },
  'TimeoutError.prototype.name': () => {
    ;(TimeoutError.prototype as any).name = 'Nothing'
  },
}
function attempt(name: string, change: () => void): void {
  try {
    change()
    console.log(`CHANGED ${name}`)
  } catch {
    console.log(`frozen ${name}`)
  }
}
for (const [name, change] of Object.entries(attempts)) attempt(name, change)

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  const { toastBread } = kitchen
  attempt('the kitchen', () => {
    ;(kitchen as any).toastBread = () => toastBread()
  })
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  attempt('print', () => {
    ;(print as any).recorder = undefined
  })
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
