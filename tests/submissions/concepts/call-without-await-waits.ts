// Misconception: calling an async function without await still makes the caller wait for it.
import type { ConceptPredictions } from '#runtime'

export const predict: Partial<ConceptPredictions> = { 'no-await': ['saved draft', 'main returns'] }
export const choose = {}
