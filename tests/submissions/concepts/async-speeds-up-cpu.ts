// Misconception: async makes CPU-bound work faster (Promise.all runs computations at once).
import type { ConceptChoices } from '#runtime'

export const predict = {}
export const choose: Partial<ConceptChoices> = { 'cpu-bound': 'a' }
