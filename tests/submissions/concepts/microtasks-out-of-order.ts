// Misconception: queueMicrotask jumps ahead of a then queued before it.
import type { ConceptPredictions } from '#runtime'

export const predict: Partial<ConceptPredictions> = { microtasks: ['sync 1', 'sync 2', 'microtask', 'then', 'timeout'] }
export const choose = {}
