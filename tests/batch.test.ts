// Batch grading: a folder of students, some broken or hostile, graded in one run into
// a JSON report each and a gradebook with the right totals.
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ReportSchema } from '../grader/report/schema.ts'
import { runGrader, type CommandResult } from './support/cli.ts'
import { kitRoot } from './support/grading.ts'

let scratch: string
let result: CommandResult

async function student(name: string, toaster?: string): Promise<void> {
  await mkdir(join(scratch, 'submissions', name, 'toaster'), { recursive: true })
  if (toaster) await cp(join(kitRoot, toaster), join(scratch, 'submissions', name, 'toaster/toaster.ts'))
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kit-batch-'))
  await student('alice', 'solutions/toaster/toaster.ts')
  await student('bob', 'exercises/toaster/toaster.ts')
  await student('carol, jr', 'tests/submissions/toaster/concurrent-awaits-each.ts')
  await student('dave', 'tests/submissions/broken/infinite-loop-at-import.ts')
  await student('erin', 'tests/submissions/broken/exit-at-import.ts')
  await student('frank')
  result = await runGrader(['toaster', '--batch', join(scratch, 'submissions'), '--out', join(scratch, 'grades')])
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

it('writes a gradebook with every student and the right totals', async () => {
  expect(result.code).toBe(0)
  expect(await readFile(join(scratch, 'grades/gradebook.csv'), 'utf8')).toBe(
    ['student,toaster,total,max', 'alice,10,10,10', 'bob,0,0,10', '"carol, jr",3,3,10', 'dave,0,0,10', 'erin,0,0,10', 'frank,0,0,10', ''].join('\n'),
  )
})

it('writes a valid JSON report per student, saying what went wrong', async () => {
  const report = async (name: string) => ReportSchema.parse(JSON.parse(await readFile(join(scratch, 'grades', `${name}.json`), 'utf8')))
  expect((await report('alice')).exercises[0]!.status).toBe('passed')
  expect((await report('dave')).exercises[0]!.message).toMatch(/blocked while loading/)
  expect((await report('erin')).exercises[0]!.message).toMatch(/ReferenceError: process is not allowed in exercise code/)
  expect((await report('frank')).exercises[0]).toMatchObject({ status: 'missing' })
})

it('prints one line per student', () => {
  expect(result.stdout).toMatch(/^alice\s+10\/10 \(100%\)$/m)
  expect(result.stdout).toMatch(/^dave\s+0\/10 \(0%\) {2}error in toaster$/m)
  expect(result.stdout).toMatch(/6 submissions graded/)
})

it('refuses single-submission flags with --batch', async () => {
  const refused = await runGrader(['--batch', join(scratch, 'submissions'), '--out', join(scratch, 'x'), '--json', 'x.json'])
  expect(refused.code).toBe(2)
  expect(refused.stderr).toMatch(/--json grades one submission/)
})
