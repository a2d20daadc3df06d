// Attacks on the jail sandbox (tests/submissions/hostile-jail, one trick per file), graded
// through the real engine in one run. Each file is the honest wrong toaster of
// tests/submissions/hostile (3/10 alone) plus one trick, unless it says it is the right
// solution (10/10 alone): any other score means the trick changed the grade. Every
// assertion states the SAFE outcome; an attack that gets through fails its test.
import { closeSync, constants, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findExercise } from '../grader/catalog.ts'
import { scenariosFileOf } from '../grader/layout.ts'
import { grade } from '../grader/engine/grade.ts'
import { type Submission, submissionFromDir } from '../grader/engine/submission.ts'
import { ReportSchema, safeReport, type ExerciseResult, type Report } from '../grader/report/schema.ts'
import { compileSubmission } from '../grader/sandbox/compile.ts'
import { defaultLimits, runInSandbox } from '../grader/sandbox/run-in-sandbox.ts'
import { runKit } from './support/cli.ts'
import { check, kitRoot, testLimits } from './support/grading.ts'

const HONEST_POINTS = 3
const HONEST_CONCURRENT = 'the coffee started at t=2000, not at t=0'
const HONEST_MAIN = 'main printed 4.00 then 4.00 instead of 4.00 then 2.00'
const BLOCKED = /blocked the event loop and was stopped after \d+ ms of real time/
const toaster = findExercise('toaster')!
const ATTACKS = join(kitRoot, 'tests/submissions/hostile-jail')
const SOLUTION = join(kitRoot, 'solutions/toaster/toaster.ts')
/** The honest wrong toaster every attack starts from. */
const HONEST_SOURCE = `import type { Kitchen } from '#runtime'
export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}
export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}
export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(\`Time: \${((performance.now() - start) / 1000).toFixed(2)}s\`)
  }
}
`

/** Every attack file of the folder (support/ holds what they share), by name. */
const attackFiles = Object.fromEntries(
  readdirSync(ATTACKS)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [basename(file, '.ts'), join(ATTACKS, file)]),
)

const scratch = mkdtempSync(join(tmpdir(), 'kit-hostile-jail-'))

/** A folder laid out like exercises/ whose toaster/ is made by `make`; graded with it as root. */
function handedIn(name: string, make: (exerciseDir: string) => void): Submission {
  const root = join(scratch, name)
  mkdirSync(root)
  make(join(root, 'toaster'))
  return submissionFromDir(root, [toaster], name)
}

/** Attacks on the files themselves (class 6): symbolic links in and out of the folder. */
const fileAttacks: Submission[] = [
  // The graded file is a symbolic link to the reference solution.
  handedIn('file-symlink-to-solution', (dir) => {
    mkdirSync(dir)
    symlinkSync(SOLUTION, join(dir, 'toaster.ts'))
  }),
  // The exercise folder itself is a symbolic link to solutions/toaster.
  handedIn('file-folder-symlink', (dir) => symlinkSync(join(kitRoot, 'solutions/toaster'), dir)),
  // The file imports a file of its folder that is a symbolic link to the reference solution.
  handedIn('file-import-symlinked-file', (dir) => {
    mkdirSync(dir)
    symlinkSync(SOLUTION, join(dir, 'helper.ts'))
    writeFileSync(join(dir, 'toaster.ts'), "export { breakfastSequential, breakfastConcurrent, main } from './helper.ts'\n")
  }),
  // The file imports a folder of its folder that is a symbolic link to solutions/toaster.
  handedIn('file-import-symlinked-folder', (dir) => {
    mkdirSync(dir)
    symlinkSync(join(kitRoot, 'solutions/toaster'), join(dir, 'lib'))
    writeFileSync(join(dir, 'toaster.ts'), "export { breakfastSequential, breakfastConcurrent, main } from './lib/toaster.ts'\n")
  }),
  // Control: a symbolic link to a file that really lies in the folder is graded as that file.
  handedIn('file-symlink-inside', (dir) => {
    mkdirSync(dir)
    writeFileSync(join(dir, 'real.ts'), HONEST_SOURCE)
    symlinkSync('real.ts', join(dir, 'toaster.ts'))
  }),
]

let reports: Record<string, Report>
let results: Record<string, ExerciseResult>
beforeAll(async () => {
  const submissions: Submission[] = [
    ...Object.entries(attackFiles).map(([name, file]) => ({ key: name, label: file, files: { toaster: file } })),
    ...fileAttacks,
  ]
  const graded = await grade(submissions, { exercises: [toaster], limits: testLimits })
  reports = Object.fromEntries(submissions.map((submission, index) => [submission.key, graded[index]!]))
  results = Object.fromEntries(Object.entries(reports).map(([name, report]) => [name, report.exercises[0]!]))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const output = (name: string, id = 'concurrent-start') => check(results[name]!, id).output ?? ''

/** The trick changed nothing: the honest code's points and feedback. */
function expectHonest(name: string): void {
  const result = results[name]!
  expect(result.points, name).toBe(HONEST_POINTS)
  expect(check(result, 'concurrent-start').message).toBe(HONEST_CONCURRENT)
  expect(check(result, 'main-prints-times').message).toBe(HONEST_MAIN)
}

/** The file is graded as the right solution it is: exactly 10. */
function expectFull(name: string): void {
  const result = results[name]!
  expect(
    result.checks.filter((item) => item.status === 'failed').map((item) => `${item.id}: ${item.message}`),
    name,
  ).toEqual([])
  expect(result.points).toBe(10)
}

describe('1. ambient authority: process stays out of reach', () => {
  it.each([
    ['authority-globalthis', ['blocked globalThis.process: process is not allowed in exercise code', "blocked the process getter's Function constructor"]],
    [
      'authority-function-constructors',
      [
        'blocked console.log.constructor: Function.prototype.constructor is not a valid constructor',
        'blocked kitchen.toastBread.constructor',
        'blocked Function itself: process is not allowed',
      ],
    ],
    [
      'authority-stack-trace',
      ['blocked Error.prepareStackTrace: got undefined', "a host error's stack: empty", 'blocked call sites of the grader calling breakfastConcurrent'],
    ],
    [
      'authority-compartment',
      ["blocked a child compartment's globalThis: got undefined", 'blocked a child compartment importing node:fs', 'blocked lockdown() again'],
    ],
    [
      'authority-require',
      [
        'blocked require("node:fs").readFileSync: import of "node:fs" is not allowed',
        'blocked a computed require of node:child_process',
        'blocked process.getBuiltinModule',
      ],
    ],
    [
      'authority-dynamic-import',
      [
        'blocked the import of node:process: import of "node:process" is not allowed',
        'blocked import of the solution: import of "../../../solutions/toaster/toaster.ts" is not all',
        'blocked an import call built from a string: Possible import expression rejected',
      ],
    ],
    ['authority-eval', ['blocked indirect eval of process: process is not allowed', 'blocked eval of a with statement']],
    ['authority-inspect-hook', ["blocked the inspect hook's arguments: got undefined", 'blocked a getter console.log calls: got undefined']],
  ])('%s: every way is blocked; the honest code is graded as it is', (name, lines) => {
    expectHonest(name)
    expect(output(name)).not.toContain('ESCAPED')
    for (const line of lines) expect(output(name)).toContain(line)
  })

  // These reach for Node objects the jail no longer hands out at all (structuredClone,
  // URLSearchParams, TextDecoder): the file does not load, and says what was missing.
  it.each([
    ['authority-caller', 'TypeError: structuredClone is not a function'],
    ['authority-host-internals', 'TypeError: TextDecoder is not a constructor'],
  ])('%s: what it digs into is not there', (name, error) => {
    const result = results[name]!
    expect(result).toMatchObject({ points: 0, status: 'error' })
    expect(result.message).toBe(`the file did not load: ${error}`)
    expect(output(name)).not.toContain('ESCAPED')
  })

  it('authority-weakref: WeakRef and FinalizationRegistry, absent from the globals, stay out of reach', () => {
    expectHonest('authority-weakref')
    expect(output('authority-weakref')).toContain('WeakRef: out of reach')
    expect(output('authority-weakref')).toContain('FinalizationRegistry: out of reach')
  })
})

describe('2. the fake clock', () => {
  it.each(['clock-negative-interval', 'clock-string-interval'])('%s: a setInterval of negative period cannot turn virtual time back', (name) => {
    // A negative period is 1 ms, as in Node: the interval fires at 2001 and 2002, and time goes on.
    const result = results[name]!
    expect(result.points).toBe(HONEST_POINTS)
    expect(check(result, 'concurrent-start').message).toBe('the coffee started at t=2002, not at t=0')
    expect(check(result, 'concurrent-result').message).toBe(
      'breakfastConcurrent resolved at t=4002 with ["golden toast", "hot coffee"], 2002 ms after breakfast was ready at t=2000',
    )
  })
  it('clock-reach: neither the clock object nor real time is reachable from the timers, Date, performance or a child compartment', () => {
    expectHonest('clock-reach')
    expect(output('clock-reach')).toContain('clock: out of reach\nreal time: out of reach')
  })
  it('clock-real-time: Event#timeStamp does not read the real clock', () => {
    expectHonest('clock-real-time')
    expect(output('clock-real-time')).toContain('real time: out of reach')
  })
})

describe('3. shared objects are frozen', () => {
  it('mutate-intrinsics: every shared built-in refuses the change', () => {
    expectHonest('mutate-intrinsics')
    expect(output('mutate-intrinsics')).not.toContain('CHANGED')
    expect(output('mutate-intrinsics').match(/^frozen /gm)).toHaveLength(14)
  })
  it("mutate-runtime-and-world: #runtime's exports, the kitchen and print refuse the change", () => {
    expectHonest('mutate-runtime-and-world')
    expect(output('mutate-runtime-and-world')).toBe(
      'frozen the #runtime namespace\nfrozen sleep.call\nfrozen Semaphore.prototype.acquire\nfrozen TimeoutError.prototype.name\nfrozen the kitchen\n',
    )
    expect(output('mutate-runtime-and-world', 'main-prints-times')).toContain('frozen print\n')
  })
  it("mutate-host-prototypes: Node's own prototypes reachable from the globals are frozen too", () => {
    expectHonest('mutate-host-prototypes')
    expect(output('mutate-host-prototypes')).toBe(
      "frozen EventTarget's Listener.prototype\nfrozen a Node error class's prototype\nfrozen URLSearchParams' iterator prototype\nfrozen WeakRef.prototype\n",
    )
  })
})

describe('4. values are read once', () => {
  it('values-changing-getters: the result is judged on its first reading', () => {
    const result = results['values-changing-getters']!
    expect(result.points).toBe(HONEST_POINTS - 1)
    expect(check(result, 'sequential-result').message).toBe('breakfastSequential resolved at t=4000 with ["first read", "first read"]')
  })
  it('values-proxy-and-thenable: a two-faced Proxy through a changing thenable changes nothing', () => {
    expectHonest('values-proxy-and-thenable')
    expect(check(results['values-proxy-and-thenable']!, 'concurrent-result').status).toBe('failed')
  })
  it('values-to-primitive-print: a printed value is turned into text once', () => {
    expectHonest('values-to-primitive-print')
  })
})

describe('5. resource abuse costs only the scenario that does it', () => {
  it("resource-busy-in-proxy-trap: a trap that never returns, in the grader's own reading, is stopped by the watchdog", () => {
    const result = results['resource-busy-in-proxy-trap']!
    expect(result.points).toBe(HONEST_POINTS)
    for (const id of ['concurrent-start', 'concurrent-result']) expect(check(result, id).message).toMatch(new RegExp(`^breakfastConcurrent ${BLOCKED.source}$`))
    expect(check(result, 'main-prints-times').message).toBe(HONEST_MAIN)
  })
  it('native-regex-backtracking: a block inside the regular expression engine is stopped by the watchdog; the rest is graded', () => {
    const result = results['native-regex-backtracking']!
    expect(result.points).toBe(HONEST_POINTS)
    expect(check(result, 'concurrent-start').message).toBe(HONEST_CONCURRENT)
    for (const id of ['main-runs-both', 'main-prints-times', 'main-measures']) expect(check(result, id).message).toMatch(new RegExp(`^main ${BLOCKED.source}$`))
  })
  it('authority-atomics-wait: Atomics, to block asleep in native code, is not given: main fails, nothing else changes', () => {
    const result = results['authority-atomics-wait']!
    expect(result.points).toBe(HONEST_POINTS)
    expect(check(result, 'concurrent-start').message).toBe(HONEST_CONCURRENT)
    for (const id of ['main-runs-both', 'main-prints-times', 'main-measures']) {
      expect(check(result, id).message).toBe("main rejected at t=0 with TypeError: Cannot read properties of undefined (reading 'wait')")
    }
  })
  it('values-lying-error-print: errors whose getters lie or throw print once, safely, and change nothing', () => {
    expectHonest('values-lying-error-print')
    const output = check(results['values-lying-error-print']!, 'main-prints-times').output!
    expect(output.split('\n').slice(0, 4)).toEqual([
      'Error: read 1',
      'unreadable: a thrown value that cannot be read',
      '[a value console.log could not print]',
      'Error: 50%s 7',
    ])
  })
  it('resource-off-heap-memory: gigabytes of ArrayBuffer outside the heap are stopped as out of memory', () => {
    const result = results['resource-off-heap-memory']!
    expect(result.points).toBe(HONEST_POINTS)
    expect(check(result, 'concurrent-start').message).toBe('breakfastConcurrent crashed: ran out of memory (over 256 MB)')
    expect(check(result, 'main-prints-times').message).toBe(HONEST_MAIN)
  })
  it('resource-deep-recursion: stack overflows where the grader reads are contained', () => {
    expectHonest('resource-deep-recursion')
    expect(check(results['resource-deep-recursion']!, 'concurrent-start').problems).toEqual(['unhandled rejection: object: [object Object]'])
  })
  it('resource-top-level-interval: a module that never finishes loading fails every check once, with the reason', () => {
    const result = results['resource-top-level-interval']!
    expect(result).toMatchObject({ points: 0, status: 'error' })
    expect(result.message).toBe('the file did not load: Error: the module never finished loading: 100000 timers fired up to t=100000')
  })
  it('resource-unhandled-flood: 10,000 unhandled rejections are reported (20 at most) and cost no later scenario anything', async () => {
    const result = results['resource-unhandled-flood']!
    expectFull('resource-unhandled-flood')
    expect(result.checks.every((candidate) => candidate.status === 'passed')).toBe(true)
    // A passing check carries no feedback: the problems are read from a run of its own.
    const run = await runInSandbox(
      { scenariosFile: scenariosFileOf('toaster'), scenario: 'sequential', submissionFile: attackFiles['resource-unhandled-flood']! },
      { ...defaultLimits, ...testLimits },
    )
    const problems = run.problems
    expect(problems).toHaveLength(20)
    expect(problems.slice(0, 3)).toEqual([
      'unhandled rejection: symbol: Symbol(boom)',
      'unhandled rejection: unreadable: a thrown value that cannot be read',
      'unhandled rejection: unreadable: a thrown value that cannot be read',
    ])
  })
  it('resource-uncaught-in-listener: errors thrown by an event listener and a microtask are reported, and grading goes on', () => {
    const result = results['resource-uncaught-in-listener']!
    expect(result.points).toBe(HONEST_POINTS)
    expect(check(result, 'concurrent-start').message).toBe(HONEST_CONCURRENT)
  })
  it('resource-throws-odd-values: a revoked Proxy and a Symbol thrown are named as what they are', () => {
    const result = results['resource-throws-odd-values']!
    expect(result.points).toBe(HONEST_POINTS)
    expect(check(result, 'concurrent-start').message).toBe('breakfastConcurrent rejected at t=4000 with unreadable: a thrown value that cannot be read')
    expect(check(result, 'main-runs-both').message).toBe('main rejected at t=8000 with symbol: Symbol(odd)')
  })
})

describe('6. files out of the folder', () => {
  it.each(['file-symlink-to-solution', 'file-folder-symlink'])('%s: refused before anything runs', (name) => {
    const result = results[name]!
    expect(result).toMatchObject({ points: 0, status: 'error' })
    expect(result.message).toBe(
      "the file did not load: Error: toaster/toaster.ts is a symbolic link out of its folder: only files that really lie in the exercise's folder are graded",
    )
  })
  it.each([
    ['file-import-symlinked-file', './helper.ts'],
    ['file-import-symlinked-folder', './lib/toaster.ts'],
  ])('%s: the import is refused', (name, specifier) => {
    const result = results[name]!
    expect(result).toMatchObject({ points: 0, status: 'error' })
    expect(result.message).toMatch(new RegExp(`^the file did not load: Error: import of "${specifier.replace(/\./g, '\\.')}" is not allowed in exercise code`))
  })
  it("files-another-exercise: importing another exercise's folder is refused before anything runs", () => {
    const result = results['files-another-exercise']!
    expect(result).toMatchObject({ points: 0, status: 'error' })
    expect(result.message).toMatch(
      /^the file did not load: Error: import of "\.\.\/weather-timeout\/correct-abort-controller\.ts" is not allowed in exercise code/,
    )
  })
  it('file-symlink-inside: a link to a file that really lies in the folder is graded as that file', () => expectHonest('file-symlink-inside'))

  it('a FIFO handed in as the exercise file fails to compile instead of hanging the grading', async () => {
    const dir = join(scratch, 'fifo', 'toaster')
    mkdirSync(dir, { recursive: true })
    const fifo = join(dir, 'toaster.ts')
    execFileSync('mkfifo', [fifo])
    try {
      const outcome = await Promise.race([
        compileSubmission(fifo, join(scratch, 'fifo')),
        new Promise((resolve) => setTimeout(() => resolve('still compiling after 5 s'), 5000)),
      ])
      expect(outcome).toMatchObject({ error: { name: 'Error' } })
    } finally {
      // Whatever is blocked reading the FIFO gets an end of file.
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK))
      } catch {}
    }
  })
})

/** Every text field of a report as one list. */
function texts(report: Report): string[] {
  return report.exercises.flatMap((exercise) => [
    exercise.message ?? '',
    ...exercise.checks.flatMap((item) =>
      [item.message, item.expected, item.actual, item.mistake, item.output, ...(item.problems ?? [])].map((text) => text ?? ''),
    ),
  ])
}

describe('7. sizes and types reaching the report', () => {
  it.each(Object.keys(attackFiles))('%s: the report is valid, and safe once written', (name) => {
    const report = reports[name]!
    expect(() => ReportSchema.parse(report)).not.toThrow()
    const written = safeReport(report)
    expect(JSON.stringify(written).length).toBeLessThan(1_000_000)
    for (const text of texts(written)) expect(text).not.toMatch(/[\u001b\u202e\u0000]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
  })
  it('size-10mb-strings: printed, logged and thrown 10 MB strings arrive cut', () => {
    const result = results['size-10mb-strings']!
    expect(result.points).toBe(HONEST_POINTS)
    const message = check(result, 'concurrent-start').message!
    expect(message).toMatch(/^breakfastConcurrent rejected at t=4000 with Error: x+…$/)
    expect(message.length).toBeLessThanOrEqual(2001)
    expect(check(result, 'main-prints-times').message).toBe(HONEST_MAIN)
    expect(JSON.stringify(result).length).toBeLessThan(100_000)
  })
  it('size-uncapped-values: a Symbol, a key and a BigInt of megabytes are cut like any string', () => {
    const result = results['size-uncapped-values']!
    expect(result.points).toBe(HONEST_POINTS - 1)
    for (const id of ['sequential-result', 'concurrent-result']) expect(check(result, id).message!.length, id).toBeLessThan(5000)
    expect(JSON.stringify(result).length).toBeLessThan(100_000)
  })
  it('size-many-spans: 30,000 toasts make a failure, not a report of megabytes', () => {
    const result = results['size-many-spans']!
    expect(result.points).toBe(HONEST_POINTS)
    expect(check(result, 'concurrent-start').message).toBe('breakfastConcurrent called kitchen.toastBread() 30001 times; a breakfast needs it exactly once')
    expect(JSON.stringify(result).length).toBeLessThan(1_000_000)
  })
  it('size-print-flood: 200,000 printed lines make a failure, not a report of megabytes', () => {
    const result = results['size-print-flood']!
    expect(result.points).toBe(HONEST_POINTS)
    expect(JSON.stringify(result).length).toBeLessThan(1_000_000)
  })
  it('types-control-characters: escape codes, bidi overrides and lone surrogates are kept out of what is written', () => {
    const written = safeReport(reports['types-control-characters']!)
    expect(written.exercises[0]!.points).toBe(HONEST_POINTS)
    expect(() => JSON.parse(JSON.stringify(written))).not.toThrow()
    expect(texts(written).join('\n')).toContain('::error::forged')
  })
  it('types-non-strings-printed: what print is handed is printed as text', () => {
    const result = results['types-non-strings-printed']!
    expect(result.points).toBe(HONEST_POINTS)
    expect(check(result, 'main-prints-times').actual).toMatch(/^"42", "null", "undefined", "Symbol\(s\)", "12", /)
  })
})

describe('8. grading and npm run try look the same from inside', () => {
  it('tell-try-apart: the first Math.random() draw and what ran before are the same under both', async () => {
    const dir = join(scratch, 'try')
    mkdirSync(join(dir, 'toaster'), { recursive: true })
    copyFileSync(attackFiles['tell-try-apart']!, join(dir, 'toaster/toaster.ts'))
    const tried = await runKit('grader/try.ts', ['toaster', '--dir', dir, '--lang', 'en'])
    const said = (text: string) =>
      text
        .split('\n')
        .map((line) => line.replace(/^.*│ /, ''))
        .filter((line) => /^(first draw|scenarios run before in this process):/.test(line))
    expect(said(tried.stdout)).toHaveLength(2)
    expect(said(output('tell-try-apart', 'main-prints-times'))).toEqual(said(tried.stdout))
  })
})

describe('9. nothing leaks between scenarios or submissions', () => {
  it('leak-host-prototypes: no state carries over from an earlier scenario in the same jail', () => {
    expectHonest('leak-host-prototypes')
    expect(output('leak-host-prototypes')).toBe('nothing carried over\n')
  })
  it('leak-module-and-globals: module state, globalThis and shared globals start fresh in every scenario', () => {
    expectHonest('leak-module-and-globals')
    expect(output('leak-module-and-globals')).toBe('nothing carried over\ncalls before in this module: 0\n')
  })
  it('random-seed-a and random-seed-b: two copies of one file draw the same numbers and score the same, whatever ran before', () => {
    const [a, b] = [results['random-seed-a']!, results['random-seed-b']!]
    expect(a.checks.map((item) => item.output)).toEqual(b.checks.map((item) => item.output))
    expect(a.points).toBe(b.points)
  })
})

it('grades every attack at or below its honest score', () => {
  expect(Object.keys(attackFiles)).toHaveLength(43)
  const fullMarks = new Set(['resource-unhandled-flood'])
  const lower = new Set(['values-changing-getters', 'size-uncapped-values'])
  for (const [name, result] of Object.entries(results)) {
    // Their draws are the scenario's, the same at every grading: they may earn what their luck gives.
    if (name.startsWith('random-seed-')) continue
    const honest = fullMarks.has(name)
      ? 10
      : /^file-(symlink-to|folder|import)/.test(name) || name === 'resource-top-level-interval'
        ? 0
        : lower.has(name)
          ? HONEST_POINTS - 1
          : HONEST_POINTS
    expect(result.points, name).toBeLessThanOrEqual(honest)
  }
})
