// Throws from an event listener and from a queueMicrotask callback during the sequential breakfast: Node reports both as uncaught exceptions.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  const breakfast: [string, string] = [await kitchen.toastBread(), await kitchen.brewCoffee()]
  const target = new EventTarget()
  target.addEventListener('served', () => {
    throw new Error('thrown by an event listener')
  })
  target.dispatchEvent(new Event('served'))
  queueMicrotask(() => {
    throw new Error('thrown by a microtask')
  })
  return breakfast
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
