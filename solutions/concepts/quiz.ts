// Reference answers of "concepts": the one place the quiz's answers are written.
import type { ConceptChoices, ConceptPredictions } from '#runtime'

export const predict: ConceptPredictions = {
  microtasks: ['sync 1', 'sync 2', 'then', 'microtask', 'timeout'],
  'starts-at-once': ['brewing tea', 'tea ordered', 'tea ready', 'tea served'],
  'no-await': ['main returns', 'saved draft'],
  'await-each': ['coffee at t=1000', 'toast at t=2000', 'breakfast at t=2000'],
  interleave: ['a 1', 'b 1', 'both started', 'a 2', 'b 2', 'a 3', 'b 3'],
}

export const choose: ConceptChoices = {
  cores: 'b',
  contagious: 'd',
  'cpu-bound': 'c',
  concurrency: 'a',
  threads: 'b',
}
