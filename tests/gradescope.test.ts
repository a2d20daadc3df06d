// Gradescope's autograder, as Gradescope runs it: `npm run gradescope` builds the zip; it
// is unzipped with unzip(1) into a folder standing for /autograder (source/ holds the
// zip, submission/ what a student handed in), and its run_autograder and setup.sh run for
// real with bash, AUTOGRADER_ROOT pointing there. results.json is checked against
// Gradescope's specification (GradescopeResultsSchema) with a strict UTF-8 decoder.
import { execFile } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findExercise } from '../grader/catalog.ts'
import { GradescopeResultsSchema, type GradescopeResults } from '../grader/report/gradescope.ts'
import { runKit, type CommandResult } from './support/cli.ts'
import { documentedArgs } from './support/docs.ts'
import { ONE_WRONG_EACH, kitRoot } from './support/grading.ts'
import { linkNodeModules } from './support/kit-copy.ts'

const run = promisify(execFile)
let scratch: string
let zip: string
let built: CommandResult
let entries: string[]

/** unzip(1), as a teacher or Gradescope would unpack the zip. */
async function unzip(into: string): Promise<void> {
  await mkdir(into, { recursive: true })
  await run('unzip', ['-q', '-o', zip, '-d', into])
}

/** Runs a script of the zip with bash, as root would on Gradescope, in a folder standing for /autograder. */
async function bash(script: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('bash', [script], { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** A fresh /autograder: the zip unzipped into source/ (setup.sh's npm ci stood for by a link), `files` in submission/. */
async function autograder(name: string, files: Record<string, string>): Promise<string> {
  const root = join(scratch, name)
  await unzip(join(root, 'source'))
  linkNodeModules(join(root, 'source/kit'))
  await mkdir(join(root, 'submission'), { recursive: true })
  for (const [path, source] of Object.entries(files)) await cp(source, join(root, 'submission', path), { recursive: true })
  return root
}

async function grade(root: string): Promise<{ code: number; results: GradescopeResults }> {
  const { code } = await bash(join(root, 'source/run_autograder'), { AUTOGRADER_ROOT: root })
  const bytes = await readFile(join(root, 'results/results.json'))
  return { code, results: GradescopeResultsSchema.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))) }
}

const wrong = (id: string) => join(kitRoot, 'tests/submissions', ONE_WRONG_EACH[id]!)
const fileOf = (id: string) => findExercise(id)!.file
const privateChecks = join(kitRoot, 'tests/fixtures/extra-specs')

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kit-gradescope-'))
  zip = join(scratch, 'autograder.zip')
  // docs/classroom.md's command: npm run gradescope -- autograder.zip toaster weather-timeout ...
  const args = documentedArgs('npm run gradescope -- autograder.zip toaster', { 'autograder.zip': zip, private: privateChecks })
  expect(args).toEqual([zip, 'toaster', 'weather-timeout', '--visibility', 'after_published', '--lang', 'fr', '--extra-specs', privateChecks])
  built = await runKit('scripts/gradescope.ts', args)
  entries = (await run('zipinfo', ['-1', zip])).stdout.trim().split('\n')
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('npm run gradescope -- OUT.zip', () => {
  it('writes setup.sh and run_autograder at the root of the zip, executable', async () => {
    expect(built.code, built.stderr).toBe(0)
    expect(built.stdout).toContain(zip)
    expect(entries).toEqual(expect.arrayContaining(['setup.sh', 'run_autograder', 'kit/package.json', 'kit/package-lock.json', 'kit/grader/cli.ts']))
    const unzipped = join(scratch, 'unzipped')
    await unzip(unzipped)
    for (const script of ['setup.sh', 'run_autograder']) expect(statSync(join(unzipped, script)).mode & 0o777, script).toBe(0o755)
    expect(statSync(join(unzipped, 'kit/grader/cli.ts')).mode & 0o777).toBe(0o644)
  })

  it('holds the grader and the private checks, and none of the solutions, the tests or the statements', () => {
    for (const entry of entries)
      expect(entry, entry).toMatch(/^(setup\.sh|run_autograder|kit\/(grader|runtime|private)\/.+|kit\/(package\.json|package-lock\.json|tsconfig\.json))$/)
    expect(entries.some((entry) => /(^|\/)(solutions|tests|exercises|node_modules)\//.test(entry))).toBe(false)
    expect(entries).toEqual(expect.arrayContaining(['kit/private/rubric.json', 'kit/private/twice.spec.ts']))
  })

  it("keeps only the grade script in the kit's package.json", async () => {
    const unzipped = join(scratch, 'unzipped')
    const pkg = JSON.parse(await readFile(join(unzipped, 'kit/package.json'), 'utf8'))
    expect(pkg.scripts).toEqual({ grade: 'node grader/launch.mjs grader/cli.ts' })
    expect(pkg.dependencies).toEqual(JSON.parse(await readFile(join(kitRoot, 'package.json'), 'utf8')).dependencies)
  })

  it('refuses what it cannot build, naming it', async () => {
    const [noZip, visibility, node, rubric] = await Promise.all([
      runKit('scripts/gradescope.ts', ['autograder']),
      runKit('scripts/gradescope.ts', [join(scratch, 'x.zip'), '--visibility', 'soon']),
      runKit('scripts/gradescope.ts', [join(scratch, 'x.zip'), '--node-version', '18.20.0']),
      runKit('scripts/gradescope.ts', [join(scratch, 'x.zip'), '--extra-specs', scratch]),
    ])
    expect([noZip.code, visibility.code, node.code, rubric.code]).toEqual([2, 2, 2, 2])
    expect(noZip.stderr).toMatch(/OUT\.zip/)
    expect(visibility.stderr).toMatch(/--visibility takes hidden, after_due_date, after_published, visible, not "soon"/)
    expect(node.stderr).toMatch(/from 20\.19\.0 on/)
    expect(rubric.stderr).toMatch(/rubric\.json not found/)
    expect(existsSync(join(scratch, 'x.zip'))).toBe(false)
  })
})

describe('run_autograder, in a simulated /autograder', () => {
  let repository: { code: number; results: GradescopeResults }
  let folders: { code: number; results: GradescopeResults }
  let files: { code: number; results: GradescopeResults }
  let nothing: { code: number; results: GradescopeResults }
  beforeAll(async () => {
    const [a, b, c, d] = await Promise.all([
      // A repository handed in: exercises/ one level down, in a folder of its own.
      autograder('repository', {
        [`async-kit/exercises/toaster/${fileOf('toaster')}`]: wrong('toaster'),
        [`async-kit/exercises/weather-timeout/${fileOf('weather-timeout')}`]: wrong('weather-timeout'),
        'async-kit/README.md': join(kitRoot, 'README.md'),
      }),
      // The exercise folders, flat.
      autograder('folders', { toaster: join(kitRoot, 'tests/fixtures/prints-commands/toaster') }),
      // The files alone, dropped at the root.
      autograder('files', { [fileOf('toaster')]: join(kitRoot, 'tests/fixtures/lone-surrogate/toaster/toaster.ts') }),
      autograder('nothing', { 'notes.txt': join(kitRoot, 'README.md') }),
    ])
    ;[repository, folders, files, nothing] = await Promise.all([grade(a), grade(b), grade(c), grade(d)])
  })

  it('grades a repository: a test per check, the private ones included, scores summing to the total', () => {
    expect(repository.code).toBe(0)
    const { results } = repository
    expect(results.visibility).toBe('after_published')
    expect(results.tests.some((test) => test.name === 'toaster: breakfastConcurrent can serve two breakfasts at once')).toBe(true)
    const names = results.tests.map((test) => test.name.split(':')[0])
    expect(new Set(names)).toEqual(new Set(['toaster', 'weather-timeout']))
    expect(results.score).toBe(results.tests.reduce((sum, test) => sum + test.score, 0))
    const max = results.tests.reduce((sum, test) => sum + test.max_score, 0)
    expect(results.score).toBeGreaterThan(0)
    expect(results.score).toBeLessThan(max)
    expect(results.tests.filter((test) => test.name.startsWith('weather-timeout: ')).some((test) => test.status === 'passed')).toBe(true)
  })

  it('grades exercise folders at the root; an exercise not handed in scores 0 and says so (in French, as built)', () => {
    const { results } = folders
    const toaster = results.tests.filter((test) => test.name.startsWith('toaster: '))
    expect(toaster.reduce((sum, test) => sum + test.score, 0)).toBe(3)
    for (const test of results.tests.filter((one) => one.name.startsWith('weather-timeout: '))) {
      expect(test).toMatchObject({ score: 0, status: 'failed' })
      expect(test.output).toMatch(/weather-timeout\/weather\.ts introuvable/)
    }
  })

  it('grades files handed in alone, and the results parse strictly whatever the code printed', () => {
    const { results } = files
    const rejected = results.tests.find((test) => test.output.includes('burnt'))!
    expect(rejected.output).toContain('burnt \ufffd toast \ufffd end')
  })

  it('with no exercise file, writes results.json all the same, saying what was expected', () => {
    expect(nothing.code).toBe(0)
    expect(nothing.results).toMatchObject({ score: 0, tests: [] })
    expect(nothing.results.output).toMatch(/No exercise file was found in your submission/)
    expect(nothing.results.output).toContain('toaster/toaster.ts')
  })
})

describe('setup.sh', () => {
  /**
   * A Node.js "release" served from a folder (curl reads file:// as it reads https://):
   * a tarball whose node prints its version and whose npm writes down how it was called.
   */
  async function release(version: string): Promise<{ dist: string; log: string }> {
    const dir = join(scratch, `release-${version}`)
    const name = `node-v${version}-linux-${process.arch === 'arm64' ? 'arm64' : 'x64'}`
    const bin = join(dir, 'build', name, 'bin')
    await mkdir(bin, { recursive: true })
    await writeFile(join(bin, 'node'), `#!/bin/sh\n[ "$1" = --version ] && echo v${version}\nexit 0\n`)
    await writeFile(join(bin, 'npm'), `#!/bin/sh\n[ "$1" = --version ] && { echo 10.9.0; exit 0; }\necho "npm $* in $(pwd)" >> "${join(dir, 'npm.log')}"\n`)
    await Promise.all(['node', 'npm'].map((tool) => chmod(join(bin, tool), 0o755)))
    const dist = join(dir, 'dist', `v${version}`)
    await mkdir(dist, { recursive: true })
    await run('tar', ['-cJf', join(dist, `${name}.tar.xz`), '-C', join(dir, 'build'), name])
    const { stdout } = await run('sha256sum', [`${name}.tar.xz`], { cwd: dist })
    await writeFile(join(dist, 'SHASUMS256.txt'), `${'0'.repeat(64)}  node-v${version}-darwin-x64.tar.gz\n${stdout}`)
    return { dist: join(dir, 'dist'), log: join(dir, 'npm.log') }
  }

  async function setup(root: string, version: string, dist: string) {
    await unzip(join(root, 'source'))
    return bash(join(root, 'source/setup.sh'), {
      AUTOGRADER_ROOT: root,
      NODE_VERSION: version,
      NODE_DIST: `file://${dist}`,
      NODE_PREFIX: join(root, 'node'),
    })
  }

  it('installs Node.js from the release tarball, checked against SHASUMS256.txt, then the grader with npm ci', async () => {
    const { dist, log } = await release('20.99.0')
    const root = join(scratch, 'setup')
    const result = await setup(root, '20.99.0', dist)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/: OK$/m)
    expect(result.stdout).toContain('Node.js v20.99.0, npm 10.9.0')
    expect(await readdir(join(root, 'node/bin'))).toEqual(['node', 'npm'])
    expect((await readFile(log, 'utf8')).split('\n')).toEqual([
      `npm ci --omit=dev --no-audit --no-fund in ${join(root, 'source/kit')}`,
      `npm run grade -- --help in ${join(root, 'source/kit')}`,
      '',
    ])
  })

  it('refuses a tarball whose checksum does not match, and installs nothing', async () => {
    const { dist, log } = await release('20.98.0')
    const tarball = join(dist, 'v20.98.0', (await readdir(join(dist, 'v20.98.0'))).find((file) => file.endsWith('.tar.xz'))!)
    await writeFile(tarball, Buffer.concat([await readFile(tarball), Buffer.from('tampered')]))
    const root = join(scratch, 'setup-tampered')
    const result = await setup(root, '20.98.0', dist)
    expect(result.code).not.toBe(0)
    expect(result.stdout + result.stderr).toMatch(/FAILED/)
    expect(existsSync(join(root, 'node/bin/node'))).toBe(false)
    expect(existsSync(log)).toBe(false)
  })

  it('installs the Node.js the zip was built with by default, and keeps it when the image has it', async () => {
    const unzipped = join(scratch, 'unzipped')
    expect(await readFile(join(unzipped, 'setup.sh'), 'utf8')).toContain(`node_version="\${NODE_VERSION:-${process.versions.node}}"`)
    // This machine's node is that version: nothing is downloaded (there is no release to
    // download from), and npm, stood for by a script, is called as before.
    const fake = join(scratch, 'fake-npm')
    await mkdir(fake, { recursive: true })
    await writeFile(join(fake, 'npm'), `#!/bin/sh\n[ "$1" = --version ] && { echo 10.9.0; exit 0; }\necho "npm $*" >> "${join(fake, 'npm.log')}"\n`)
    await chmod(join(fake, 'npm'), 0o755)
    const root = join(scratch, 'setup-same')
    await unzip(join(root, 'source'))
    const result = await bash(join(root, 'source/setup.sh'), {
      AUTOGRADER_ROOT: root,
      NODE_DIST: `file://${join(scratch, 'no-such-dist')}`,
      NODE_PREFIX: join(root, 'node'),
      PATH: `${fake}:${process.env.PATH}`,
    })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain(`Node.js v${process.versions.node}, npm 10.9.0`)
    expect(existsSync(join(root, 'node'))).toBe(false)
    expect(await readFile(join(fake, 'npm.log'), 'utf8')).toBe('npm ci --omit=dev --no-audit --no-fund\nnpm run grade -- --help\n')
  })
})
