// Compares a student's output with the model's, and names the mistake behind a
// difference: the output of each common mistake is computed by a flawed model, and the
// one that matches the student's output exactly gives its explanation.
import type { Feedback } from '../feedback.ts'
import { replay, type Flaws, type OutputLine } from './model.ts'
import { describeDifference, firstDifference, keyOf, parseTaskLine, renderAll } from './output.ts'
import { worlds, type WorldName } from './worlds.ts'

/** What the sandbox found when it ran one fresh task once: does run() stop at the next yield? */
export type RunStep = 'stops-at-yield' | 'runs-to-end' | 'unknown'

export const MISTAKES = {
  runToEnd: 'Task.run() runs the coroutine to its end: it must stop at the next yield (one call to next() per run()), so that the other tasks get their turn in between',
  lifo: 'the loop takes the task queued last first (last-in first-out, like a stack): take the next task from the front of the queue and put an unfinished one at the back, so that the tasks take turns in order',
  requeueFront: 'an unfinished task goes back to the front of the queue, so it runs again at once and each task runs to its end before the next one starts: put it at the back of the queue',
  printLate: 'a finished task is printed one turn late, when its turn comes round again: print it right after the run() that finished it, and do not put it back in the queue',
  silent: 'finished tasks are never printed: print each one once, with console.log(String(task)), right after the run() that finished it',
  printEveryTurn: 'the loop prints a task after every turn: print it only once, when it is done',
  completeRunsAll: 'runUntilComplete went on until the queue was empty: it must return as soon as its own task is done, leaving the other tasks in the queue',
  completeRunsOnlyTarget: 'runUntilComplete ran only its own task: the other tasks in the queue must keep taking their turns while it runs',
  errorEscapes: 'the error thrown by the coroutine escaped from Task.run(): catch it around next(), keep it in errorValue and set the status to ERROR; the loop then prints the task like a finished one and goes on with the others',
  unreadableLine: 'a printed line does not show its task: print each finished task with console.log(String(task)), and give Task a toString() that holds its name and its status',
  printedTwice: 'a task must be printed once, when it is done',
  order: 'take the task at the front of the queue and run it to its next yield; print it if it is done, otherwise put it at the back of the queue',
} as const

const VARIANTS: ReadonlyArray<{ flaws: Flaws; mistake: string }> = [
  { flaws: { lifo: true }, mistake: MISTAKES.lifo },
  { flaws: { requeueFront: true }, mistake: MISTAKES.requeueFront },
  { flaws: { printLate: true }, mistake: MISTAKES.printLate },
  { flaws: { silent: true }, mistake: MISTAKES.silent },
  { flaws: { printEveryTurn: true }, mistake: MISTAKES.printEveryTurn },
  { flaws: { completeRunsAll: true }, mistake: MISTAKES.completeRunsAll },
  { flaws: { completeRunsOnlyTarget: true }, mistake: MISTAKES.completeRunsOnlyTarget },
]

/** Which lines a check compares: all of them, or only some lanes. */
type Keep = (line: OutputLine) => boolean

/**
 * Feedback when the student's output differs from the model's on the lines `keep`
 * selects, or undefined when they match.
 */
export function outputFeedback(world: WorldName, actualOutput: readonly OutputLine[], keep: Keep, runStep: RunStep): Feedback | undefined {
  const { names } = worlds[world]
  const keys = (lines: readonly OutputLine[]) => lines.map((line) => keyOf(line, names))
  const expected = replay(world).filter(keep)
  const actual = actualOutput.filter(keep)
  const at = firstDifference(keys(expected), keys(actual))
  if (at < 0) return undefined
  const mistake = runStep === 'runs-to-end'
    ? MISTAKES.runToEnd
    : VARIANTS.find(({ flaws }) => keys(replay(world, flaws).filter(keep)).join('\n') === keys(actual).join('\n'))?.mistake
  return {
    message: describeDifference(expected, actual, at),
    expected: renderAll(expected),
    actual: renderAll(actual),
    mistake: mistake ?? fallbackMistake(actual, at, names),
  }
}

/** A hint from the first line that differs, when no known mistake explains the whole output. */
function fallbackMistake(actual: readonly OutputLine[], at: number, names: readonly string[]): string | undefined {
  const got = actual[at]
  if (got?.lane === 'threw') return undefined
  if (got?.lane === 'print') {
    if (!parseTaskLine(got.text, names)) return MISTAKES.unreadableLine
    const key = keyOf(got, names)
    if (actual.slice(0, at).some((line) => keyOf(line, names) === key)) return MISTAKES.printedTwice
  }
  return MISTAKES.order
}
