// Misconception: a 0 ms setTimeout runs before a then callback (timers before microtasks).
import type { ConceptPredictions } from '#runtime'

export const predict: Partial<ConceptPredictions> = { microtasks: ['sync 1', 'sync 2', 'timeout', 'then', 'microtask'] }
export const choose = {}
