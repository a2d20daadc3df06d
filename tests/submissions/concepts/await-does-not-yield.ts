// Misconception: awaiting a value that is already there does not give control back, so each
// async loop runs to its end when it is called.
import type { ConceptPredictions } from '#runtime'

export const predict: Partial<ConceptPredictions> = { interleave: ['a 1', 'a 2', 'a 3', 'b 1', 'b 2', 'b 3', 'both started'] }
export const choose = {}
