// The quiz's items, read by both sides: the snippets the world runs (exactly the text the
// statements show, tests/concepts.test.ts compares them) and the ids of the choice items.
// No answer is written here: a snippet's lines are what running it prints, and the choice
// items' key is known to the checks only by its salted hashes (keys.ts).
import type { QuizOption } from '#runtime'

export const PREDICT_ITEMS = ['microtasks', 'starts-at-once', 'no-await', 'await-each', 'interleave'] as const
export type PredictItem = (typeof PREDICT_ITEMS)[number]

export const CHOICE_ITEMS = ['cores', 'contagious', 'cpu-bound', 'concurrency', 'threads'] as const
export type ChoiceItem = (typeof CHOICE_ITEMS)[number]

/** The letters a choice item's options go by; their type is #runtime's QuizOption, written only there. */
export const OPTIONS: readonly QuizOption[] = ['a', 'b', 'c', 'd']

/**
 * Long enough for every snippet to have printed its last line: the world waits this long
 * (virtual ms) before it reads what the snippet printed.
 */
export const SNIPPET_RUN_MS = 10_000

/**
 * Each snippet as the statements show it: plain JavaScript run as a script, where `sleep` is
 * #runtime's and the clock reads virtual ms from 0 (`Date.now()`).
 */
export const SNIPPETS: Record<PredictItem, string> = {
  microtasks: `console.log('sync 1')
setTimeout(() => console.log('timeout'), 0)
Promise.resolve().then(() => console.log('then'))
queueMicrotask(() => console.log('microtask'))
console.log('sync 2')
`,
  'starts-at-once': `async function brew(drink) {
  console.log('brewing ' + drink)
  await sleep(1000)
  console.log(drink + ' ready')
}

async function main() {
  const tea = brew('tea')
  console.log('tea ordered')
  await tea
  console.log('tea served')
}

main()
`,
  'no-await': `async function save(note) {
  await sleep(500)
  console.log('saved ' + note)
}

async function main() {
  save('draft')
  console.log('main returns')
}

main()
`,
  'await-each': `async function make(item, ms) {
  await sleep(ms)
  console.log(item + ' at t=' + Date.now())
}

async function main() {
  const toast = make('toast', 2000)
  const coffee = make('coffee', 1000)
  await toast
  await coffee
  console.log('breakfast at t=' + Date.now())
}

main()
`,
  interleave: `async function count(name) {
  for (const step of [1, 2, 3]) {
    console.log(name + ' ' + step)
    await null
  }
}

count('a')
count('b')
console.log('both started')
`,
}

/**
 * The statement's example ("The world"), graded by nothing: what `npm run try -- concepts`
 * runs, to show how a snippet's lines and their virtual times are printed without showing
 * the answer of any item.
 */
export const EXAMPLE_SNIPPET = `async function main() {
  console.log('t=' + Date.now(), 'start')
  await sleep(1500)
  console.log('t=' + Date.now(), 'after sleep(1500)')
}

main()
`
