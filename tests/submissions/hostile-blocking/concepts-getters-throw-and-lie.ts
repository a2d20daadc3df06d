// Answers behind getters: one throws, one answers differently on each read, one throws a getter-laden error.
import type { ConceptChoices, ConceptPredictions } from '#runtime'

let reads = 0
export const predict = {
  microtasks: ['sync 1', 'sync 2', 'then', 'microtask', 'timeout'],
  get 'starts-at-once'(): string[] {
    throw new Error('no answer')
  },
  get 'no-await'(): string[] {
    return reads++ === 0 ? ['saved draft'] : ['main returns', 'saved draft']
  },
  get interleave(): string[] {
    throw {
      get message() {
        throw new Error('nested')
      },
    }
  },
}
let choiceReads = 0
export const choose = {
  cores: 'b',
  get contagious() {
    return choiceReads++ === 0 ? 'a' : 'd'
  },
  'cpu-bound': 'a',
  concurrency: 'b',
  threads: 'a',
} as unknown as ConceptChoices
