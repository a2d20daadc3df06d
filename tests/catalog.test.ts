// Every exercise of the catalog proves itself, through `npm run check` (scripts/check.ts):
// its files, grading tables that agree with the catalog, hints, the stub at 0 ("not
// implemented yet" on every check), the solution full, do-nothing submissions at 0,
// correct alternatives full, and every check failed by at least one wrong solution.
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { catalog } from '../grader/catalog.ts'
import { type ExerciseCheck, checkKit, gradingTable, judgeKit } from '../scripts/check.ts'
import { testLimits } from './support/grading.ts'

let checks: ExerciseCheck[]
beforeAll(async () => {
  // The global setup graded the kit (tests/support/kit-grading.ts), unless this run selects files.
  const graded = inject('kitGrading') ?? {}
  checks = Object.keys(graded).length > 0 ? judgeKit(catalog, graded) : await checkKit(catalog, testLimits)
})

describe.each(catalog.map((exercise) => [exercise.id] as const))('%s', (id) => {
  it('is complete: npm run check finds nothing missing', () => {
    const result = checks.find((candidate) => candidate.id === id)!
    expect(result.problems).toEqual([])
    expect(result.proved).toEqual(expect.arrayContaining(['the stub scores 0', 'the solution scores full']))
  })
})

it('reads a grading table: rows, escaped pipes, and the total', () => {
  const markdown = ['# x', '', '| Check | Points |', '| --- | --- |', '| a \\| b | 2 |', '| c | 1 |', '| **Total** | **3** |', '', 'after'].join('\n')
  expect(gradingTable(markdown, '| Check | Points |')).toEqual({
    rows: [
      ['a | b', 2],
      ['c', 1],
    ],
    total: 3,
  })
  expect(gradingTable(markdown, '| Vérification | Points |')).toBeUndefined()
})
