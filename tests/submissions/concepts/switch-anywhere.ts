// Misconception: the event loop can switch tasks between any two lines, as the system switches threads.
import type { ConceptChoices } from '#runtime'

export const predict = {}
export const choose: Partial<ConceptChoices> = { threads: 'a' }
