// `npm run try`: the exercise's world, event by event, in virtual (or real) time.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { runKit } from './support/cli.ts'
import { kitRoot } from './support/grading.ts'

const TOASTER_RUN = [
  'toaster: main',
  '',
  '[t=0.000s]   toast started',
  '[t=2.000s]   toast done',
  '[t=2.000s]   coffee started',
  '[t=4.000s]   coffee done',
  '[t=4.000s]   print: Time: 4.00s',
  '[t=4.000s]   toast started',
  '[t=4.000s]   coffee started',
  '[t=6.000s]   toast done',
  '[t=6.000s]   coffee done',
  '[t=6.000s]   print: Time: 2.00s',
  '',
  '[t=6.000s]   finished',
  '',
]

it('prints each event of the solution with its virtual time', async () => {
  const result = await runKit('grader/try.ts', ['toaster', '--solutions', '--lang', 'en'])
  expect(result.code).toBe(0)
  expect(result.stdout.split('\n')).toEqual(TOASTER_RUN)
})

it('--dir takes a repository too (exercises/ one level down, as GitHub Classroom hands it out)', async () => {
  const repository = await mkdtemp(join(tmpdir(), 'kit-try-'))
  await mkdir(join(repository, 'exercises/toaster'), { recursive: true })
  await copyFile(join(kitRoot, 'solutions/toaster/toaster.ts'), join(repository, 'exercises/toaster/toaster.ts'))
  const result = await runKit('grader/try.ts', ['toaster', '--dir', repository, '--lang', 'en'])
  await rm(repository, { recursive: true, force: true })
  expect(result.stdout.split('\n')).toEqual(TOASTER_RUN)
})

it('--real paces the same events in real time', async () => {
  const started = performance.now()
  const result = await runKit('grader/try.ts', ['toaster', '--solutions', '--real', '--lang', 'en'])
  expect(result.stdout.split('\n')).toEqual([`${TOASTER_RUN[0]} (real time)`, ...TOASTER_RUN.slice(1)])
  // Paced: the run cannot end before its 6 virtual seconds have passed for real.
  expect(performance.now() - started).toBeGreaterThanOrEqual(6000)
})

it('on the stub, says what the code did', async () => {
  const result = await runKit('grader/try.ts', ['toaster', '--lang', 'en'])
  expect(result.stdout).toMatch(/not implemented yet: your code still throws the stub's error/)
})

it('refuses an unknown exercise', async () => {
  const result = await runKit('grader/try.ts', ['nonsense'])
  expect(result.code).toBe(2)
  expect(result.stderr).toMatch(/unknown exercise: nonsense/)
})

it('--scenario NAME runs that scenario instead of the demo', async () => {
  const result = await runKit('grader/try.ts', ['toaster', '--solutions', '--scenario', 'concurrent', '--lang', 'en'])
  expect(result.code).toBe(0)
  expect(result.stdout.split('\n')).toEqual([
    'toaster: concurrent',
    '',
    '[t=0.000s]   toast started',
    '[t=0.000s]   coffee started',
    '[t=2.000s]   toast done',
    '[t=2.000s]   coffee done',
    '',
    '[t=2.000s]   finished: ["golden toast", "hot coffee"]',
    '',
  ])
})

it('--scenarios, or --scenario without a name, lists the scenarios with the demo marked', async () => {
  const listing = ['sequential', 'concurrent', 'main (demo)', 'main-slow-kitchen', '']
  const listed = await runKit('grader/try.ts', ['toaster', '--scenarios', '--lang', 'en'])
  expect(listed.code).toBe(0)
  expect(listed.stdout.split('\n')).toEqual(listing)
  const bare = await runKit('grader/try.ts', ['toaster', '--lang', 'en', '--scenario'])
  expect(bare.code).toBe(0)
  expect(bare.stdout.split('\n')).toEqual(listing)
  const french = await runKit('grader/try.ts', ['toaster', '--scenarios', '--lang', 'fr'])
  expect(french.stdout).toMatch(/^main \(démo\)$/m)
})

it('refuses an unknown scenario and names the valid ones', async () => {
  const result = await runKit('grader/try.ts', ['toaster', '--solutions', '--scenario', 'nonsense', '--lang', 'en'])
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/unknown scenario: nonsense \(valid: sequential, concurrent, main, main-slow-kitchen\)/)
})
