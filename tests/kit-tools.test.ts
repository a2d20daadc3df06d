// The teacher's and author's tools, run on throwaway copies of the kit: the tamper
// report, the students' handout, the exercise scaffold and private checks.
import { execFile, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkIntegrity, seal } from '../grader/integrity.ts'
import { runGrader, runKit } from './support/cli.ts'
import { installGraderPackage } from './support/grader-package.ts'
import { kitRoot, testLimits } from './support/grading.ts'
import { copyKit } from './support/kit-copy.ts'
import { parse as parseYaml } from 'yaml'

const scratches: string[] = []
afterAll(async () => {
  await Promise.all(scratches.map((dir) => rm(dir, { recursive: true, force: true })))
})
function scratch(dir: string): string {
  scratches.push(dir)
  return dir
}

describe('tamper report', () => {
  it('a freshly sealed copy of the kit matches its manifest', () => {
    const kit = scratch(copyKit())
    seal(kit)
    expect(checkIntegrity(kit)).toEqual({ sealed: true, modified: [], added: [], removed: [] })
  })

  it('a spec edited in a sealed copy of the kit shows in the report', async () => {
    const kit = scratch(copyKit())
    seal(kit)
    await appendFile(join(kit, 'grader/specs/toaster/toaster.spec.ts'), '\n// made easier\n')
    await writeFile(join(kit, 'grader/specs/toaster/extra.ts'), 'export {}\n')
    const json = join(kit, 'report.json')
    const result = await runGrader(['toaster', '--solutions', '--json', json], { root: kit })
    expect(result.stdout).toMatch(/The grading kit differs from its sealed manifest/)
    expect(result.stdout).toMatch(/grader\/specs\/toaster\/toaster\.spec\.ts modified/)
    expect(JSON.parse(await readFile(json, 'utf8')).integrity).toEqual({
      sealed: true,
      modified: ['grader/specs/toaster/toaster.spec.ts'],
      added: ['grader/specs/toaster/extra.ts'],
      removed: [],
    })
  })
})

describe('grader/launch.mjs (npm run grade and hint as bundled JavaScript)', () => {
  it("runs the kit's own sources: a changed source is bundled again, and each copy of the kit has its own bundle", async () => {
    const kit = scratch(copyKit())
    const help = () => runKit('grader/cli.ts', ['--help'], { root: kit })
    expect((await help()).stdout).toMatch(/^Usage: npm run grade/m)
    const cli = join(kit, 'grader/cli.ts')
    await writeFile(cli, (await readFile(cli, 'utf8')).replace('Usage: npm run grade', 'Usage (edited): npm run grade'))
    expect((await help()).stdout).toMatch(/^Usage \(edited\): npm run grade/m)
    // The kit this copy links node_modules from still runs its own, unedited.
    expect((await runKit('grader/cli.ts', ['--help'])).stdout).toMatch(/^Usage: npm run grade/m)
    // Paths relative to each source hold in the bundle: the copy grades its own solutions.
    const graded = await runGrader(['toaster', '--solutions'], { root: kit })
    expect(graded.stdout).toContain(`Grading ${join(kit, 'solutions')}`)
  })
})

describe('handout', () => {
  let out: string
  let students: string
  let grader: string
  beforeAll(async () => {
    out = join(scratch(await mkdtemp(join(tmpdir(), 'kit-handout-'))), 'class')
    const result = await runKit('scripts/handout.ts', [out, '--grader-repo', 'teacher/async-grader', '--grader-ref', 'v1.2.3'])
    expect(result.code, result.stderr).toBe(0)
    students = join(out, 'students')
    grader = join(out, 'grader')
  })

  it("the students' repository is small: their exercises, statements and hints, READMEs, package.json, tsconfig and the workflow", async () => {
    const top = (await readdir(students)).sort()
    expect(top).toEqual(['.github', '.gitignore', 'README.fr.md', 'README.md', 'exercises', 'package.json', 'tsconfig.json'])
    for (const path of ['exercises/toaster/toaster.ts', 'exercises/toaster/README.fr.md', 'exercises/toaster/HINTS.md'])
      expect(existsSync(join(students, path)), path).toBe(true)
    const readme = await readFile(join(students, 'README.md'), 'utf8')
    expect(readme).not.toMatch(/npm test|solutions\/|npm run check/)
    expect(readme).toContain('`toaster`, `semaphore-crawler`')
  })

  it('pins the grader as a dependency, and its scripts run the grader package', async () => {
    const pkg = JSON.parse(await readFile(join(students, 'package.json'), 'utf8'))
    expect(pkg.dependencies).toEqual({ 'async-ts-kit': 'github:teacher/async-grader#v1.2.3' })
    expect(pkg.scripts).toEqual({ grade: 'async-kit grade', hint: 'async-kit hint', try: 'async-kit try', typecheck: 'tsc --noEmit' })
    expect(pkg.imports).toEqual({ '#runtime': 'async-ts-kit/runtime' })
  })

  it('the grader repository is the grader package: no solutions, no tests, no authoring scripts, sealed', async () => {
    expect((await readdir(grader)).sort()).toEqual(['README.fr.md', 'README.md', 'exercises', 'grader', 'package.json', 'runtime', 'tsconfig.json'])
    expect(existsSync(join(grader, 'grader/integrity.json'))).toBe(true)
    expect(checkIntegrity(grader)).toEqual({ sealed: true, modified: [], added: [], removed: [] })
  })

  it('ships a valid workflow that grades the repository with the pinned grader package, never its own copy', async () => {
    const workflow = parseYaml(await readFile(join(students, '.github/workflows/grade.yml'), 'utf8')) as any
    const steps: any[] = workflow.jobs.grade.steps
    expect(steps.find((step) => step.with?.path === 'student')).toBeDefined()
    const runs = steps.filter((step) => step.run).map((step) => step.run as string)
    expect(runs).toContain('npm install --prefix grader --no-save --no-audit --no-fund "github:teacher/async-grader#v1.2.3"')
    expect(runs.find((run) => run.includes(' grade --dir student '))).toMatch(/^node grader\/node_modules\/async-ts-kit\/grader\/bin\.mjs grade /)
  })

  it('with --classroom, writes the GitHub Classroom workflow instead', async () => {
    const classroom = join(scratch(await mkdtemp(join(tmpdir(), 'kit-handout-'))), 'class')
    expect((await runKit('scripts/handout.ts', [classroom, '--grader-repo', 'teacher/async-grader', '--classroom'])).code).toBe(0)
    expect(await readdir(join(classroom, 'students/.github/workflows'))).toEqual(['classroom.yml'])
  })

  it("works as a student's clone does, with the grader package installed: the stubs score 0, hints and the sealed grader", async () => {
    const asKit = installGraderPackage(students, grader)
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [asKit, ...args], { cwd: students, encoding: 'utf8' })
    const graded = await run('grade', 'toaster', '--watchdog-ms', String(testLimits.watchdogMs))
    expect(graded.stdout).toContain(`Grading ${join(students, 'exercises')}`)
    expect(graded.stdout).toMatch(/Score: 0\/10/)
    expect(graded.stdout).not.toMatch(/differs from its sealed manifest/)
    expect((await run('hint', 'toaster')).stdout).toMatch(/^Hint 1 of \d/)
  })

  it('refuses a folder that is not empty', async () => {
    const result = await runKit('scripts/handout.ts', [out])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/is not empty/)
  })
})

describe('new-exercise', () => {
  it('scaffolds an exercise that works at once (stub 0, solution full), and npm run check names only what is left to write', async () => {
    const kit = scratch(copyKit())
    const created = await runKit('scripts/new-exercise.ts', ['retry-backoff'], { root: kit })
    expect(created.code).toBe(0)
    for (const path of [
      'exercises/retry-backoff/retry-backoff.ts',
      'exercises/retry-backoff/README.fr.md',
      'solutions/retry-backoff/retry-backoff.ts',
      'grader/specs/retry-backoff/retry-backoff.spec.ts',
      'grader/specs/retry-backoff/scenarios.jail.ts',
      'grader/specs/retry-backoff/texts.ts',
    ]) {
      expect(existsSync(join(kit, path)), path).toBe(true)
    }
    const [solution, stub] = await Promise.all([runGrader(['retry-backoff', '--solutions'], { root: kit }), runGrader(['retry-backoff'], { root: kit })])
    expect(solution.stdout).toMatch(/Score: 1\/1 \(100%\)/)
    expect(stub.stdout).toMatch(/not implemented yet: doubleLater/)
    expect(stub.stdout).toMatch(/Score: 0\/1/)
    // npm run check names only what the author must still write.
    const check = await runKit('scripts/check.ts', ['retry-backoff'], { root: kit })
    expect(check.code).toBe(1)
    expect(check.stdout.split('\n').filter((line) => line.startsWith('    - '))).toEqual([
      '    - exercises/retry-backoff/README.md still says TODO(author): write it',
      '    - exercises/retry-backoff/README.fr.md still says TODO(author): write it',
      '    - exercises/retry-backoff/HINTS.md still says TODO(author): write it',
      '    - exercises/retry-backoff/HINTS.fr.md still says TODO(author): write it',
      '    - README.md does not list retry-backoff: add its row to the table of exercises, with what it teaches',
      '    - README.fr.md does not list retry-backoff: add its row to the table of exercises, with what it teaches',
    ])
    // What it wrote passes the kit's own lint and format.
    const biome = spawnSync(
      join(kitRoot, 'node_modules/.bin/biome'),
      ['check', 'grader/catalog.ts', 'grader/specs/retry-backoff', 'tests/retry-backoff.test.ts', 'tests/submissions/retry-backoff'],
      { cwd: kit, encoding: 'utf8' },
    )
    expect(biome.status, biome.stdout + biome.stderr).toBe(0)
    expect(check.stdout).toMatch(
      /✗ retry-backoff: the stub scores 0, the solution scores full, 1 do-nothing submissions score 0, each of the 1 checks is failed by one of 1 wrong solutions/,
    )
  })

  // Both are refused before anything is written: safe to try on the kit itself.
  it.each([
    ['Bad_Id', /is not a valid id/],
    ['toaster', /already exists/],
  ])('refuses %s', async (id, message) => {
    const result = await runKit('scripts/new-exercise.ts', [id])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})

describe('--extra-specs', () => {
  const extra = join(kitRoot, 'tests/fixtures/extra-specs')

  it('adds the private checks and their points to the grading', async () => {
    const result = await runGrader(['toaster', '--solutions', '--extra-specs', extra])
    expect(result.stdout).toMatch(/✓ breakfastConcurrent can serve two breakfasts at once {2}3\/3/)
    expect(result.stdout).toMatch(/Score: 13\/13/)
  })

  it("a wrong submission loses them with the private check's message", async () => {
    const result = await runGrader(['toaster', '--dir', join(kitRoot, 'tests/fixtures/prints-commands'), '--extra-specs', extra])
    expect(result.stdout).toMatch(/two breakfasts at once were ready at t=4000, not t=2000/)
    expect(result.stdout).toMatch(/Score: 3\/13/)
  })

  it('refuses a rubric that reuses a catalog check id', async () => {
    const dir = scratch(await mkdtemp(join(tmpdir(), 'kit-extra-')))
    await writeFile(join(dir, 'rubric.json'), JSON.stringify({ toaster: [{ id: 'concurrent-start', title: 'again', points: 1 }] }))
    const result = await runGrader(['--extra-specs', dir])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/check toaster\/concurrent-start already exists in the catalog/)
  })
})
