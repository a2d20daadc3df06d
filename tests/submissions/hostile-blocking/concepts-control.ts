// Control: one prediction and one choice right, every concepts attack starts from it.
import type { ConceptChoices, ConceptPredictions } from '#runtime'

export const predict: Partial<ConceptPredictions> = {
  microtasks: ['sync 1', 'sync 2', 'then', 'microtask', 'timeout'],
}
export const choose: ConceptChoices = { cores: 'b', contagious: 'a', 'cpu-bound': 'a', concurrency: 'b', threads: 'a' }
