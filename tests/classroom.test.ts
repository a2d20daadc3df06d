// What CI systems and gradebooks read: JSON, JUnit XML, Gradescope's results.json, and
// GitHub Actions' summary and annotations, each produced by a real grading.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GradescopeResultsSchema } from '../grader/report/gradescope.ts'
import { ReportSchema } from '../grader/report/schema.ts'
import { runGrader, type CommandResult } from './support/cli.ts'
import { kitRoot } from './support/grading.ts'
import { parseXml, type XmlElement } from './support/xml.ts'

const submission = join(kitRoot, 'tests/fixtures/prints-commands')
let scratch: string
let exported: CommandResult
let onGitHub: CommandResult
let summary: string

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kit-classroom-'))
  await writeFile(join(scratch, 'summary.md'), '')
  ;[exported, onGitHub] = await Promise.all([
    runGrader([
      'toaster',
      '--dir',
      submission,
      '--json',
      join(scratch, 'report.json'),
      '--junit',
      join(scratch, 'junit.xml'),
      '--gradescope',
      join(scratch, 'results.json'),
    ]),
    runGrader(['toaster', '--dir', submission], {
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'), GITHUB_WORKSPACE: join(kitRoot, 'tests/fixtures') },
    }),
  ])
  summary = await readFile(join(scratch, 'summary.md'), 'utf8')
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

const children = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name)

describe('exports', () => {
  it('the JSON report validates against the schema', async () => {
    expect(exported.code).toBe(0)
    const report = ReportSchema.parse(JSON.parse(await readFile(join(scratch, 'report.json'), 'utf8')))
    expect(report.score).toEqual({ points: 3, max: 10 })
  })

  it('JUnit: well-formed XML, a testcase per check, a failure with the feedback for each failed one', async () => {
    const root = parseXml(await readFile(join(scratch, 'junit.xml'), 'utf8'))
    expect(root.name).toBe('testsuites')
    expect(root.attributes).toMatchObject({ tests: '7', failures: '5' })
    const [suite] = children(root, 'testsuite')
    expect(suite!.attributes).toMatchObject({ name: 'toaster', tests: '7', failures: '5' })
    const cases = children(suite!, 'testcase')
    expect(cases).toHaveLength(7)
    const failed = cases.filter((testcase) => children(testcase, 'failure').length > 0)
    expect(failed.map((testcase) => testcase.attributes.name)).toContain('breakfastConcurrent starts the toast and the coffee at t=0 (2 pts)')
    const failure = children(failed.find((testcase) => /starts the toast/.test(testcase.attributes.name!))!, 'failure')[0]!
    expect(failure.attributes.message).toBe('the coffee started at t=2000, not at t=0')
    expect(failure.text).toMatch(/mistake: you awaited the toast before starting the coffee/)
  })

  it('Gradescope: results.json with a test per check, scores summing to the total', async () => {
    const results = GradescopeResultsSchema.parse(JSON.parse(await readFile(join(scratch, 'results.json'), 'utf8')))
    expect(results.score).toBe(3)
    expect(results.tests).toHaveLength(7)
    expect(results.tests.reduce((sum, test) => sum + test.score, 0)).toBe(3)
    expect(results.tests.reduce((sum, test) => sum + test.max_score, 0)).toBe(10)
    expect(results.tests.find((test) => test.status === 'failed')!.output).toMatch(/Likely mistake: /)
  })
})

describe('GitHub Actions', () => {
  const lines = () => onGitHub.stdout.split('\n')

  it('fences the report, submission output included, between ::stop-commands:: and its token', () => {
    const [first] = lines()
    const token = first!.match(/^::stop-commands::(\S+)$/)?.[1]
    expect(token).toBeDefined()
    const end = lines().indexOf(`::${token}::`)
    expect(end).toBeGreaterThan(0)
    const fenced = lines().slice(1, end).join('\n')
    expect(fenced).toContain('::add-mask::everything')
    // Outside the fence, only the grader's own annotations.
    for (const line of lines()
      .slice(end + 1)
      .filter(Boolean))
      expect(line).toMatch(/^::error file=prints-commands\/toaster\/toaster\.ts,title=/)
  })

  it('annotates the student file once per failed check, escaped', () => {
    const errors = lines().filter((line) => line.startsWith('::error '))
    expect(errors).toHaveLength(5)
    expect(errors[0]).toMatch(
      /^::error file=prints-commands\/toaster\/toaster\.ts,title=toaster%3A breakfastConcurrent starts the toast and the coffee at t=0::the coffee started at t=2000, not at t=0%0ALikely mistake: you awaited the toast before starting the coffee/,
    )
  })

  it('appends a job summary with the score and a table per exercise', () => {
    expect(summary).toMatch(/^## Async kit: 3\/10$/m)
    expect(summary).toMatch(/^\| toaster \| 3\/10 \| partial \|$/m)
    expect(summary).toMatch(/breakfastConcurrent starts the toast and the coffee at t=0: ✗ the coffee started at t=2000, not at t=0 \| 0\/2 \|/)
  })
})
