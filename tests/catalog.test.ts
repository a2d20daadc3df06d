// Every exercise of the catalog proves itself: the stub scores 0 with "not implemented
// yet" on every check, the solution scores full, and the student's folder has what a
// student needs while the grader's parts live apart.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { catalog } from '../grader/catalog.ts'
import { grade, submissionFromDir } from '../grader/engine/grade.ts'
import type { Report } from '../grader/report/schema.ts'
import { kitRoot, testLimits } from './support/grading.ts'

let stubs: Report
let solutions: Report

beforeAll(async () => {
  const reports = await grade(
    [submissionFromDir(join(kitRoot, 'exercises'), catalog, 'stubs'), submissionFromDir(join(kitRoot, 'solutions'), catalog, 'solutions')],
    { exercises: catalog, limits: testLimits },
  )
  stubs = reports[0]!
  solutions = reports[1]!
})

describe.each(catalog.map((exercise) => [exercise.id, exercise] as const))('%s', (id, exercise) => {
  it('has a statement in English and French, a stub, a solution and hidden specs', () => {
    for (const path of [
      `exercises/${id}/README.md`,
      `exercises/${id}/README.fr.md`,
      `exercises/${id}/${exercise.file}`,
      `solutions/${id}/${exercise.file}`,
      `grader/specs/${id}/scenarios.ts`,
      `grader/specs/${id}/${id}.spec.ts`,
    ]) {
      expect(existsSync(join(kitRoot, path)), path).toBe(true)
    }
  })

  it('stub scores 0, every check saying "not implemented yet"', () => {
    const result = stubs.exercises.find((candidate) => candidate.id === id)!
    expect(result.points).toBe(0)
    expect(result.status).toBe('failed')
    for (const check of result.checks) expect(check.message).toMatch(/not implemented yet/)
  })

  it('solution scores full', () => {
    const result = solutions.exercises.find((candidate) => candidate.id === id)!
    expect(result.checks.filter((check) => check.status === 'failed')).toEqual([])
    expect(result.points).toBe(result.max)
    expect(result.status).toBe('passed')
  })
})
