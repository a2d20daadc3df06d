// Answers that are objects with a toString and Symbol.toPrimitive that change with each conversion.
import type { ConceptChoices, ConceptPredictions } from '#runtime'

let conversions = 0
const shifty = (...faces: string[]) => ({
  [Symbol.toPrimitive]: () => faces[conversions++ % faces.length],
  toString: () => faces[conversions++ % faces.length],
  valueOf: () => faces[conversions++ % faces.length],
})
export const predict = {
  microtasks: ['sync 1', 'sync 2', 'then', 'microtask', 'timeout'],
  'no-await': [shifty('main returns', 'x'), shifty('saved draft', 'y')],
}
export const choose = {
  cores: 'b',
  contagious: shifty('d', 'a', 'b', 'c'),
  'cpu-bound': shifty('c', 'a'),
  concurrency: 'b',
  threads: 'a',
} as unknown as ConceptChoices
