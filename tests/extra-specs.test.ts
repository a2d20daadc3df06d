// Private checks (--extra-specs) that are broken fail the teacher's setup at load, naming
// the file and the problem (exit status 2, before any grading), never a student's score:
// one folder of tests/fixtures/extra-specs-broken per cause, each with its exact message.
// A private spec file that fails only inside the grading is worded as the grading's setup.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalog } from '../grader/catalog.ts'
import { ReportSchema } from '../grader/report/schema.ts'
import { runGrader } from './support/cli.ts'
import { kitRoot } from './support/grading.ts'

const BROKEN = join(kitRoot, 'tests/fixtures/extra-specs-broken')
const VALID = join(kitRoot, 'tests/fixtures/extra-specs')
const IMPORT_TYPES = `import types with "import type { Scenario } from 'async-kit/specs'"`
const EXERCISES = catalog.map((exercise) => exercise.id).join(', ')

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kit-extra-specs-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

/** The problems a refused --extra-specs names, one a line (the usage follows them). */
function refusal(stderr: string): string[] {
  const [error] = stderr.split('\n\nUsage:')
  return error!.replace(/^error: --extra-specs: /, '').split('\n')
}

/** Cause (a folder of extra-specs-broken) -> what the teacher is told, given that folder. */
const causes: Record<string, (dir: string) => string[]> = {
  'value-import-node': (dir) => [
    `the scenarios file ${dir}/scenarios.ts imports "node:fs", which the jail does not have: a scenarios file runs in the jail and imports only #runtime and files of its own; ${IMPORT_TYPES}`,
  ],
  'value-import-toolkit': (dir) => [
    `the scenarios file ${dir}/scenarios.ts imports values from async-kit/specs: the jail runs none of the spec toolkit; ${IMPORT_TYPES}, and write the scenarios as a plain object`,
  ],
  'value-import-spec-file': (dir) => [
    `the scenarios file ${dir}/scenarios.ts imports ${dir}/twice.spec.ts, a spec file: the jail runs none of the spec side; move what both need to a file of its own`,
  ],
  'scenarios-file-missing': (dir) => [`${dir}/twice.spec.ts names the scenarios file ${dir}/scenario.ts, which does not exist`],
  'scenario-name-typo': (dir) => [
    `${dir}/twice.spec.ts runs scenario "twise", which ${dir}/scenarios.ts does not define (did you mean "twice"?): it defines twice`,
  ],
  'spec-throws-at-load': (dir) => [
    `the private checks in ${dir}/twice.spec.ts failed to load: Error: ENOENT: no such file or directory, open '${dir}/figures.json'`,
  ],
  'spec-unknown-exercise': (dir) => [
    `${dir}/twice.spec.ts grades "toastr", which is not an exercise (did you mean "toaster"?): the exercises are ${EXERCISES}`,
    `${dir}/rubric.json lists check toaster/private-twice, which no spec file of ${dir} defines: define it with check('private-twice', ...) in gradeExercise('toaster', ...)`,
  ],
  'check-not-in-rubric': (dir) => [
    `${dir}/twice.spec.ts defines check toaster/private-twice-result, which ${dir}/rubric.json does not list: add it there with its title and points`,
  ],
  'check-defined-twice': (dir) => [`check toaster/private-twice is defined twice: in ${dir}/again.spec.ts and in ${dir}/twice.spec.ts`],
  'rubric-check-undefined': (dir) => [
    `${dir}/rubric.json lists check toaster/private-thrice, which no spec file of ${dir} defines: define it with check('private-thrice', ...) in gradeExercise('toaster', ...)`,
  ],
  'rubric-typo-key': (dir) => [
    `${dir}/rubric.json: toaster[0].points is missing`,
    `${dir}/rubric.json: toaster[0] has an unknown key "pionts" (did you mean "points"?): a check has "id", "title" and "points"`,
  ],
  'rubric-unknown-exercise': (dir) => [`${dir}/rubric.json: "toastr" is not an exercise (did you mean "toaster"?): the exercises are ${EXERCISES}`],
  'rubric-bad-points': (dir) => [`${dir}/rubric.json: toaster[0].points must be a whole number of points, at least 1, not 0`],
  'rubric-duplicate-id': (dir) => [`${dir}/rubric.json: toaster[1].id: check toaster/private-twice is listed twice`],
  'rubric-catalog-clash': (dir) => [
    `${dir}/rubric.json: toaster[0].id: check toaster/concurrent-start already exists in the catalog: give it an id of its own`,
  ],
}

describe('broken private checks are refused at load, naming the file and the problem', () => {
  it.each(Object.keys(causes))('%s', async (cause) => {
    const dir = join(BROKEN, cause)
    const result = await runGrader(['toaster', '--solutions', '--extra-specs', dir])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(refusal(result.stderr)).toEqual(causes[cause]!(dir))
  })

  it('a rubric.json that is not JSON', async () => {
    const dir = join(scratch, 'not-json')
    await cp(VALID, dir, { recursive: true })
    const text = '{ "toaster": [{ "id": "private-twice", "title": "two at once", "points": 3 },] }\n'
    await writeFile(join(dir, 'rubric.json'), text)
    const parseError = (() => {
      try {
        JSON.parse(text)
        return ''
      } catch (error) {
        return (error as Error).message.replace(/\s+/g, ' ')
      }
    })()
    const result = await runGrader(['toaster', '--solutions', '--extra-specs', dir])
    expect(result.code).toBe(2)
    expect(refusal(result.stderr)).toEqual([`${dir}/rubric.json is not valid JSON: ${parseError}`])
  })

  it('with --batch too: no student is graded', async () => {
    const out = join(scratch, 'batch-grades')
    const dir = join(BROKEN, 'value-import-node')
    const students = join(scratch, 'class')
    await cp(join(kitRoot, 'solutions/toaster'), join(students, 'alice/toaster'), { recursive: true })
    const result = await runGrader(['toaster', '--batch', students, '--out', out, '--extra-specs', dir])
    expect(result.code).toBe(2)
    expect(refusal(result.stderr)).toEqual(causes['value-import-node']!(dir))
    await expect(readFile(join(out, 'gradebook.csv'), 'utf8')).rejects.toThrow(/ENOENT/)
  })
})

describe('sound private checks load and grade', () => {
  it("a spec file may use vitest's hooks at its top level", async () => {
    const dir = join(scratch, 'hooks')
    await cp(VALID, dir, { recursive: true })
    const spec = await readFile(join(dir, 'twice.spec.ts'), 'utf8')
    await writeFile(
      join(dir, 'twice.spec.ts'),
      spec.replace("import { gradeExercise } from 'async-kit/specs'\n", "$&import { beforeAll } from 'vitest'\n\nbeforeAll(() => {})\n"),
    )
    const result = await runGrader(['toaster', '--solutions', '--extra-specs', dir])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Score: 13\/13/)
  })

  it("a spec file that fails only in the grading is the grading's setup, not the student's code", async () => {
    const dir = join(BROKEN, 'throws-in-grading')
    const json = join(scratch, 'throws-in-grading.json')
    const result = await runGrader(['toaster', '--solutions', '--extra-specs', dir, '--json', json])
    expect(result.code).toBe(0)
    const toaster = ReportSchema.parse(JSON.parse(await readFile(json, 'utf8'))).exercises[0]!
    expect(toaster.points).toBe(10)
    expect(toaster.checks.find((check) => check.id === 'private-twice')).toMatchObject({
      status: 'failed',
      message: `the private checks in ${dir}/twice.spec.ts failed to load: this spec cannot run in a grading (the grading's setup, not your code)`,
    })
  })
})
