// A choice's getter reads Date.now two million times and busy-waits an hour and a half of clock when the answers are read.
import type { ConceptChoices, ConceptPredictions } from '#runtime'

export const predict: Partial<ConceptPredictions> = {
  microtasks: ['sync 1', 'sync 2', 'then', 'microtask', 'timeout'],
}
export const choose = {
  cores: 'b',
  get contagious() {
    for (let i = 0; i < 2_000_000; i++) Date.now()
    const end = Date.now() + 5_400_000
    while (Date.now() < end) {}
    return 'a'
  },
  'cpu-bound': 'a',
  concurrency: 'b',
  threads: 'a',
} as unknown as ConceptChoices
