// How a predict item is judged: the lines the snippet printed when the world ran it, against
// the lines the student predicted. A wrong prediction is told where it first differs and the
// idea it missed, read from the prediction itself (a timer's line put before a microtask's,
// a line missing...), never what the snippet printed.
import { show } from '../../sandbox/plain.ts'
import { fail } from '../feedback.ts'
import type { Run } from '../run.ts'
import type { PredictItem } from './items.shared.ts'
import type { PredictRun } from './scenarios.jail.ts'
import { type Section, T, WHY } from './texts.ts'

type Why = keyof typeof WHY

/** `first` was predicted before `then`, both predicted. */
const before = (lines: string[], first: string | undefined, then: string | undefined) =>
  first !== undefined && then !== undefined && lines.includes(first) && lines.includes(then) && lines.indexOf(first) < lines.indexOf(then)
const anyBefore = (lines: string[], firsts: string[], then: string) => firsts.some((first) => before(lines, first, then))
/** The first predicted line that starts with `prefix`. */
const startingWith = (lines: string[], prefix: string) => lines.find((line) => line.startsWith(prefix))

/** Per item: the section to reread, the habits a prediction can show (the first that holds is told), and the idea otherwise. */
const READING: Record<PredictItem, { section: Section; habits: [(lines: string[]) => boolean, Why][]; idea: Why }> = {
  microtasks: {
    section: 'microtasks',
    habits: [
      [(lines) => anyBefore(lines, ['timeout'], 'then') || anyBefore(lines, ['timeout'], 'microtask'), 'timerBeforeMicrotask'],
      [(lines) => anyBefore(lines, ['then', 'microtask', 'timeout'], 'sync 2'), 'callbackInterrupts'],
      [(lines) => before(lines, 'microtask', 'then'), 'microtasksInOrder'],
    ],
    idea: 'microtasksFirst',
  },
  'starts-at-once': {
    section: 'calling',
    habits: [
      [(lines) => before(lines, 'tea ordered', 'brewing tea'), 'pythonStartsAtAwait'],
      [(lines) => before(lines, 'tea served', 'tea ready'), 'awaitWaits'],
    ],
    idea: 'callingStarts',
  },
  'no-await': {
    section: 'calling',
    habits: [
      [(lines) => !lines.includes('saved draft'), 'pythonNeverRuns'],
      [(lines) => before(lines, 'saved draft', 'main returns'), 'notAwaitedNotWaited'],
    ],
    idea: 'callWithoutAwait',
  },
  'await-each': {
    section: 'calling',
    habits: [
      [(lines) => lines.some((line) => line.endsWith('t=3000')), 'pythonSequential'],
      [(lines) => before(lines, startingWith(lines, 'toast'), startingWith(lines, 'coffee')), 'awaitOrderIsNotFinishOrder'],
    ],
    idea: 'startedThenAwaited',
  },
  interleave: {
    section: 'cooperative',
    habits: [
      [(lines) => before(lines, 'a 2', 'b 1') || before(lines, 'a 3', 'b 2'), 'awaitHandsBack'],
      [(lines) => anyBefore(lines, ['a 2', 'b 2', 'a 3', 'b 3'], 'both started') || before(lines, 'both started', 'b 1'), 'callerGoesOn'],
    ],
    idea: 'takingTurns',
  },
}

/** The prediction as lines, each trimmed; fails when the item is unanswered or is no list of strings. */
function predictedLines(item: PredictItem, { predicted, isTable }: PredictRun): string[] {
  if (!isTable) fail({ message: T.notATable('predict', show(predicted)), mistake: T.keepTheStubShape })
  if (predicted === undefined) fail({ message: T.notAnswered('predict', item, T.missingItem), expected: T.predictedLines, mistake: T.keepTheStubShape })
  if (!Array.isArray(predicted) || predicted.some((line) => typeof line !== 'string')) {
    fail({ message: T.notLines(item, show(predicted)), expected: T.predictedLines, mistake: T.linesAreStrings })
  }
  const lines = (predicted as string[]).map((line) => line.trim())
  if (lines.every((line) => line === '')) fail({ message: T.notAnswered('predict', item, T.noLine), expected: T.predictedLines })
  return lines
}

/** The snippet printed exactly the predicted lines, in that order. */
export function judgePrediction(item: PredictItem, run: Run<PredictRun>): void {
  const { value } = run.resolved('predict')
  const lines = predictedLines(item, value)
  const { printed } = value
  const differs = lines.findIndex((line, index) => index < printed.length && line !== printed[index])
  if (differs < 0 && lines.length === printed.length) return
  const reading = READING[item]
  const why = reading.habits.find(([holds]) => holds(lines))?.[1] ?? reading.idea
  fail({
    message:
      differs >= 0
        ? T.lineDiffers(item, differs + 1, show(lines[differs]))
        : lines.length < printed.length
          ? T.printedMore(item, lines.length)
          : T.printedFewer(item, lines.length),
    expected: T.predictedLines,
    actual: show(lines),
    mistake: T.because(WHY[why], T.readSection(reading.section)),
  })
}
