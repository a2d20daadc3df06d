// The grader's command line, run as a student or a CI job would run it.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema, type Report } from '../grader/report/schema.ts'
import { runGrader } from './support/cli.ts'
import { kitRoot } from './support/grading.ts'

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kit-cli-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('usage errors exit with 2 and say why', () => {
  it.each([
    [['nonsense'], /unknown exercise: nonsense/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--fail-under', 'lots'], /--fail-under takes a number from 0 to 100/],
    [['--solutions', '--dir', '.'], /--solutions and --dir cannot be used together/],
    [['--dir', '/no/such/folder'], /not a folder: \/no\/such\/folder/],
    [['--watch', '--json', 'x.json'], /--json writes one report: it does not go with --watch/],
    [['--lang', 'de'], /--lang takes en or fr, not "de"/],
  ])('%j', async (args, message) => {
    const result = await runGrader(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toMatch(/Usage: npm run grade/)
  })

  it('--help prints the usage and exits with 0', async () => {
    const result = await runGrader(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/--fail-under PCT/)
  })
})

describe('grading', () => {
  it('grades solutions/, writes a JSON report valid against the schema, exit 0', async () => {
    const json = join(scratch, 'nested/report.json')
    const result = await runGrader(['toaster', '--solutions', '--json', json, '--fail-under', '100'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Score: 10\/10 \(100%\)/)
    // One exercise at full marks: the report names the next one of the catalog.
    expect(result.stdout).toMatch(/^Next: semaphore-crawler, statement: exercises\/semaphore-crawler\/README\.md$/m)
    const report: Report = ReportSchema.parse(JSON.parse(await readFile(json, 'utf8')))
    expect(report.schemaVersion).toBe(1)
    expect(report.score).toEqual({ points: 10, max: 10 })
    expect(report.exercises.map((exercise) => [exercise.id, exercise.status])).toEqual([['toaster', 'passed']])
  })

  it('scores the bonus apart: never in the max, never against --fail-under', async () => {
    // The core exercises solved, the bonus (event-loop) still the stub.
    const dir = join(scratch, 'core-only')
    await cp(join(kitRoot, 'solutions/toaster'), join(dir, 'toaster'), { recursive: true })
    await cp(join(kitRoot, 'exercises/event-loop'), join(dir, 'event-loop'), { recursive: true })
    const json = join(scratch, 'core-only.json')
    const result = await runGrader(['toaster', 'event-loop', '--dir', dir, '--json', json, '--fail-under', '100'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Score: 10\/10 \(100%\)$/m)
    expect(result.stdout).toMatch(/^Bonus \(beside the score\): 0\/17$/m)
    const report = ReportSchema.parse(JSON.parse(await readFile(json, 'utf8')))
    expect(report.score).toEqual({ points: 10, max: 10 })
    expect(report.bonus).toEqual({ points: 0, max: 17 })
  })

  it('grading only a bonus states no core score, only the bonus', async () => {
    const result = await runGrader(['concepts'])
    expect(result.code).toBe(0)
    expect(result.stdout).not.toMatch(/^Score/m)
    expect(result.stdout).toMatch(/^Bonus \(beside the score\): 0\/10$/m)
  })

  it('grades the stubs: 0 points, "not implemented yet", exit 1 under --fail-under, no color when piped', async () => {
    const result = await runGrader(['toaster', '--fail-under', '50'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/toaster .* 0\/10/)
    expect(result.stdout.match(/not implemented yet/g)).toHaveLength(7)
    expect(result.stdout).not.toMatch(/\u001b\[/)
  })

  it('FORCE_COLOR colors, NO_COLOR wins over it', async () => {
    const [forced, refused] = await Promise.all([
      runGrader(['toaster', '--solutions'], { env: { FORCE_COLOR: '1' } }),
      runGrader(['toaster', '--solutions'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
    ])
    expect(forced.stdout).toMatch(/\u001b\[/)
    expect(refused.stdout).not.toMatch(/\u001b\[/)
  })

  it('--dir grades a copy of solutions/ outside the kit; missing exercises score 0 and say so', async () => {
    const copy = join(scratch, 'student')
    await cp(join(kitRoot, 'solutions/toaster'), join(copy, 'toaster'), { recursive: true })
    const json = join(scratch, 'dir.json')
    const result = await runGrader(['--dir', copy, '--json', json])
    expect(result.code).toBe(0)
    const report = ReportSchema.parse(JSON.parse(await readFile(json, 'utf8')))
    const toaster = report.exercises.find((exercise) => exercise.id === 'toaster')!
    expect(toaster).toMatchObject({ status: 'passed', points: 10, file: join(copy, 'toaster/toaster.ts') })
    for (const other of report.exercises.filter((exercise) => exercise.id !== 'toaster')) {
      expect(other).toMatchObject({ status: 'missing', points: 0 })
      expect(other.message).toMatch(/not found: nothing to grade/)
    }
    expect(report.score.points).toBe(10)
  })
})
