// Exercise "toaster": see README.md (English) or README.fr.md (français).
// Run `npm run grade -- toaster` to check your work.
import type { Kitchen } from '#runtime'

/** Toast the bread, THEN brew the coffee. Resolves with [toast, coffee] at t=4000. */
export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  throw new Error('not implemented yet: breakfastSequential')
}

/** Toast the bread AND brew the coffee at the same time. Resolves with [toast, coffee] at t=2000. */
export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  throw new Error('not implemented yet: breakfastConcurrent')
}

/** Runs both breakfasts, one after the other, and prints how long each took (e.g. "Time: 4.00s"). */
export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  throw new Error('not implemented yet: main')
}
