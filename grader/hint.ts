// `npm run hint -- ID [--all] [--reset] [--lang en|fr]`: shows the next hint of an
// exercise, one at a time, from exercises/ID/HINTS.md (HINTS.fr.md in French). What was
// shown is remembered in .hints-progress.json, so each call goes one hint further.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { catalog, findExercise } from './catalog.ts'
import { LANGS, isLang, langFromEnv, type Lang } from './language.ts'
import { projectRoot } from './layout.ts'

/** In the student's project: a students' repository keeps its own progress. */
const PROGRESS = join(projectRoot(), '.hints-progress.json')

const WORDS = {
  en: { hint: 'Hint', of: 'of', last: 'That was the last hint. `--all` shows them all, `--reset` starts again.', none: 'No hints for' },
  fr: { hint: 'Indice', of: 'sur', last: "C'était le dernier indice. `--all` les montre tous, `--reset` recommence.", none: "Pas d'indices pour" },
} satisfies Record<Lang, Record<string, string>>

/** How many hints an exercise gives: enough to lead to the idea, few enough to stay hints. */
export const MIN_HINTS = 3
export const MAX_HINTS = 5

/** The hints of a HINTS file: the text under each `## ` heading, in order. */
export function parseHints(markdown: string): string[] {
  return markdown
    .split(/^## .*$/m)
    .slice(1)
    .map((section) => section.trim())
    .filter(Boolean)
}

function readProgress(): Record<string, number> {
  return existsSync(PROGRESS) ? (JSON.parse(readFileSync(PROGRESS, 'utf8')) as Record<string, number>) : {}
}

function main(argv: string[]): number {
  const usage = `Usage: npm run hint -- EXERCISE [--all] [--reset] [--lang ${LANGS.join('|')}]   (${catalog.map((exercise) => exercise.id).join(', ')})`
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { all: { type: 'boolean' }, reset: { type: 'boolean' }, lang: { type: 'string' } } })
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${usage}`)
    return 2
  }
  const { values, positionals } = parsed
  const [id] = positionals
  if (!id || positionals.length > 1 || !findExercise(id) || (values.lang !== undefined && !isLang(values.lang))) {
    console.error(`error: ${id && !findExercise(id) ? `unknown exercise: ${id}` : 'give one exercise'}\n${usage}`)
    return 2
  }
  const lang: Lang = values.lang && isLang(values.lang) ? values.lang : langFromEnv(process.env)
  const words = WORDS[lang]
  const file = join(projectRoot(), 'exercises', id, lang === 'fr' ? 'HINTS.fr.md' : 'HINTS.md')
  const hints = existsSync(file) ? parseHints(readFileSync(file, 'utf8')) : []
  if (hints.length === 0) {
    console.log(`${words.none} ${id}.`)
    return 0
  }

  const progress = readProgress()
  if (values.reset) progress[id] = 0
  const show = (index: number) => console.log(`${words.hint} ${index + 1} ${words.of} ${hints.length}\n\n${hints[index]}\n`)
  if (values.all) {
    for (const index of hints.keys()) show(index)
  } else {
    const seen = progress[id] ?? 0
    if (seen >= hints.length) {
      console.log(words.last)
    } else {
      show(seen)
      progress[id] = seen + 1
    }
  }
  writeFileSync(PROGRESS, `${JSON.stringify(progress, null, 2)}\n`)
  return 0
}

// Run as a command, not when a test imports parseHints.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2))
