// A prediction's getter sorts with a comparator that busy-waits on the clock, at every load: finite, in virtual time.
import type { ConceptChoices, ConceptPredictions } from '#runtime'

export const predict = {
  microtasks: ['sync 1', 'sync 2', 'then', 'microtask', 'timeout'],
  get 'await-each'(): string[] {
    const lines = ['coffee at t=1000', 'toast at t=2000', 'breakfast at t=2000', 'x', 'y', 'z']
    return lines.sort((a, b) => {
      const end = Date.now() + 100
      while (Date.now() < end) {}
      return a < b ? -1 : 1
    })
  },
}
export const choose: ConceptChoices = { cores: 'b', contagious: 'a', 'cpu-bound': 'a', concurrency: 'b', threads: 'a' }
