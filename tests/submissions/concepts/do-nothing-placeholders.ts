// Does nothing: the stub's placeholders, every item unanswered.
import type { ConceptChoices, ConceptPredictions } from '#runtime'

export const predict: ConceptPredictions = { microtasks: [], 'starts-at-once': [], 'no-await': [], 'await-each': [], interleave: [] }
export const choose: ConceptChoices = { cores: null, contagious: null, 'cpu-bound': null, concurrency: null, threads: null }
