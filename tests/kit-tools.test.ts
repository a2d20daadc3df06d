// The teacher's and author's tools, run on throwaway copies of the kit: the tamper
// report, the students' handout, the exercise scaffold and private checks.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkIntegrity, seal } from '../grader/integrity.ts'
import { runGrader, runKit } from './support/cli.ts'
import { kitRoot } from './support/grading.ts'
import { copyKit, linkNodeModules } from './support/kit-copy.ts'
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
  beforeAll(async () => {
    out = join(scratch(await mkdtemp(join(tmpdir(), 'kit-handout-'))), 'students')
    const result = await runKit('scripts/handout.ts', [out, '--kit-repo', 'teacher/async-kit', '--kit-ref', 'v1.2.3'])
    expect(result.code).toBe(0)
  })

  it('holds what students need and none of the solutions', () => {
    for (const path of ['exercises/toaster/toaster.ts', 'exercises/toaster/README.fr.md', 'grader/catalog.ts', 'runtime/index.ts', 'package-lock.json']) {
      expect(existsSync(join(out, path)), path).toBe(true)
    }
    for (const path of ['solutions', 'tests', 'scripts', '.ci']) expect(existsSync(join(out, path)), path).toBe(false)
  })

  it("keeps only the students' scripts", async () => {
    const pkg = JSON.parse(await readFile(join(out, 'package.json'), 'utf8'))
    expect(Object.keys(pkg.scripts)).toContain('grade')
    expect(Object.keys(pkg.scripts)).not.toContain('handout')
    expect(Object.keys(pkg.scripts)).not.toContain('test')
  })

  it('ships a valid workflow that grades exercises/ with the pinned, pristine grader', async () => {
    const workflow = parseYaml(await readFile(join(out, '.github/workflows/grade.yml'), 'utf8')) as any
    const steps: any[] = workflow.jobs.grade.steps
    const kitCheckout = steps.find((step) => step.with?.path === 'kit')
    expect(kitCheckout).toMatchObject({ uses: 'actions/checkout@v4', with: { repository: 'teacher/async-kit', ref: 'v1.2.3' } })
    expect(steps.find((step) => step.with?.path === 'student')).toBeDefined()
    const runs = steps.filter((step) => step.run).map((step) => ({ dir: step['working-directory'], run: step.run }))
    expect(runs).toContainEqual({ dir: 'kit', run: 'npm ci' })
    expect(runs.find((step) => step.run.startsWith('npm run grade -- --dir ../student '))).toMatchObject({ dir: 'kit' })
  })

  it('grades as is: the stubs score 0 and the handout is sealed', async () => {
    linkNodeModules(out)
    const result = await runGrader(['toaster'], { root: out })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Score: 0\/10/)
    expect(result.stdout).not.toMatch(/differs from its sealed manifest/)
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
