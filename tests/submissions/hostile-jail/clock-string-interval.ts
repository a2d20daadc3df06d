// Rewinds the clock the same way with a period that is not a number: node:timers' setInterval with the string "-2000" and an object whose valueOf is negative.
import type { Kitchen } from '#runtime'
import { setInterval as nodeSetInterval, clearInterval as nodeClearInterval } from 'node:timers'

function rewind(period: unknown): Promise<void> {
  return new Promise((resolve) => {
    let fired = 0
    const timer = nodeSetInterval(() => {
      if (++fired === 2) {
        nodeClearInterval(timer)
        resolve()
      }
    }, period as number)
  })
}

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  const start = performance.now()
  const toast = await kitchen.toastBread()
  const spent = performance.now() - start
  await rewind(spent === 2000 ? '-2000' : { valueOf: () => -spent, toString: () => String(-spent) })
  return [toast, await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
