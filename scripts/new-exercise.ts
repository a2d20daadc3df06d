// `npm run new-exercise -- ID`: scaffolds everything `npm run check` asks of an exercise, as
// a small exercise that already works end to end (a stub that scores 0, a solution that
// scores full, one check, a do-nothing and a wrong submission with its test) for the author
// to reshape: exercises/ID/, solutions/ID/, grader/specs/ID/, tests/ and an entry in
// grader/catalog.ts. What only the author can write is marked TODO(author). See docs/authoring.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const CATALOG_MARKER = '    // (next exercise entries go here'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { root: { type: 'string' } } })
const root = resolve(values.root ?? fileURLToPath(new URL('..', import.meta.url)))
const [id] = positionals

function refuse(message: string): never {
  console.error(`error: ${message}\nUsage: npm run new-exercise -- ID   (ID: lowercase words joined by dashes, e.g. retry-backoff)`)
  process.exit(2)
}

if (!id || positionals.length > 1) refuse('give exactly one exercise id')
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) refuse(`"${id}" is not a valid id`)
const catalogPath = join(root, 'grader/catalog.ts')
const catalogText = readFileSync(catalogPath, 'utf8')
if (catalogText.includes(`id: '${id}'`) || existsSync(join(root, 'exercises', id))) refuse(`exercise ${id} already exists`)
if (!catalogText.includes(CATALOG_MARKER)) refuse('grader/catalog.ts has lost its marker line for new entries')

/** Marks what the author must still write; `npm run check` lists every one left. */
const TODO = 'TODO(author)'

const files: Record<string, string> = {
  [`exercises/${id}/${id}.ts`]: `// Exercise "${id}": see README.md (English) or README.fr.md (français).
// Run \`npm run grade -- ${id}\` to check your work.

/** Resolves after 1000 ms with twice \`n\`. */
export async function doubleLater(n: number): Promise<number> {
  throw new Error('not implemented yet: doubleLater')
}
`,
  [`solutions/${id}/${id}.ts`]: `// Reference solution of "${id}".
import { sleep } from '#runtime'

export async function doubleLater(n: number): Promise<number> {
  await sleep(1000)
  return n * 2
}
`,
  [`grader/specs/${id}/scenarios.jail.ts`]: `// Runs inside the jail, under virtual time: the world and the calls to the submission.
// Record with recorder.start(lane) / recorder.event(lane, label) what the checks must judge.
import { defineScenarios } from '../../sandbox/scenario.ts'

export default defineScenarios({
  double: {
    uses: ['doubleLater'],
    run: ({ submission }) => submission.doubleLater(21),
  },
})
`,
  [`grader/specs/${id}/texts.ts`]: `// Everything the checks of ${id} say, in English and French.
import { wording } from '../wording.ts'

export const T = wording({
  tooEarly: {
    en: 'the result came before the 1000 ms wait: a missing await?',
    fr: "le résultat est arrivé avant la fin de l'attente de 1000 ms : un await manquant ?",
  },
  doubleAfterWaiting: { en: 'double the number after waiting', fr: 'doublez le nombre après avoir attendu' },
})
`,
  [`grader/specs/${id}/${id}.spec.ts`]: `// The checks of ${id}: one per line of its rubric in grader/catalog.ts.
import { show } from '../../sandbox/plain.ts'
import { resolvedAt, resolvesAt } from '../feedback.ts'
import { gradeExercise } from '../kit.ts'
import type scenarios from './scenarios.jail.ts'
import { T } from './texts.ts'

gradeExercise<typeof scenarios>('${id}', ({ scenario, check }) => {
  const double = scenario('double')

  check('doubles-after-a-second', async () => {
    const run = await double()
    const { value, at } = run.resolved('doubleLater')
    if (value === 42 && at === 1000) return
    run.fail({
      message: \`doubleLater(21) \${resolvedAt(at, show(value))}\`,
      expected: resolvesAt(1000, '42'),
      actual: resolvedAt(at, show(value)),
      mistake: at < 1000 ? T.tooEarly : T.doubleAfterWaiting,
    })
  })
})
`,
  [`exercises/${id}/README.md`]: `# ${id}

${TODO}: the story of the exercise: what the student builds.

## What you will learn

${TODO}: the idea of asynchronous programming this exercise practises.

## The world

${TODO}: what the world hands the student's code, and how long each operation takes.

## What to implement

In \`${id}.ts\`: \`doubleLater(n: number): Promise<number>\` resolves after 1000 ms with \`2 * n\`.

## Python and TypeScript

${TODO}: where TypeScript differs from the Python asyncio of the course for this exercise.

## How it is graded

| Check | Points |
| --- | --- |
| doubleLater(21) resolves at t=1000 with 42 | 1 |
| **Total** | **1** |

Run \`npm run grade -- ${id}\`.
`,
  [`exercises/${id}/README.fr.md`]: `# ${id}

${TODO} : l'histoire de l'exercice : ce que l'élève construit.

## Ce que vous allez apprendre

${TODO} : l'idée de la programmation asynchrone que cet exercice fait pratiquer.

## Le décor

${TODO} : ce que le monde donne au code de l'élève, et combien de temps dure chaque opération.

## Ce qu'il faut écrire

Dans \`${id}.ts\` : \`doubleLater(n: number): Promise<number>\` se résout après 1000 ms avec \`2 * n\`.

## Python et TypeScript

${TODO} : là où TypeScript diffère de l'asyncio Python du cours pour cet exercice.

## La notation

| Vérification | Points |
| --- | --- |
| doubleLater(21) se résout à t=1000 avec 42 | 1 |
| **Total** | **1** |

Lancez \`npm run grade -- ${id}\`.
`,
  [`exercises/${id}/HINTS.md`]: `# Hints: ${id}

Take one hint at a time: read it, try something, and run \`npm run grade -- ${id}\` before the next.

## Hint 1

${TODO}: a question that points at the idea, not at the answer.

## Hint 2

${TODO}: a question one step closer.

## Hint 3

${TODO}: the last step, still a question.
`,
  [`exercises/${id}/HINTS.fr.md`]: `# Indices : ${id}

Prenez un indice à la fois : lisez-le, essayez, et lancez \`npm run grade -- ${id}\` avant le suivant.

## Indice 1

${TODO} : une question qui mène à l'idée, pas à la réponse.

## Indice 2

${TODO} : une question qui s'en approche d'un pas.

## Indice 3

${TODO} : le dernier pas, encore une question.
`,
  [`tests/submissions/${id}/do-nothing-constant.ts`]: `// Does nothing: resolves at once with the expected value, without waiting.
export async function doubleLater(_n: number): Promise<number> {
  return 42
}
`,
  [`tests/submissions/${id}/sleep-not-awaited.ts`]: `// Misconception: starts the wait but does not await it, so the result comes at once.
import { sleep } from '#runtime'

export async function doubleLater(n: number): Promise<number> {
  sleep(1000)
  return n * 2
}
`,
  [`tests/${id}.test.ts`]: `// ${id}: each wrong solution loses exactly the checks of its misconception, saying so.
import { beforeAll, describe, it } from 'vitest'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { expectMisconception, gradeEach, submissionsIn } from './support/grading.ts'

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('${id}', submissionsIn('${id}'))
})

describe('${id} misconceptions', () => {
  it('an unawaited sleep: the result comes before the wait', () => {
    expectMisconception(results['sleep-not-awaited']!, { 'doubles-after-a-second': /resolved at t=0 with 42[\\s\\S]*a missing await/ })
  })
})
`,
}

for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}
const entry = `    {
      id: '${id}',
      title: { en: '${id}: replace this title', fr: '${id} : remplacez ce titre' },
      file: '${id}.ts',
      demo: 'double',
      checks: [
        {
          id: 'doubles-after-a-second',
          title: { en: 'doubleLater(21) resolves at t=1000 with 42', fr: 'doubleLater(21) se résout à t=1000 avec 42' },
          points: 1,
        },
      ],
    },
`
writeFileSync(catalogPath, catalogText.replace(CATALOG_MARKER, `${entry}${CATALOG_MARKER}`))

console.log(`created exercise ${id}:`)
for (const path of Object.keys(files)) console.log(`  ${path}`)
console.log('  grader/catalog.ts (new entry)')
console.log(`Next: npm run check names what is left to write (every ${TODO}, the exercise's row in README.md and README.fr.md).`)
