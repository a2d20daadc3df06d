// `npm run hint`: one more hint each time, in English or French, remembered per exercise.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { catalog } from '../grader/catalog.ts'
import { MAX_HINTS, MIN_HINTS, parseHints } from '../grader/hint.ts'
import { runKit } from './support/cli.ts'
import { kitRoot } from './support/grading.ts'
import { copyKit } from './support/kit-copy.ts'

const kit = copyKit()
afterAll(() => rmSync(kit, { recursive: true, force: true }))
const hints = (id: string, file = 'HINTS.md') => parseHints(readFileSync(join(kitRoot, 'exercises', id, file), 'utf8'))

it.each(catalog.map((exercise) => exercise.id))(`%s has ${MIN_HINTS} to ${MAX_HINTS} progressive hints, as many in French as in English`, (id) => {
  expect(hints(id).length).toBeGreaterThanOrEqual(MIN_HINTS)
  expect(hints(id).length).toBeLessThanOrEqual(MAX_HINTS)
  expect(hints(id, 'HINTS.fr.md')).toHaveLength(hints(id).length)
})

it('shows the next hint at each call, remembers it per exercise, and speaks French on request', async () => {
  const english = hints('toaster')
  const french = hints('toaster', 'HINTS.fr.md')
  const first = await runKit('grader/hint.ts', ['toaster', '--lang', 'en'], { root: kit })
  expect(first.stdout).toBe(`Hint 1 of ${english.length}\n\n${english[0]}\n\n`)
  const second = await runKit('grader/hint.ts', ['toaster', '--lang', 'fr'], { root: kit })
  expect(second.stdout).toBe(`Indice 2 sur ${french.length}\n\n${french[1]}\n\n`)
  const other = await runKit('grader/hint.ts', ['fast-food', '--lang', 'en'], { root: kit })
  expect(other.stdout).toMatch(/^Hint 1 of /)
  const reset = await runKit('grader/hint.ts', ['toaster', '--reset', '--lang', 'en'], { root: kit })
  expect(reset.stdout).toMatch(/^Hint 1 of /)
})

it('says when the hints are used up', async () => {
  const count = hints('weather-timeout').length
  for (let i = 0; i < count; i++) await runKit('grader/hint.ts', ['weather-timeout', '--lang', 'en'], { root: kit })
  const after = await runKit('grader/hint.ts', ['weather-timeout', '--lang', 'en'], { root: kit })
  expect(after.stdout).toMatch(/That was the last hint/)
})

it('refuses an unknown exercise', async () => {
  const result = await runKit('grader/hint.ts', ['nonsense'], { root: kit })
  expect(result.code).toBe(2)
  expect(result.stderr).toMatch(/unknown exercise: nonsense/)
})
