// Resolves with the values the plain copy does not cut: a Symbol with a 10 MB description, an object with a 10 MB key holding a 2-million-digit BigInt.
import type { Kitchen } from '#runtime'

const TEN_MB = 'x'.repeat(10_000_000)

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  await kitchen.toastBread()
  await kitchen.brewCoffee()
  return Symbol(TEN_MB) as unknown as [string, string]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  await kitchen.toastBread()
  await kitchen.brewCoffee()
  return { [TEN_MB]: 10n ** 2_000_000n } as unknown as [string, string]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
