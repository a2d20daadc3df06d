// Misconception (the Python habit): calling an async function runs nothing until it is
// awaited. Only the items of the misconception are answered: tests/concepts.test.ts lays
// them over the reference answers, so that each wrong file loses exactly its items.
import type { ConceptPredictions } from '#runtime'

export const predict: Partial<ConceptPredictions> = {
  'starts-at-once': ['tea ordered', 'brewing tea', 'tea ready', 'tea served'],
  'no-await': ['main returns'],
  'await-each': ['toast at t=2000', 'coffee at t=3000', 'breakfast at t=3000'],
}
export const choose = {}
