// Puts lone surrogates, escape sequences, bidi overrides, NUL and line separators in what it prints, logs, throws and returns.
import type { Kitchen } from '#runtime'

const NASTY = 'a\ud800b\udfffc\u001b[2J\u001b]8;;http://x\u0007link\u001b]8;;\u0007\u202eevil\u0000\u2028\r\n::error::forged'
let inMain = false
console.log(NASTY)

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  const breakfast: [string, string] = [await kitchen.toastBread(), await kitchen.brewCoffee()]
  if (!inMain) throw Object.assign(new Error(NASTY), { name: NASTY })
  return breakfast
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  inMain = true
  print(NASTY)
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
