// Misconception: a function can block until a promise settles, as time.sleep blocks in Python.
import type { ConceptChoices } from '#runtime'

export const predict = {}
export const choose: Partial<ConceptChoices> = { contagious: 'b' }
