// Misconception: an event loop spreads its tasks over every core of the machine.
import type { ConceptChoices } from '#runtime'

export const predict = {}
export const choose: Partial<ConceptChoices> = { cores: 'a', 'cpu-bound': 'b' }
