// Where a submission's exercises are: laid out like exercises/ (toaster/toaster.ts at its
// root) or a repository as GitHub Classroom hands it out (exercises/toaster/toaster.ts).
// Both are graded; anything else is refused (--dir) or reported in that student's report
// (--batch), naming what was expected. Real CLI runs on throwaway folders.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReportSchema } from '../grader/report/schema.ts'
import { runGrader } from './support/cli.ts'
import { kitRoot } from './support/grading.ts'

const SOLUTION = join(kitRoot, 'solutions/toaster/toaster.ts')
const WRONG = join(kitRoot, 'tests/submissions/toaster/concurrent-awaits-each.ts')

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kit-layouts-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

/** A folder with the given files (relative path -> file of the kit to copy, or text). */
async function folder(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(scratch, name)
  for (const [path, source] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    if (source.startsWith(kitRoot)) await cp(source, join(dir, path))
    else await writeFile(join(dir, path), source)
  }
  await mkdir(dir, { recursive: true })
  return dir
}

const noFolder = (dir: string) =>
  `no exercise folder found in ${dir}: expected ${dir}/toaster/toaster.ts or ${dir}/exercises/toaster/toaster.ts (a folder per exercise: toaster)`

async function report(file: string) {
  return ReportSchema.parse(JSON.parse(await readFile(file, 'utf8')))
}

describe('--dir', () => {
  it('grades a folder laid out like exercises/', async () => {
    const dir = await folder('flat', { 'toaster/toaster.ts': SOLUTION })
    const json = join(scratch, 'flat.json')
    const result = await runGrader(['toaster', '--dir', dir, '--json', json])
    expect(result.code).toBe(0)
    expect((await report(json)).exercises[0]).toMatchObject({ status: 'passed', points: 10, file: join(dir, 'toaster/toaster.ts') })
  })

  it('grades a repository with exercises/ one level down, as GitHub Classroom hands it out', async () => {
    const dir = await folder('repository', {
      'README.md': '# My async exercises\n',
      'package.json': '{ "name": "async-kit-handout-alice", "private": true }\n',
      'exercises/toaster/toaster.ts': SOLUTION,
      'exercises/toaster/README.md': '# Toaster\n',
    })
    const json = join(scratch, 'repository.json')
    const result = await runGrader(['toaster', '--dir', dir, '--json', json])
    expect(result.code).toBe(0)
    const graded = await report(json)
    expect(graded.submission).toBe(dir)
    expect(graded.exercises[0]).toMatchObject({ status: 'passed', points: 10, file: join(dir, 'exercises/toaster/toaster.ts') })
  })

  it('refuses a folder with no exercise folder at either place, naming both (exit status 2)', async () => {
    const dir = await folder('nothing', { 'notes.txt': 'my toaster is in the other repository\n', 'toaster.ts': SOLUTION })
    const result = await runGrader(['toaster', '--dir', dir])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe(`error: ${noFolder(dir)}`)
    expect(result.stdout).toBe('')
  })

  it('keeps the folder handed in as the root: an exercises/ that links out of it is refused', async () => {
    const dir = await folder('linked', { 'README.md': '# not mine\n' })
    await symlink(join(kitRoot, 'solutions'), join(dir, 'exercises'))
    const json = join(scratch, 'linked.json')
    const result = await runGrader(['toaster', '--dir', dir, '--json', json])
    expect(result.code).toBe(0)
    const toaster = (await report(json)).exercises[0]!
    expect(toaster).toMatchObject({ points: 0, status: 'error' })
    expect(toaster.message).toMatch(/exercises\/toaster\/toaster\.ts is a symbolic link out of its folder/)
  })
})

describe('--batch', () => {
  let result: Awaited<ReturnType<typeof runGrader>>
  let batch: string
  const grades = () => join(scratch, 'grades')
  beforeAll(async () => {
    batch = join(scratch, 'submissions')
    await folder('submissions/alice', { 'toaster/toaster.ts': SOLUTION })
    await folder('submissions/bob', { 'README.md': '# bob\n', 'exercises/toaster/toaster.ts': SOLUTION })
    await folder('submissions/carol', { 'exercises/toaster/toaster.ts': WRONG })
    // Unzipped one folder too deep: neither layout.
    await folder('submissions/dave', { 'async-kit-handout-dave/exercises/toaster/toaster.ts': SOLUTION })
    result = await runGrader(['toaster', '--batch', batch, '--out', grades()])
  })

  it('grades each student in the layout they handed in; the broken one scores 0 and every other is graded', async () => {
    expect(result.code).toBe(0)
    expect(await readFile(join(grades(), 'gradebook.csv'), 'utf8')).toBe(
      ['student,toaster,total,max', 'alice,10,10,10', 'bob,10,10,10', 'carol,3,3,10', 'dave,0,0,10', ''].join('\n'),
    )
    expect((await report(join(grades(), 'bob.json'))).exercises[0]).toMatchObject({ file: join(batch, 'bob/exercises/toaster/toaster.ts') })
  })

  it("says in the broken student's report what was expected, and flags it in the summary", async () => {
    const dave = (await report(join(grades(), 'dave.json'))).exercises[0]!
    expect(dave).toMatchObject({ status: 'error', points: 0, message: noFolder(join(batch, 'dave')) })
    expect(dave.checks.every((check) => check.message === noFolder(join(batch, 'dave')))).toBe(true)
    expect(result.stdout).toMatch(/^dave\s+0\/10 \(0%\) {2}error in toaster$/m)
    expect(result.stdout).toMatch(/^bob\s+10\/10 \(100%\)$/m)
  })
})
