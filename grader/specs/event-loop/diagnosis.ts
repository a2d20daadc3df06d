// Compares a student's output with the model's, and names the mistake behind a
// difference: the output of each common mistake is computed by a flawed model, and the
// one that matches the student's output exactly gives its explanation.
import type { Feedback } from '../feedback.ts'
import { say } from '../say.ts'
import { replay, type Flaws, type OutputLine } from './model.ts'
import { describeDifference, firstDifference, keyOf, parseTaskLine, renderAll } from './output.ts'
import { worlds, type WorldName } from './worlds.ts'

/** What the sandbox found when it ran one fresh task once: does run() stop at the next yield? */
export type RunStep = 'stops-at-yield' | 'runs-to-end' | 'unknown'

export const MISTAKES = {
  runToEnd: say({
    en: 'Task.run() runs the coroutine to its end: it must stop at the next yield (one call to next() per run()), so that the other tasks get their turn in between',
    fr: "Task.run() exécute la coroutine jusqu'au bout : elle doit s'arrêter au prochain yield (un appel à next() par run()), pour que les autres tâches aient leur tour entre-temps",
  }),
  lifo: say({
    en: 'the loop takes the task queued last first (last-in first-out, like a stack): take the next task from the front of the queue and put an unfinished one at the back, so that the tasks take turns in order',
    fr: "la boucle prend d'abord la dernière tâche mise en file (dernier arrivé, premier servi, comme une pile) : prenez la tâche suivante en tête de file et remettez une tâche non terminée en queue de file, pour que les tâches passent chacune à leur tour",
  }),
  requeueFront: say({
    en: 'an unfinished task goes back to the front of the queue, so it runs again at once and each task runs to its end before the next one starts: put it at the back of the queue',
    fr: "une tâche non terminée est remise en tête de file : elle repasse aussitôt, et chaque tâche va jusqu'au bout avant que la suivante ne démarre. Remettez-la en queue de file",
  }),
  printLate: say({
    en: 'a finished task is printed one turn late, when its turn comes round again: print it right after the run() that finished it, and do not put it back in the queue',
    fr: "une tâche terminée est affichée avec un tour de retard, quand son tour revient : affichez-la juste après le run() qui l'a terminée, et ne la remettez pas dans la file",
  }),
  silent: say({
    en: 'finished tasks are never printed: print each one once, with console.log(String(task)), right after the run() that finished it',
    fr: "les tâches terminées ne sont jamais affichées : affichez chacune une fois, avec console.log(String(task)), juste après le run() qui l'a terminée",
  }),
  printEveryTurn: say({
    en: 'the loop prints a task after every turn: print it only once, when it is done',
    fr: 'la boucle affiche une tâche après chaque tour : affichez-la une seule fois, quand elle est terminée',
  }),
  completeRunsAll: say({
    en: 'runUntilComplete went on until the queue was empty: it must return as soon as its own task is done, leaving the other tasks in the queue',
    fr: "runUntilComplete a continué jusqu'à ce que la file soit vide : elle doit rendre la main dès que sa propre tâche est terminée, en laissant les autres tâches dans la file",
  }),
  completeRunsOnlyTarget: say({
    en: 'runUntilComplete ran only its own task: the other tasks in the queue must keep taking their turns while it runs',
    fr: "runUntilComplete n'a exécuté que sa propre tâche : les autres tâches de la file doivent continuer à passer à tour de rôle pendant ce temps",
  }),
  errorEscapes: say({
    en: 'the error thrown by the coroutine escaped from Task.run(): catch it around next(), keep it in errorValue and set the status to ERROR; the loop then prints the task like a finished one and goes on with the others',
    fr: "l'erreur levée par la coroutine s'est échappée de Task.run() : interceptez-la autour de next(), gardez-la dans errorValue et passez le statut à ERROR ; la boucle affiche alors la tâche comme une tâche terminée et continue avec les autres",
  }),
  unreadableLine: say({
    en: 'a printed line does not show its task: print each finished task with console.log(String(task)), and give Task a toString() that holds its name and its status',
    fr: 'une ligne affichée ne montre pas sa tâche : affichez chaque tâche terminée avec console.log(String(task)), et donnez à Task un toString() qui contient son nom et son statut',
  }),
  printedTwice: say({
    en: 'a task must be printed once, when it is done',
    fr: 'une tâche doit être affichée une seule fois, quand elle est terminée',
  }),
  order: say({
    en: 'take the task at the front of the queue and run it to its next yield; print it if it is done, otherwise put it at the back of the queue',
    fr: "prenez la tâche en tête de file et exécutez-la jusqu'à son prochain yield ; affichez-la si elle est terminée, sinon remettez-la en queue de file",
  }),
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
  const mistake =
    runStep === 'runs-to-end'
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
