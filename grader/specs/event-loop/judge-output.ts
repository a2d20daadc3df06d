// Reading and comparing the output of a scenario: the lines the coroutines said, the lines
// the loop printed (whatever the punctuation of the student's toString), and the markers of
// the calls made into the submission. A difference from the expected output is explained by
// the common mistake whose recorded output is exactly what the code printed, when one is.
import type { TraceEvent } from '../../sandbox/trace.ts'
import type { Feedback } from '../feedback.ts'
import { MISTAKE_OUTPUT, OUTPUT } from './expected-output.ts'
import { T } from './texts.ts'
import { type OutputLine, type RunStep, worlds } from './worlds.shared.ts'

const LANES: ReadonlySet<string> = new Set(['say', 'print', 'call', 'threw'])
export const STATUSES = ['NEW', 'RUNNING', 'FINISHED', 'ERROR', 'CANCELLED'] as const

export function outputOf(trace: readonly TraceEvent[]): OutputLine[] {
  return trace
    .filter((event) => event.kind === 'event' && LANES.has(event.lane))
    .map((event) => ({ lane: event.lane as OutputLine['lane'], text: event.label }))
}

export interface TaskLine {
  name: string
  status: string
}

/** The task a printed line is about: the first of `names` it holds, and the first status word. */
export function parseTaskLine(text: string, names: readonly string[]): TaskLine | undefined {
  const first = (words: readonly string[]) =>
    words
      .map((word) => ({ word, at: text.indexOf(word) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at || b.word.length - a.word.length)[0]?.word
  const name = first(names)
  const status = first(STATUSES)
  return name && status ? { name, status } : undefined
}

/** Printed lines about tasks, parsed. */
export function taskLines(output: readonly OutputLine[], names: readonly string[]): TaskLine[] {
  return output.flatMap((line) => (line.lane === 'print' ? (parseTaskLine(line.text, names) ?? []) : []))
}

/** What two lines must share to count as the same: a printed task line compares by name and status. */
export function keyOf(line: OutputLine, names: readonly string[]): string {
  if (line.lane !== 'print') return `${line.lane} ${line.text}`
  const task = parseTaskLine(line.text, names)
  return task ? `task ${task.name} ${task.status}` : `raw ${line.text}`
}

/** The lines during the call `label`: after its marker, up to the next call (none if it is missing). */
export function linesDuringCall(output: readonly OutputLine[], label: string): OutputLine[] {
  const rest = linesAfterCall(output, label)
  const next = rest.findIndex((line) => line.lane === 'call')
  return next < 0 ? rest : rest.slice(0, next)
}

/** The lines after the marker of the call `label` (none if it is missing). */
export function linesAfterCall(output: readonly OutputLine[], label: string): OutputLine[] {
  const at = output.findIndex((line) => line.lane === 'call' && line.text === label)
  return at < 0 ? [] : output.slice(at + 1)
}

/** The lines before the marker of the call `label` (all if it is missing). */
export function linesBeforeCall(output: readonly OutputLine[], label: string): OutputLine[] {
  const at = output.findIndex((line) => line.lane === 'call' && line.text === label)
  return at < 0 ? [...output] : output.slice(0, at)
}

/** What the coroutines said, in order. */
export const saidLines = (output: readonly OutputLine[]) => output.filter((line) => line.lane === 'say').map((line) => line.text)

/** A 'threw' marker, "runUntilEmpty(): Error: Kaboom", as a sentence. */
function threwText(text: string): string {
  const at = text.indexOf(': ')
  return at < 0 ? text : T.threw(text.slice(0, at), text.slice(at + 2))
}

function render(line: OutputLine): string {
  switch (line.lane) {
    case 'call':
      return `[${line.text}]`
    case 'threw':
      return `[${threwText(line.text)}]`
    default:
      return line.text === '' ? '""' : line.text
  }
}

export function renderAll(lines: readonly OutputLine[]): string {
  return lines.length ? lines.map(render).join(', ') : T.nothing
}

/** The index of the first difference between two key lists, or -1 when they are equal. */
function firstDifference(expected: readonly string[], actual: readonly string[]): number {
  const length = Math.max(expected.length, actual.length)
  for (let at = 0; at < length; at++) if (expected[at] !== actual[at]) return at
  return -1
}

const isText = (line: OutputLine | undefined) => line?.lane === 'say' || line?.lane === 'print'

/** One sentence about the first place where `actual` parts from `expected`. */
function describeDifference(expected: readonly OutputLine[], actual: readonly OutputLine[], at: number): string {
  const want = expected[at]
  const got = actual[at]
  const lineNumber = actual.slice(0, at + 1).filter(isText).length
  if (!got) return at === 0 ? T.nothingCame(render(want!)) : T.outputStopped(render(actual[at - 1]!), render(want!))
  if (got.lane === 'threw') return threwText(got.text)
  if (!want) return T.afterTheEnd(render(got))
  const during = actual.slice(0, at).findLast((line) => line.lane === 'call')?.text
  if (isText(got) && want.lane === 'call') return T.printedBeforeCall(render(got), during, want.text)
  if (got.lane === 'call' && isText(want)) return T.returnedBefore(during, render(want))
  return T.lineWas(lineNumber, render(got), render(want))
}

/**
 * The common mistakes whose output is recorded (expected-output.ts), in the order they are
 * tried. A mistake of the turns' order shows in every scenario; running its task alone is
 * runUntilComplete's own, and prints what a stack does.
 */
export const MISTAKES = [
  { mistake: 'lifo', ofTurns: true },
  { mistake: 'requeueFront', ofTurns: true },
  { mistake: 'printLate' },
  { mistake: 'silent' },
  { mistake: 'printEveryTurn' },
  { mistake: 'completeRunsAll' },
  { mistake: 'completeRunsOnlyTarget' },
] as const satisfies ReadonlyArray<{ mistake: keyof typeof T; ofTurns?: true }>

/** The scenarios whose output tells a mistake. */
export type DiagnosedWorld = keyof typeof MISTAKE_OUTPUT

/** Which lines a check compares: all of them, or only some lanes. */
export type Keep = (line: OutputLine) => boolean
export const everyLine: Keep = () => true
/** The turns: what the coroutines said and the calls, whatever the loop printed. */
export const turnLines: Keep = (line) => line.lane !== 'print'

export interface Diagnosis {
  /** Whether one run() stops at the next yield, as the jail found with a task of its own. */
  runStep: RunStep
  /** The loop takes its turns in the right order in another scenario: then no flaw of the order explains this one. */
  turnsRight?: boolean
  /** A mistake read from the output itself, when no recorded mistake prints it exactly. */
  otherwise?: string | undefined
}

/**
 * Feedback when the code's output differs from the expected one on the lines `keep` selects,
 * or undefined when they match.
 */
export function outputFeedback(world: DiagnosedWorld, actualOutput: readonly OutputLine[], keep: Keep, diagnosis: Diagnosis): Feedback | undefined {
  const { names } = worlds[world]
  const keys = (lines: readonly OutputLine[]) => lines.map((line) => keyOf(line, names))
  const expected = OUTPUT[world].filter(keep)
  const actual = actualOutput.filter(keep)
  const at = firstDifference(keys(expected), keys(actual))
  if (at < 0) return undefined
  const printed = keys(actual).join('\n')
  const variant = MISTAKES.filter((candidate) => !(diagnosis.turnsRight && 'ofTurns' in candidate)).find(
    ({ mistake }) => keys(MISTAKE_OUTPUT[world][mistake].filter(keep)).join('\n') === printed,
  )
  const known = variant ? T[variant.mistake] : diagnosis.otherwise
  const mistake = diagnosis.runStep === 'runs-to-end' ? T.runToEnd : (known ?? fallbackMistake(actual, at, names))
  return {
    message: describeDifference(expected, actual, at),
    expected: renderAll(expected),
    actual: renderAll(actual),
    ...(mistake === undefined ? {} : { mistake }),
  }
}

/** A hint from the first line that differs, when no known mistake explains the whole output. */
function fallbackMistake(actual: readonly OutputLine[], at: number, names: readonly string[]): string | undefined {
  const got = actual[at]
  if (got?.lane === 'threw') return undefined
  if (got?.lane === 'print') {
    if (!parseTaskLine(got.text, names)) return T.unreadableLine
    const key = keyOf(got, names)
    if (actual.slice(0, at).some((line) => keyOf(line, names) === key)) return T.printedTwice
  }
  return T.order
}
