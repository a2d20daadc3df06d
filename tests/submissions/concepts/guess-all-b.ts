// Guessing: the same letter for every choice item, no prediction. Guessing is not the point:
// it earns at most a small share (tests/concepts.test.ts tries every letter).
import type { ConceptChoices } from '#runtime'

export const predict = {}
export const choose: ConceptChoices = { cores: 'b', contagious: 'b', 'cpu-bound': 'b', concurrency: 'b', threads: 'b' }
