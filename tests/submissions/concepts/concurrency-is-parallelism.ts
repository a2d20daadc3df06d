// Misconception: overlapping waits mean the code ran in parallel, on several cores.
import type { ConceptChoices } from '#runtime'

export const predict = {}
export const choose: Partial<ConceptChoices> = { concurrency: 'b' }
