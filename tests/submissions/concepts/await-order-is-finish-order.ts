// Misconception: the coffee, awaited second, can only finish after the toast is awaited.
import type { ConceptPredictions } from '#runtime'

export const predict: Partial<ConceptPredictions> = { 'await-each': ['toast at t=2000', 'coffee at t=2000', 'breakfast at t=2000'] }
export const choose = {}
