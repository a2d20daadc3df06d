// The quiz's items, read by both sides: the snippets the world runs (exactly the text the
// statements show, tests/concepts.test.ts compares them) and the ids of the choice items.
// No answer is here: a snippet's lines are what running it prints, and the choice items'
// key is known to the checks only by its salted hash (keys.ts).

export const PREDICT_ITEMS = ['microtasks', 'starts-at-once', 'no-await', 'await-each', 'interleave'] as const
export type PredictItem = (typeof PREDICT_ITEMS)[number]

export const CHOICE_ITEMS = ['cores', 'contagious', 'cpu-bound', 'concurrency', 'threads'] as const
export type ChoiceItem = (typeof CHOICE_ITEMS)[number]

export const OPTIONS = ['a', 'b', 'c', 'd'] as const
export type Option = (typeof OPTIONS)[number]

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

/** The statement's sections a feedback sends the student back to (their headings, English and French). */
export const SECTIONS = {
  microtasks: { en: 'Microtasks and timers', fr: 'Microtâches et minuteurs' },
  calling: { en: 'Calling an async function', fr: 'Appeler une fonction async' },
  cooperative: { en: 'Taking turns at each await', fr: 'Chacun son tour, à chaque await' },
  oneCore: { en: 'One thread, one core', fr: 'Un thread, un cœur' },
  contagious: { en: 'Async is contagious', fr: "L'async est contagieux" },
  cpuBound: { en: 'I/O-bound and CPU-bound', fr: 'Limité par les entrées-sorties, limité par le processeur' },
  concurrency: { en: 'Concurrency and parallelism', fr: 'Concurrence et parallélisme' },
  threads: { en: 'Threads and async/await', fr: 'Threads et async/await' },
} as const
