// Prints objects whose Symbol.toPrimitive and toString give the measured time on the first call and "2.00" on every later one.
import type { Kitchen } from '#runtime'

function lateLie(measured: string): string {
  let calls = 0
  const next = () => (calls++ === 0 ? `Time: ${measured}s` : 'Time: 2.00s')
  return { [Symbol.toPrimitive]: next, toString: next, valueOf: next } as unknown as string
}

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
    print(lateLie(((performance.now() - start) / 1000).toFixed(2)))
  }
}
