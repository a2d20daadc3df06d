// How the checks of the Loop judge it: what schedule returns, what runUntilEmpty ran and
// printed, a task that fails, runUntilComplete and cancelled tasks.
import { show } from '../../sandbox/plain.ts'
import { fail } from '../feedback.ts'
import type { Run } from '../run.ts'
import { resultOf, statusText } from './judge.ts'
import { OUTPUT } from './expected-output.ts'
import {
  everyLine,
  linesAfterCall,
  linesBeforeCall,
  linesDuringCall,
  outputFeedback,
  outputOf,
  parseTaskLine,
  renderAll,
  saidLines,
  taskLines,
  turnLines,
} from './judge-output.ts'
import type scenarios from './scenarios.jail.ts'
import { T } from './texts.ts'
import { KABOOM, type OutputLine, worlds } from './worlds.shared.ts'

type RunOf<Name extends keyof typeof scenarios> = Run<Awaited<ReturnType<(typeof scenarios)[Name]['run']>>>

export function judgeSchedule(run: RunOf<'schedule'>): void {
  const { fromGenerator, fromTask, ran, after: finals } = resultOf(run)
  const output = outputOf(run.trace)
  const context = { expected: T.scheduleExpected }
  if (fromGenerator.threw) fail({ ...context, message: T.threw('schedule(ticTac(), "tic_tac")', fromGenerator.threw) })
  if (!fromGenerator.isTask) fail({ ...context, message: T.scheduleReturned(T.notATask(fromGenerator.type)), mistake: T.wrapGenerator })
  if (fromGenerator.name !== 'tic_tac') fail({ ...context, message: T.scheduledNamed(show(fromGenerator.name)), mistake: T.passName })
  const early = linesBeforeCall(output, 'runUntilEmpty()').filter((line) => line.lane === 'say' || line.lane === 'print')
  if (fromGenerator.status !== 'NEW' || early.length) {
    const message = T.scheduleRan(statusText(fromGenerator.status), early.length ? renderAll(early) : undefined)
    fail({ ...context, message, mistake: T.scheduleOnlyQueues })
  }
  if (fromTask.threw) fail({ ...context, message: T.threw('schedule(task)', fromTask.threw) })
  if (!fromTask.sameTask) fail({ ...context, message: T.scheduleLostTask, mistake: T.scheduleTaskAsIs })
  if (ran) fail({ ...context, message: T.threw('runUntilEmpty()', ran) })
  if (saidLines(output).length === 0 && [finals.tic_tac, finals.spam].every((final) => final.status === 'NEW')) {
    fail({ ...context, message: T.ranNeither, actual: renderAll(output), mistake: T.scheduleThenRun })
  }
  for (const [name, value] of [
    ['tic_tac', 'Boum!'],
    ['spam', 'SPAM!'],
  ] as const) {
    const final = finals[name]
    if (final.status !== 'FINISHED' || final.returnValue !== value) {
      fail({
        ...context,
        message: T.afterRunUntilEmpty(name, statusText(final.status), show(final.returnValue)),
        mistake: name === 'spam' ? T.runTheGivenTask : T.runTheReturnedTask,
      })
    }
  }
}

/** The course's tic_tac and spam, every line compared, the loop's prints included. */
export function judgeInterleaving(run: RunOf<'seed'>): void {
  const { runStep } = resultOf(run)
  const feedback = outputFeedback('seed', outputOf(run.trace), everyLine, { runStep })
  if (feedback) fail(feedback)
}

/** Three tasks' turns, whatever the loop prints. */
export function judgeTurns(run: RunOf<'round-robin'>): void {
  const { runStep } = resultOf(run)
  const feedback = outputFeedback('round-robin', outputOf(run.trace), turnLines, { runStep })
  if (feedback) fail({ ...feedback, message: T.outOfOrder(feedback.message) })
}

export function judgeErrors(run: RunOf<'errors'>): void {
  const { ran, errorIsTheError, fragile, spam } = resultOf(run)
  const output = outputOf(run.trace)
  const context = { expected: T.errorsExpected(`Ping, Spam, <fragile ERROR ${KABOOM}>, Eggs, Bacon, <spam FINISHED SPAM!>`), actual: renderAll(output) }
  if (ran) {
    const escaped = ran.includes(KABOOM)
    fail({ ...context, message: `${T.threw('runUntilEmpty()', ran)}${escaped ? T.thrownByFragile : ''}`, mistake: escaped ? T.errorEscapes : undefined })
  }
  if (!fragile.isTask) fail({ ...context, message: T.scheduledFragile(T.notATask(fragile.type)), mistake: T.wrapGenerator })
  if (fragile.status !== 'ERROR' || !errorIsTheError) {
    fail({ ...context, message: T.fragileAfterThrow(statusText(fragile.status), show(fragile.errorValue)), mistake: T.errorEscapes })
  }
  const fragileLines = taskLines(output, worlds.errors.names).filter((line) => line.name === 'fragile')
  if (fragileLines.length !== 1 || fragileLines[0]!.status !== 'ERROR') {
    const statuses = fragileLines.length ? ` (${fragileLines.map((line) => line.status).join(', ')})` : ''
    fail({ ...context, message: T.fragilePrinted(fragileLines.length, statuses), mistake: T.errorPrintedOnce })
  }
  // Printed with its error: the line the loop printed shows the error value. When String(task)
  // itself leaves the error out, that is the toString check's to judge, not this one's.
  const fragileText = 'value' in fragile.text ? fragile.text.value : undefined
  const printedLine = output.find((line) => line.lane === 'print' && parseTaskLine(line.text, worlds.errors.names)?.name === 'fragile')!.text
  if (!printedLine.includes(KABOOM) && fragileText?.includes(KABOOM)) {
    fail({ ...context, message: T.printedWithoutError(show(printedLine), KABOOM, show(fragileText)), mistake: T.printTheTask })
  }
  const spamSaid = saidLines(output).filter((line) => ['Spam', 'Eggs', 'Bacon'].includes(line))
  if (spam.status !== 'FINISHED' || spamSaid.join() !== 'Spam,Eggs,Bacon') {
    fail({ ...context, message: T.spamStopped(statusText(spam.status)), mistake: T.errorStaysInTask })
  }
}

const COMPLETE_EXAMPLE = 'runUntilComplete(example(), "example")'

/**
 * runUntilComplete(example()) and then runUntilComplete(task). `roundRobin` tells a loop
 * whose turns are wrong everywhere (a stack runs the newest task alone, as running only its
 * own task does) from a runUntilComplete that runs its task alone.
 */
export async function judgeComplete(run: RunOf<'complete'>, roundRobin: () => Promise<RunOf<'round-robin'>>): Promise<void> {
  const { runStep, completed, again } = resultOf(run)
  const output = outputOf(run.trace)
  if (completed.threw) {
    const exampleRan = saidLines(linesDuringCall(output, COMPLETE_EXAMPLE)).length > 0
    fail({
      message: T.threw(COMPLETE_EXAMPLE, completed.threw),
      expected: renderAll(OUTPUT.complete),
      actual: renderAll(output),
      mistake: exampleRan ? T.completeSchedules : T.completeThrewBeforeExample,
    })
  }
  if (!completed.isTask || completed.status !== 'FINISHED' || completed.returnValue !== 'all good') {
    fail({
      message: completed.isTask ? T.completedWhile(statusText(completed.status), show(completed.returnValue)) : T.completeReturned(T.notATask(completed.type)),
      expected: T.exampleFinished,
      mistake: T.completeSchedules,
    })
  }
  if (outputFeedback('complete', output, everyLine, { runStep })) {
    const turnsRight = !outputFeedback('round-robin', outputOf((await roundRobin()).trace), turnLines, { runStep })
    const otherwise = turnsRight && ranAlone(output) ? T.completeRunsOnlyTarget : undefined
    // What this scenario printed, not the round-robin's as well.
    fail({ ...outputFeedback('complete', output, everyLine, { runStep, turnsRight, otherwise })!, output: run.output })
  }
  if (again.threw || !again.sameTask || again.status !== 'FINISHED') {
    fail({
      message: again.threw ? T.threw('runUntilComplete(task)', again.threw) : T.againReturned(again.sameTask, statusText(again.status)),
      expected: T.givenTaskFinished,
      mistake: T.completeAcceptsTask,
    })
  }
}

/** Whether example ran to its end during its runUntilComplete while subtask, queued since its first turn, never got one. */
function ranAlone(output: readonly OutputLine[]): boolean {
  const said = saidLines(linesDuringCall(output, COMPLETE_EXAMPLE))
  return said.includes('example 3') && !said.some((line) => line.startsWith('subtask'))
}

export function judgeCancelDrops(run: RunOf<'cancel'>): void {
  const { cancelled, skippedWhenCancelled, workerWhenCancelled, ran, final } = resultOf(run)
  const output = outputOf(run.trace)
  const context = { expected: T.cancelDropsExpected, actual: renderAll(output) }
  if (cancelled) fail({ ...context, message: T.threw('skipped.cancel()', cancelled) })
  if (skippedWhenCancelled.status !== 'CANCELLED') {
    fail({ ...context, message: T.statusRightAfterCancel(statusText(skippedWhenCancelled.status)), mistake: T.cancelSetsCancelled })
  }
  if (ran) fail({ ...context, message: T.threw('runUntilEmpty()', ran) })
  const skippedRan = saidLines(output).filter((line) => line.startsWith('skipped'))
  if (skippedRan.length) fail({ ...context, message: T.skippedRan(skippedRan), mistake: T.ranCancelled })
  const workerAfter = saidLines(linesAfterCall(output, 'worker.cancel()')).filter((line) => line.startsWith('worker'))
  if (workerAfter.length) fail({ ...context, message: T.workerKeptRunning(workerAfter), mistake: T.ranCancelled })
  // In a loop that gets the order wrong, worker may be done before boss cancels it.
  const cancelledNames = workerWhenCancelled === 'FINISHED' || workerWhenCancelled === 'ERROR' ? ['skipped'] : ['skipped', 'worker']
  for (const name of cancelledNames) {
    const lines = taskLines(output, worlds.cancel.names).filter((line) => line.name === name)
    if (lines.length !== 1 || lines[0]!.status !== 'CANCELLED') {
      const statuses = lines.length ? ` (${lines.map((line) => line.status).join(', ')})` : ''
      fail({
        ...context,
        message: T.cancelledPrinted(name, lines.length, statuses),
        mistake: lines.length > 1 ? T.printCancelledOnce : T.printCancelledOnItsTurn,
      })
    }
    if (final[name]!.status !== 'CANCELLED') fail({ ...context, message: T.cancelledAtTheEnd(name, statusText(final[name]!.status)), mistake: T.ranCancelled })
  }
  if (taskLines(linesBeforeCall(output, 'runUntilEmpty()'), worlds.cancel.names).length) {
    fail({ ...context, message: T.printedAtCancel, mistake: T.loopPrintsCancelled })
  }
  for (const name of ['boss', 'bystander']) {
    if (final[name]!.status !== 'FINISHED') fail({ ...context, message: T.didNotFinish(name, statusText(final[name]!.status)), mistake: T.dropLeavesOthers })
  }
}
