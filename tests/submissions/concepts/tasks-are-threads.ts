// Misconception: each async task is a thread of its own.
import type { ConceptChoices } from '#runtime'

export const predict = {}
export const choose: Partial<ConceptChoices> = { cores: 'c', concurrency: 'd', threads: 'c' }
