// `npm run try -- ID [--scenario NAME | --scenarios] [--real] [--solutions | --dir PATH] [--lang en|fr]`:
// runs your code in the exercise's world and prints each event as it happens, with its virtual time:
//   [t=2.000s] toast done
// --real paces the run in real time (a 4-second breakfast takes 4 seconds).
// --scenario NAME runs that scenario instead of the catalog's demo; --scenarios (or --scenario
// without a name) lists the scenarios, the demo marked.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { catalog, findExercise } from './catalog.ts'
import { exercisesFolderIn } from './engine/submission.ts'
import { projectRoot, scenariosFileOf } from './layout.ts'
import { LANGS, isLang, langFromEnv, type Lang } from './language.ts'
import { explainOutcome } from './specs/feedback.ts'
import { useLang } from './specs/say.ts'
import { safeBlock, safeText } from './report/safe-text.ts'
import { show } from './sandbox/plain.ts'
import { defaultLimits, runInSandbox } from './sandbox/run-in-sandbox.ts'
import type { TraceEvent } from './sandbox/trace.ts'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))
const REAL_RUN_LIMIT_MS = 10 * 60_000

const stamp = (ms: number) => `[t=${(ms / 1000).toFixed(3)}s]`.padEnd(12)

// The French words follow docs/glossaire.md: a space before a colon, and no English noun
// in a French sentence (the world's names, such as `toast` or `c1`, stay as they are).
const WORDS = {
  en: {
    colon: ':',
    error: 'error',
    finished: 'finished',
    realTime: '(real time)',
    demo: '(demo)',
    unknownScenario: 'unknown scenario',
    valid: 'valid',
  },
  fr: {
    colon: ' :',
    error: 'erreur',
    finished: 'terminé',
    realTime: '(temps réel)',
    demo: '(démo)',
    unknownScenario: 'scénario inconnu',
    valid: 'valides',
  },
} satisfies Record<Lang, Record<string, string>>

/**
 * English: "toast started", "soda 1: c2 done", "print: Time: 4.00s".
 * French: "toast : début", "soda 1 (c2) : fin", "print : Temps : 4.00s" (no past participle
 * to agree with a name the world chose).
 */
function describeEvent(event: TraceEvent, lang: Lang): string {
  const { colon } = WORDS[lang]
  if (event.kind === 'event') return `${stamp(event.t)} ${safeText(`${event.lane}${colon} ${event.label}`)}`
  if (lang === 'fr') {
    const subject = event.label === event.lane ? event.label : `${event.lane} (${event.label})`
    return `${stamp(event.t)} ${safeText(`${subject}${colon} ${event.kind === 'start' ? 'début' : 'fin'}`)}`
  }
  const subject = event.label === event.lane ? event.label : `${event.lane}: ${event.label}`
  return `${stamp(event.t)} ${safeText(`${subject} ${event.kind === 'start' ? 'started' : 'done'}`)}`
}

/** `--scenario` with no name after it (last, or followed by another option) asks for the list, like `--scenarios`. */
function scenarioWithoutName(argv: string[]): string[] {
  return argv.map((arg, index) => (arg === '--scenario' && (index === argv.length - 1 || argv[index + 1]!.startsWith('-')) ? '--scenarios' : arg))
}

async function main(argv: string[]): Promise<number> {
  const usage = `Usage: npm run try -- EXERCISE [--scenario NAME | --scenarios] [--real] [--solutions | --dir PATH] [--lang ${LANGS.join('|')}]   (${catalog.map((exercise) => exercise.id).join(', ')})`
  let parsed
  try {
    parsed = parseArgs({
      args: scenarioWithoutName(argv),
      allowPositionals: true,
      options: {
        real: { type: 'boolean' },
        solutions: { type: 'boolean' },
        dir: { type: 'string' },
        lang: { type: 'string' },
        scenario: { type: 'string' },
        scenarios: { type: 'boolean' },
      },
    })
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${usage}`)
    return 2
  }
  const { values, positionals } = parsed
  const exercise = positionals.length === 1 ? findExercise(positionals[0]!) : undefined
  const refusal = !exercise
    ? positionals.length === 1
      ? `unknown exercise: ${positionals[0]}`
      : 'give one exercise'
    : values.solutions && values.dir
      ? '--solutions and --dir cannot be used together'
      : values.lang !== undefined && !isLang(values.lang)
        ? `--lang takes ${LANGS.join(' or ')}`
        : undefined
  if (refusal || !exercise) {
    console.error(`error: ${refusal}\n${usage}`)
    return 2
  }
  const lang: Lang = values.lang && isLang(values.lang) ? values.lang : langFromEnv(process.env)
  const words = WORDS[lang]
  // Only the names: importing the module, as scripts/bench.ts does, runs no scenario.
  const scenariosFile = scenariosFileOf(exercise.id)
  const names = Object.keys((await import(scenariosFile)).default)
  const listing = names.map((name) => (name === exercise.demo ? `${name} ${words.demo}` : name)).join('\n')
  if (values.scenarios || values.scenario === '') {
    console.log(listing)
    return 0
  }
  const scenario = values.scenario ?? exercise.demo
  if (!names.includes(scenario)) {
    const { colon } = words
    console.error(`${words.error}${colon} ${words.unknownScenario}${colon} ${safeText(scenario)} (${words.valid}${colon} ${names.join(', ')})\n${usage}`)
    return 2
  }
  const dir = resolve(values.dir ?? (values.solutions ? join(kitRoot, 'solutions') : join(projectRoot(), 'exercises')))
  // A repository (exercises/ one level down) or a folder laid out like exercises/.
  const file = join(exercisesFolderIn(dir, [exercise]) ?? dir, exercise.id, exercise.file)
  if (!existsSync(file)) {
    console.error(`error: ${file} not found`)
    return 2
  }
  // The explanations of runs that did not resolve speak this language, and so does the world (below).
  useLang(lang)

  console.log(`${exercise.id}: ${scenario}${values.real ? ` ${words.realTime}` : ''}\n`)
  const run = await runInSandbox(
    { scenariosFile, scenario, submissionFile: file, submissionRoot: dir, lang },
    { ...defaultLimits, ...(values.real ? { watchdogMs: REAL_RUN_LIMIT_MS } : {}) },
    {
      realTime: values.real ?? false,
      onEvent: (event) => console.log(describeEvent(event, lang)),
      onOutput: (text) => process.stdout.write(safeBlock(text).replace(/^(?=.)/gm, `${' '.repeat(12)} │ `)),
    },
  )
  const { outcome } = run
  console.log(
    outcome.kind === 'resolved'
      ? `\n${stamp(outcome.at)} ${words.finished}${outcome.value === undefined ? '' : `${words.colon} ${safeText(show(outcome.value))}`}`
      : `\n${safeText(explainOutcome(run, { en: 'your code', fr: 'votre code' }[lang]).message)}`,
  )
  return 0
}

process.exitCode = await main(process.argv.slice(2))
