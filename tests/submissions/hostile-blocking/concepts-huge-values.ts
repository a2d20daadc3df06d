// Huge answers: a three-million-line prediction, a 20 MB line, a choice of 20 MB.
import type { ConceptChoices, ConceptPredictions } from '#runtime'

export const predict = {
  microtasks: ['sync 1', 'sync 2', 'then', 'microtask', 'timeout'],
  'no-await': Array.from({ length: 3_000_000 }, () => 'main returns'),
  interleave: ['a 1'.repeat(7_000_000)],
}
export const choose = { cores: 'b', contagious: 'a'.repeat(20_000_000), 'cpu-bound': 'a', concurrency: 'b', threads: 'a' } as unknown as ConceptChoices
