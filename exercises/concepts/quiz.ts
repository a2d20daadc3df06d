// Exercise "concepts" (bonus quiz): see README.md (English) or README.fr.md (français).
// Run `npm run grade -- concepts` to check your answers.
import type { ConceptChoices, ConceptPredictions } from '#runtime'

/**
 * Predict-the-output items: for each snippet of the statement, the lines it prints, in
 * order, one string a line, e.g. ['first line', 'second line']. `[]`: not answered yet.
 */
export const predict: ConceptPredictions = {
  microtasks: [],
  'starts-at-once': [],
  'no-await': [],
  'await-each': [],
  interleave: [],
}

/** Choice items: for each question of the statement, the letter of your option. `null`: not answered yet. */
export const choose: ConceptChoices = {
  cores: null,
  contagious: null,
  'cpu-bound': null,
  concurrency: null,
  threads: null,
}
