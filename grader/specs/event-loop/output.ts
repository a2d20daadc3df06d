// Reading and comparing the output of a scenario: the lines the coroutines said, the
// lines the loop printed (whatever the punctuation of the student's toString), and the
// markers of the calls made into the submission.
import type { TraceEvent } from '../../sandbox/trace.ts'
import { say } from '../say.ts'
import type { OutputLine } from './model.ts'

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

/** What two lines must share to count as the same: a printed task line compares by name and status. */
export function keyOf(line: OutputLine, names: readonly string[]): string {
  if (line.lane !== 'print') return `${line.lane} ${line.text}`
  const task = parseTaskLine(line.text, names)
  return task ? `task ${task.name} ${task.status}` : `raw ${line.text}`
}

/** "runUntilEmpty() threw Error: Kaboom": a call and what it threw. */
export const threw = (call: string, error: string) => say({ en: `${call} threw ${error}`, fr: `${call} a levé ${error}` })

/** A 'threw' marker, "runUntilEmpty(): Error: Kaboom", as a sentence. */
function threwText(text: string): string {
  const at = text.indexOf(': ')
  return at < 0 ? text : threw(text.slice(0, at), text.slice(at + 2))
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
  return lines.length ? lines.map(render).join(', ') : say({ en: 'nothing', fr: 'rien' })
}

/** The index of the first difference between two key lists, or -1 when they are equal. */
export function firstDifference(expected: readonly string[], actual: readonly string[]): number {
  const length = Math.max(expected.length, actual.length)
  for (let at = 0; at < length; at++) if (expected[at] !== actual[at]) return at
  return -1
}

const isText = (line: OutputLine | undefined) => line?.lane === 'say' || line?.lane === 'print'

/** One sentence about the first place where `actual` parts from `expected`. */
export function describeDifference(expected: readonly OutputLine[], actual: readonly OutputLine[], at: number): string {
  const want = expected[at]
  const got = actual[at]
  const lineNumber = actual.slice(0, at + 1).filter(isText).length
  if (!got) {
    return at === 0
      ? say({ en: `nothing was printed: ${render(want!)} never came`, fr: `rien n'a été affiché : ${render(want!)} n'est jamais apparu` })
      : say({
          en: `the output stopped after ${render(actual[at - 1]!)}: ${render(want!)} never came`,
          fr: `la sortie s'est arrêtée après ${render(actual[at - 1]!)} : ${render(want!)} n'est jamais apparu`,
        })
  }
  if (got.lane === 'threw') return threwText(got.text)
  if (!want) {
    return say({ en: `${render(got)} came after the end of the expected output`, fr: `${render(got)} est apparu après la fin de la sortie attendue` })
  }
  const during = actual.slice(0, at).findLast((line) => line.lane === 'call')?.text
  if (isText(got) && want.lane === 'call') {
    return say({
      en: `${render(got)} was printed${during ? ` during ${during}` : ''}, before ${want.text} was called`,
      fr: `${render(got)} a été affiché${during ? ` pendant ${during}` : ''}, avant l'appel de ${want.text}`,
    })
  }
  if (got.lane === 'call' && isText(want)) {
    return say({
      en: `${during ?? 'the first call'} returned before ${render(want)} was printed`,
      fr: `${during ?? 'le premier appel'} a rendu la main avant que ${render(want)} soit affiché`,
    })
  }
  return say({
    en: `output line ${lineNumber} was ${render(got)} where ${render(want)} was expected`,
    fr: `la ligne ${lineNumber} de la sortie était ${render(got)} là où ${render(want)} était attendu`,
  })
}
