// rubric.json of --extra-specs, read strictly: one typo there would otherwise cost every
// student the points of a check, with a message that blames their code. Every problem
// is named with where it is in the file, all at once.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { catalog, type CatalogCheck } from '../catalog.ts'
import { closest } from './closest.ts'

export type ExtraRubric = Record<string, CatalogCheck[]>

const CHECK_KEYS = ['id', 'title', 'points']
const EXERCISE_IDS = catalog.map((exercise) => exercise.id)

type Issue = { code: string; input?: unknown; keys?: string[] }
/** Zod's words for a value, replaced by ours: `what` says what the value must be. */
const expected =
  (what: string) =>
  (issue: Issue): string =>
    issue.input === undefined ? 'is missing' : `must be ${what}, not ${JSON.stringify(issue.input)}`

const unknownKeys =
  (known: readonly string[], hint: string) =>
  (issue: Issue): string | undefined =>
    issue.code === 'unrecognized_keys' ? issue.keys!.map((key) => `has an unknown key "${key}"${didYouMean(key, known)}: ${hint}`).join('; ') : undefined

const didYouMean = (word: string, known: readonly string[]) => {
  const match = closest(word, known)
  return match ? ` (did you mean "${match}"?)` : ''
}

const Text = z.union([z.string().min(1), z.strictObject({ en: z.string().min(1), fr: z.string().min(1) })], {
  error: expected('a title: a text, or { "en": "...", "fr": "..." }'),
})

const RubricCheck = z.strictObject(
  {
    id: z.string({ error: expected('a check id') }).regex(/^[a-z0-9-]+$/, { error: expected('a check id: lowercase letters, digits and dashes') }),
    title: Text.transform((title) => (typeof title === 'string' ? { en: title, fr: title } : title)),
    points: z
      .number({ error: expected('a whole number of points, at least 1') })
      .int({ error: expected('a whole number of points, at least 1') })
      .positive({ error: expected('a whole number of points, at least 1') }),
  },
  { error: (issue) => unknownKeys(CHECK_KEYS, 'a check has "id", "title" and "points"')(issue) ?? expected('a check: { "id", "title", "points" }')(issue) },
)

/** The checks of one exercise: ids of their own, none the catalog already has. */
function exerciseChecks(exerciseId: string) {
  const kit = new Set(catalog.find((exercise) => exercise.id === exerciseId)!.checks.map((check) => check.id))
  return z
    .array(RubricCheck, { error: expected('a list of checks: [{ "id", "title", "points" }]') })
    .min(1, { error: 'lists no check' })
    .superRefine((checks, context) => {
      const seen = new Set<string>()
      for (const [index, { id }] of checks.entries()) {
        if (kit.has(id))
          context.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `: check ${exerciseId}/${id} already exists in the catalog: give it an id of its own`,
          })
        else if (seen.has(id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `: check ${exerciseId}/${id} is listed twice` })
        seen.add(id)
      }
    })
    .optional()
}

const RubricSchema = z.strictObject(Object.fromEntries(EXERCISE_IDS.map((id) => [id, exerciseChecks(id)])), {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `"${key}" is not an exercise${didYouMean(key, EXERCISE_IDS)}: the exercises are ${EXERCISE_IDS.join(', ')}`).join('; ')
      : expected('an object: { "EXERCISE": [{ "id", "title", "points" }] }')(issue),
})

/** Where an issue lies, as one would point at it: `toaster[0].points`. */
function where(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('')
}

/** DIR/rubric.json, or an error naming the file and every problem in it. */
export function readRubric(dir: string): ExtraRubric {
  const file = join(dir, 'rubric.json')
  if (!existsSync(file)) throw new Error(`${file} not found: it lists the private checks and their points`)
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}`)
  }
  const parsed = RubricSchema.safeParse(data, { reportInput: true })
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const at = where(issue.path)
      // A message starting with ':' reads on from the place (`toaster[1].id: check ...`).
      return `${file}: ${at}${issue.message.startsWith(':') ? '' : at ? ' ' : ''}${issue.message}`
    })
    throw new Error(problems.join('\n'))
  }
  const rubric = Object.fromEntries(Object.entries(parsed.data).filter(([, checks]) => checks !== undefined)) as ExtraRubric
  if (Object.keys(rubric).length === 0) throw new Error(`${file} lists no private check`)
  return rubric
}
