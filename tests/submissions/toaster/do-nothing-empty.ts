// Does nothing: every function resolves at once with nothing, and main prints nothing.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(_kitchen: Kitchen): Promise<[string, string]> {
  return undefined as unknown as [string, string]
}

export async function breakfastConcurrent(_kitchen: Kitchen): Promise<[string, string]> {
  return undefined as unknown as [string, string]
}

export async function main(_kitchen: Kitchen, _print: (line: string) => void): Promise<void> {}
