// predict is a Proxy whose traps answer each read differently, list every item and throw on a second look.
import type { ConceptChoices, ConceptPredictions } from '#runtime'

let reads = 0
const right = ['sync 1', 'sync 2', 'then', 'microtask', 'timeout']
export const predict = new Proxy({} as Record<string, unknown>, {
  ownKeys: () => ['microtasks', 'starts-at-once', 'no-await', 'await-each', 'interleave'],
  getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, get: () => (reads++ === 0 ? right : ['guess']) }),
  get: (_target, key) => {
    if (reads++ > 1000) throw new Error('second look')
    return key === 'microtasks' ? right : new Proxy([], { get: () => 'lie' })
  },
})
export const choose: ConceptChoices = { cores: 'b', contagious: 'a', 'cpu-bound': 'a', concurrency: 'b', threads: 'a' }
