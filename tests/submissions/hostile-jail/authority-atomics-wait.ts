// Attack: block the event loop asleep in native code (Atomics.wait on a cell nobody
// notifies), using no CPU, so that a watchdog counting CPU time alone would wait. Exercise
// code is not given Atomics: the call fails, and only main, which makes it, loses.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
