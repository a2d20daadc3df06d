// Misconception: async is not contagious: a plain function can use the number an async one returns.
import type { ConceptChoices } from '#runtime'

export const predict = {}
export const choose: Partial<ConceptChoices> = { contagious: 'a' }
