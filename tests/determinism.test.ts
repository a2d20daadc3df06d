// The same submission always gets the same report, whatever else is graded beside it and
// in whatever order the spec files and checks run.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalog } from '../grader/catalog.ts'
import { grade } from '../grader/engine/grade.ts'
import { submissionFromDir } from '../grader/engine/submission.ts'
import { ONE_WRONG_EACH, gradeEach, kitRoot, submissionFolder, testLimits } from './support/grading.ts'

describe('determinism', () => {
  it('grading one submission 50 times, side by side, gives 50 identical reports', async () => {
    const file = join(kitRoot, 'tests/submissions/toaster/concurrent-awaits-each.ts')
    const copies = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`copy-${index}`, file]))
    const results = Object.values(await gradeEach('toaster', copies))
    expect(results).toHaveLength(50)
    expect(results[0]!.points).toBe(3)
    for (const result of results) expect(result).toEqual(results[0])
  })

  it('the order of spec files and checks changes no score and no message', async () => {
    const submissions = [
      submissionFromDir(join(kitRoot, 'solutions'), catalog, 'solutions'),
      submissionFromDir(submissionFolder(ONE_WRONG_EACH), catalog, 'mixed'),
    ]
    const [inOrder, shuffled] = await Promise.all([
      grade(submissions, { exercises: catalog, limits: testLimits }),
      grade(submissions, { exercises: catalog, limits: testLimits, shuffleSeed: 7 }),
    ])
    expect(shuffled).toEqual(inOrder)
    expect(inOrder[0]!.score.points).toBe(inOrder[0]!.score.max)
    // One wrong solution for each exercise ONE_WRONG_EACH names; the others are missing.
    expect(inOrder[1]!.exercises.map((exercise) => exercise.status)).toEqual(catalog.map(({ id }) => (id in ONE_WRONG_EACH ? 'partial' : 'missing')))
  })
})
