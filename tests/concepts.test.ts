// concepts: the quiz ships no answer, so these tests hold none either. The reference answers
// are solutions/concepts/quiz.ts: each wrong file of tests/submissions/concepts answers only
// the items of its misconception, and is graded laid over the reference answers, so that it
// loses exactly those items; correct alternatives are the reference answers written otherwise.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHOICE_ITEMS, EXAMPLE_SNIPPET, OPTIONS, PREDICT_ITEMS, SNIPPETS } from '../grader/specs/concepts/items.shared.ts'
import { KEYS } from '../grader/specs/concepts/keys.ts'
import { OPTION_IDEAS } from '../grader/specs/concepts/texts.ts'
import { saltedHash } from '../grader/specs/salted-hash.ts'
import { CHOICE_KEYS_FILE, graderData } from '../scripts/grader-data.ts'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { choose as reference, predict as referenceLines } from '../solutions/concepts/quiz.ts'
import { runKit } from './support/cli.ts'
import { expectMisconception, failedChecks, feedbackText, gradeEach, kitRoot, submissionsIn } from './support/grading.ts'

const SOLUTION = join(kitRoot, 'solutions/concepts/quiz.ts')

/** A folder holding the reference answers and `quiz.ts`, whose text is given: graded as a submission. */
function withReference(quiz: string, mistake?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-concepts-'))
  copyFileSync(SOLUTION, join(dir, 'reference.ts'))
  if (mistake) copyFileSync(mistake, join(dir, 'mistake.ts'))
  writeFileSync(join(dir, 'quiz.ts'), quiz)
  return join(dir, 'quiz.ts')
}

/** A wrong file's answers laid over the reference answers. */
const overReference = (mistake: string) =>
  withReference(
    `import * as reference from './reference.ts'
import * as mistake from './mistake.ts'
export const predict = { ...reference.predict, ...mistake.predict }
export const choose = { ...reference.choose, ...mistake.choose }
`,
    mistake,
  )

/** The reference predictions, with one letter for every choice item. */
const guessing = (letter: string) =>
  withReference(`export { predict } from './reference.ts'
export const choose = ${JSON.stringify(Object.fromEntries(CHOICE_ITEMS.map((item) => [item, letter])))}
`)

const ALTERNATIVES = {
  // Letters in capitals, lines with spaces around them.
  'correct-loosely-written': withReference(`import * as reference from './reference.ts'
export const predict = Object.fromEntries(Object.entries(reference.predict).map(([item, lines]) => [item, lines.map((line) => '  ' + line + ' ')]))
export const choose = Object.fromEntries(Object.entries(reference.choose).map(([item, option]) => [item, option.toUpperCase()]))
`),
  // Built item by item, in another order.
  'correct-item-by-item': withReference(`import * as reference from './reference.ts'
export const choose = {}
export const predict = {}
for (const item of Object.keys(reference.choose).reverse()) choose[item] = reference.choose[item]
for (const item of Object.keys(reference.predict).reverse()) predict[item] = [...reference.predict[item]]
`),
}

const files = submissionsIn('concepts')
const wrongFiles = Object.fromEntries(Object.entries(files).filter(([name]) => !name.startsWith('do-nothing') && !name.startsWith('guess')))

let alone: Record<string, ExerciseResult>
let laidOver: Record<string, ExerciseResult>
let others: Record<string, ExerciseResult>
beforeAll(async () => {
  ;[alone, laidOver, others] = await Promise.all([
    gradeEach('concepts', { ...files, solution: SOLUTION, stub: join(kitRoot, 'exercises/concepts/quiz.ts') }),
    gradeEach('concepts', Object.fromEntries(Object.entries(wrongFiles).map(([name, file]) => [name, overReference(file)]))),
    gradeEach('concepts', { ...ALTERNATIVES, ...Object.fromEntries(OPTIONS.map((letter) => [`guess-${letter}`, guessing(letter)])) }),
  ])
})

/** The feedback of every lost check quotes no answer of its item the file did not give itself. */
function expectNoAnswerGiven(result: ExerciseResult, predicted: Record<string, unknown>): void {
  for (const id of failedChecks(result)) {
    const text = feedbackText(result, id)
    const item = id.replace(/^(predict|choose)-/, '')
    if (id.startsWith('choose-')) {
      const right = reference[item as keyof typeof reference]!
      // Listing every option names none.
      const singled = text.replace(/'a', 'b', 'c',? (or |ou )?'d'/g, '')
      expect(singled, id).not.toMatch(new RegExp(`'${right}'|\\(${right}\\)`, 'i'))
    } else {
      // Only what the file wrote itself may be quoted back (feedback quotes a line as a string).
      const own = JSON.stringify(predicted[item] ?? null)
      for (const line of referenceLines[item as keyof typeof referenceLines])
        if (!own.includes(line)) expect(text, id).not.toMatch(new RegExp(`["']${line}["']`))
    }
  }
}

describe('concepts: the reference answers and the stub', () => {
  it('the solution scores full, the stub 0 with every item "not answered yet"', () => {
    expect(alone.solution!.points).toBe(alone.solution!.max)
    expect(alone.stub!.points).toBe(0)
    for (const check of alone.stub!.checks) expect(check.message).toMatch(/not implemented yet: (predict|choose)\['[\w-]+'\] is not answered yet/)
  })

  it('correct alternatives written otherwise score full', () => {
    for (const name of Object.keys(ALTERNATIVES)) expect(failedChecks(others[name]!), name).toEqual([])
  })

  it("the key the checks hold is the solution's, by its salted hashes, and nothing else", () => {
    const hashes = Object.fromEntries(CHOICE_ITEMS.map((item) => [item, saltedHash(KEYS.salt, item, reference[item]!)]))
    expect(KEYS.sha256).toEqual(hashes)
    expect(readFileSync(join(kitRoot, CHOICE_KEYS_FILE), 'utf8'), 'run npx tsx scripts/grader-data.ts').toBe(graderData()[CHOICE_KEYS_FILE])
    // The same answer on two items gives two hashes: the key's hashes say nothing of each other.
    expect(new Set(Object.values(KEYS.sha256)).size).toBe(CHOICE_ITEMS.length)
    expect(readFileSync(join(kitRoot, CHOICE_KEYS_FILE), 'utf8')).not.toMatch(/:\s*'[a-d]'/)
  })
})

describe('concepts: the snippets that run are the ones the statements show', () => {
  it.each(['README.md', 'README.fr.md'])('%s', (statement) => {
    const text = readFileSync(join(kitRoot, 'exercises/concepts', statement), 'utf8')
    for (const item of PREDICT_ITEMS) {
      const heading = text.indexOf(`### \`predict['${item}']\``)
      expect(heading, `${statement} has a heading for predict['${item}']`).toBeGreaterThan(0)
      const block = /```js\n([\s\S]*?)```/.exec(text.slice(heading))?.[1]
      expect(block, `${statement}, predict['${item}']`).toBe(SNIPPETS[item])
    }
  })

  it.each([
    ['README.md', '## The world'],
    ['README.fr.md', '## Le décor'],
  ])("%s shows the ungraded example that try runs, in the world's section", (statement, section) => {
    const text = readFileSync(join(kitRoot, 'exercises/concepts', statement), 'utf8')
    const world = text.slice(text.indexOf(section), text.indexOf('\n## ', text.indexOf(section) + 1))
    expect(/```js\n([\s\S]*?)```/.exec(world)?.[1]).toBe(EXAMPLE_SNIPPET)
  })
})

describe('concepts: npm run try shows no answer unannounced', () => {
  it('the demo is the example, graded by nothing: its lines at their virtual times', async () => {
    const result = await runKit('grader/try.ts', ['concepts', '--lang', 'en'])
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')).toEqual([
      'concepts: example',
      '',
      '[t=0.000s]   print: t=0 start',
      '[t=1.500s]   print: t=1500 after sleep(1500)',
      '',
      '[t=10.000s]  finished',
      '',
    ])
  })

  it("a predict item's run says first that it prints that item's answer", async () => {
    const [english, french] = await Promise.all(['en', 'fr'].map((lang) => runKit('grader/try.ts', ['concepts', '--scenario', 'microtasks', '--lang', lang])))
    expect(english!.stdout.split('\n')[2]).toBe("[t=0.000s]   note: this run prints the answer of predict['microtasks']: predict it before you watch")
    expect(french!.stdout.split('\n')[2]).toBe(
      "[t=0.000s]   remarque : cette exécution affiche la réponse de predict['microtasks'] : faites votre prédiction avant de regarder",
    )
  })
})

describe('concepts: answering nothing earns nothing, guessing little', () => {
  it.each(['do-nothing-empty', 'do-nothing-placeholders', 'do-nothing-blank'])('%s scores 0 on every check, "not answered yet"', (name) => {
    expect(alone[name]!.points).toBe(0)
    expect(failedChecks(alone[name]!)).toEqual(alone[name]!.checks.map((check) => check.id))
    for (const check of alone[name]!.checks) expect(check.message, check.id).toMatch(/is not answered yet/)
  })

  it.each(OPTIONS)("one letter, '%s', for every choice item earns at most 2 of the 5 choice points", (letter) => {
    const earned = others[`guess-${letter}`]!.checks.filter((check) => check.id.startsWith('choose-') && check.status === 'passed')
    expect(earned.length).toBeLessThanOrEqual(2)
  })

  it('each wrong letter is told the idea its own option rests on, the one texts.ts holds for it', () => {
    for (const letter of OPTIONS)
      for (const item of CHOICE_ITEMS.filter((item) => reference[item] !== letter))
        expect(feedbackText(others[`guess-${letter}`]!, `choose-${item}`)).toContain(`which does not hold: ${OPTION_IDEAS[item][letter].en};`)
  })

  it("no option's text refutes it, so the right option's cannot be told from the others': none holds a negation", () => {
    for (const [item, ideas] of Object.entries(OPTION_IDEAS))
      for (const [letter, idea] of Object.entries(ideas)) {
        expect(idea.en, `${item} ${letter}`).not.toMatch(/\b(not|no|never|nothing|none|cannot|without)\b|n't/i)
        expect(idea.fr, `${item} ${letter}`).not.toMatch(/\b(ne|pas|jamais|rien|aucune?|sans)\b|\bn'/i)
      }
  })

  it('a guessing file with no prediction earns no predict point', () => {
    expect(alone['guess-all-b']!.checks.filter((check) => check.id.startsWith('predict-') && check.status === 'passed')).toEqual([])
  })
})

describe('concepts misconceptions: each loses exactly its items, told why and where to read, never the answer', () => {
  it('the Python habit: calling an async function runs nothing until it is awaited', () => {
    expectMisconception(laidOver['python-coroutine-habit']!, {
      'predict-starts-at-once':
        /line 1: the snippet printed something else there \(you predicted "tea ordered"\)[\s\S]*Python coroutine runs nothing until it is awaited[\s\S]*read "Calling an async function"/,
      'predict-no-await': /printed more lines than you predicted \(1\)[\s\S]*Python coroutine called without await never runs[\s\S]*runs all the same/,
      'predict-await-each': /line 1[\s\S]*the Python habit: both calls started their work before the first await/,
    })
  })

  it('a 0 ms timer before a then callback', () => {
    expectMisconception(laidOver['timer-before-then']!, {
      'predict-microtasks':
        /line 3: the snippet printed something else there \(you predicted "timeout"\)[\s\S]*microtasks: they run as soon as the code running now ends, before any timer, even a 0 ms one[\s\S]*read "Microtasks and timers" in the statement/,
    })
  })

  it('microtasks out of the order they were queued', () => {
    expectMisconception(laidOver['microtasks-out-of-order']!, {
      'predict-microtasks': /line 3[\s\S]*microtasks run first-in first-out, in the order they were queued/,
    })
  })

  it('a call without await that makes the caller wait', () => {
    expectMisconception(laidOver['call-without-await-waits']!, {
      'predict-no-await': /line 1[\s\S]*without await, the caller does not wait/,
    })
  })

  it('the coffee awaited second finishing after the toast', () => {
    expectMisconception(laidOver['await-order-is-finish-order']!, {
      'predict-await-each': /line 1[\s\S]*await toast waits for the toast only: the coffee, already started, goes on meanwhile/,
    })
  })

  it('an await on a ready value that does not hand control back', () => {
    expectMisconception(laidOver['await-does-not-yield']!, {
      'predict-interleave':
        /line 2[\s\S]*every await hands control back to the event loop, even on a value that is already there[\s\S]*read "Taking turns at each await"/,
    })
  })

  it('an event loop that uses every core', () => {
    expectMisconception(laidOver['loop-uses-every-core']!, {
      'choose-cores':
        /you chose 'a'[\s\S]*rests on this idea, which does not hold: the event loop spreads the tasks over every core of the machine; read "One thread, one core"/,
      'choose-cpu-bound': /you chose 'b'[\s\S]*which does not hold: the machine's four cores share the ten resizes, in 2.5 s; read "I\/O-bound and CPU-bound"/,
    })
  })

  it('an async task as a thread of its own', () => {
    expectMisconception(laidOver['tasks-are-threads']!, {
      'choose-cores': /you chose 'c'[\s\S]*which does not hold: each task runs on a core of its own/,
      'choose-concurrency': /you chose 'd'[\s\S]*which does not hold: the event loop started a thread for each download/,
      'choose-threads': /you chose 'c'[\s\S]*which does not hold: every task reads 0 at the same moment, each on a thread of its own/,
    })
  })

  it('async that makes CPU-bound work faster', () => {
    expectMisconception(laidOver['async-speeds-up-cpu']!, {
      'choose-cpu-bound': /you chose 'a'[\s\S]*which does not hold: Promise.all runs the ten resizes at the same time, in 1 s; read "I\/O-bound and CPU-bound"/,
    })
  })

  it('concurrency taken for parallelism', () => {
    expectMisconception(laidOver['concurrency-is-parallelism']!, {
      'choose-concurrency':
        /you chose 'b'[\s\S]*which does not hold: the code of each download ran at the same instant, each on a core of its own; read "Concurrency and parallelism"/,
    })
  })

  it('async that is not contagious: using the number an async function returns', () => {
    expectMisconception(laidOver['async-not-contagious']!, {
      'choose-contagious':
        /you chose 'a'[\s\S]*which does not hold: total can call getPrice\(item\) and add up what each call returns, as numbers; read "Async is contagious"/,
    })
  })

  it('blocking until a promise settles, as time.sleep would', () => {
    expectMisconception(laidOver['block-until-settled']!, {
      'choose-contagious': /you chose 'b'[\s\S]*which does not hold: total can block until each promise settles, as time.sleep blocks/,
    })
  })

  it('tasks switched between any two lines, as threads are', () => {
    expectMisconception(laidOver['switch-anywhere']!, {
      'choose-threads':
        /you chose 'a'[\s\S]*which does not hold: the event loop may switch tasks between the two lines of bump, as the system switches threads; read "Threads and async\/await"/,
    })
  })

  it('answers not in the shape asked: told the shape, not the answer', () => {
    expectMisconception(laidOver['answers-not-letters']!, {
      'predict-microtasks': /predict\['microtasks'\] is "sync 1, sync 2", not a list of lines[\s\S]*one per printed line/,
      'choose-cores': /choose\['cores'\] is "one", not one of the options[\s\S]*the letter of its option/,
    })
  })

  it('no feedback quotes an answer of the item it fails', async () => {
    for (const [name, file] of Object.entries(wrongFiles)) {
      const { predict } = (await import(file)) as { predict: Record<string, unknown> }
      expectNoAnswerGiven(laidOver[name]!, predict)
    }
  })
})
