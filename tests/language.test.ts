// The same failures, graded in English and in French: every title and every piece of
// feedback is in the language asked for.
import { beforeAll, expect, it } from 'vitest'
import { catalog } from '../grader/catalog.ts'
import { grade } from '../grader/engine/grade.ts'
import { submissionFromDir } from '../grader/engine/submission.ts'
import type { Report } from '../grader/report/schema.ts'
import { ONE_WRONG_EACH, submissionFolder, testLimits } from './support/grading.ts'

let english: Report
let french: Report
beforeAll(async () => {
  // One wrong solution per exercise.
  const submission = submissionFromDir(submissionFolder(ONE_WRONG_EACH), catalog)
  const [inEnglish, inFrench] = await Promise.all((['en', 'fr'] as const).map((lang) => grade([submission], { exercises: catalog, limits: testLimits, lang })))
  english = inEnglish![0]!
  french = inFrench![0]!
})

it('the same scores in both languages', () => {
  expect(french.exercises.map((exercise) => exercise.points)).toEqual(english.exercises.map((exercise) => exercise.points))
  expect(english.lang).toBe('en')
  expect(french.lang).toBe('fr')
})

it('a known failure, word for word in each language', () => {
  const inEnglish = english.exercises[0]!.checks.find((check) => check.id === 'concurrent-result')!
  const inFrench = french.exercises[0]!.checks.find((check) => check.id === 'concurrent-result')!
  expect(inEnglish.title).toBe('breakfastConcurrent resolves at t=2000 with [toast, coffee]')
  expect(inFrench.title).toBe('breakfastConcurrent se résout à t=2000 avec [toast, coffee]')
  expect(inEnglish.mistake).toBe('a missing await: the function returned while the toast or the coffee was still being made')
  expect(inFrench.mistake).toMatch(/^un await manquant/)
})

it('every title, message and mistake of every failed check differs between the languages', () => {
  for (const [index, exercise] of english.exercises.entries()) {
    const translated = french.exercises[index]!
    expect(translated.title, exercise.id).not.toBe(exercise.title)
    for (const [at, check] of exercise.checks.entries()) {
      const other = translated.checks[at]!
      expect(other.title, `${exercise.id}/${check.id}`).not.toBe(check.title)
      if (check.status === 'passed') continue
      expect(other.message, `${exercise.id}/${check.id} message`).not.toBe(check.message)
      if (check.mistake) expect(other.mistake, `${exercise.id}/${check.id} mistake`).not.toBe(check.mistake)
    }
  }
})
