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

it('logs a line per student with the progress, the score and the time left, stderr being no terminal', () => {
  const lines = result.stderr.split('\n').filter((line) => /^\d+\/6 /.test(line))
  expect(lines).toHaveLength(6)
  // Students are logged as their grading ends, in no set order; the count goes up one by one.
  expect(lines.map((line) => line.split(' ')[0])).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6'])
  expect(lines).toContainEqual(expect.stringMatching(/^\d\/6 alice 10\/10( {2}about \d+(m \d+)?s left)?$/))
  expect(lines.slice(0, 5).every((line) => /about \d+(m \d+)?s left$/.test(line))).toBe(true)
  expect(lines[5]).toMatch(/^6\/6 [a-z]+ \d+\/10$/)
})

it('writes checks.csv: per check, who passed, who failed and the most frequent mistakes', async () => {
  const csv = await readFile(join(scratch, 'grades/checks.csv'), 'utf8')
  const [header, ...rows] = csv.trimEnd().split('\n')
  expect(header).toBe(
    'exercise,check,title,points,students,passed,failed,not handed in,"failed, no mistake diagnosed",mistake 1,mistake 1 students,mistake 1 in words,mistake 2,mistake 2 students,mistake 2 in words,mistake 3,mistake 3 students,mistake 3 in words',
  )
  expect(rows).toHaveLength(7)
  // alice passes, carol awaits the toast first, bob's stub, dave and erin fail to load, frank hands nothing in.
  const start = rows.find((row) => row.startsWith('toaster,concurrent-start,'))
  expect(start).toContain(',2,6,1,4,1,')
  expect(start).toContain('1 of 6: you awaited the toast before starting the coffee')
})

it('writes grade imports for Moodle and Canvas, and the class summary', async () => {
  const moodle = await readFile(join(scratch, 'grades/gradebook-moodle.csv'), 'utf8')
  expect(moodle.split('\n').slice(0, 4)).toEqual(['Username,toaster', 'alice,10', 'bob,0', '"carol, jr",3'])
  const canvas = await readFile(join(scratch, 'grades/gradebook-canvas.csv'), 'utf8')
  expect(canvas.split('\n').slice(0, 3)).toEqual(['Student,ID,SIS User ID,SIS Login ID,Section,toaster', 'Points Possible,,,,,10', 'alice,,,alice,,10'])
  const summary = await readFile(join(scratch, 'grades/summary.csv'), 'utf8')
  expect(summary.split('\n').slice(0, 3)).toEqual([
    'exercise,bonus,students,max,mean,median,full marks,some points,no points,error,not handed in',
    'toaster,no,6,10,2.17,0.00,1,1,1,2,1',
    'total,no,6,10,2.17,0.00,1,1,4,0,0',
  ])
})

it('refuses single-submission flags with --batch', async () => {
  const refused = await runGrader(['--batch', join(scratch, 'submissions'), '--out', join(scratch, 'x'), '--json', 'x.json'])
  expect(refused.code).toBe(2)
  expect(refused.stderr).toMatch(/--json grades one submission/)
})
