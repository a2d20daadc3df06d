// How the checks judge firstCompleted: which tasks it started and when, how it settled,
// which signals it aborted, and what it left unhandled.
import { show } from '../../sandbox/plain.ts'
import { resolvesAt } from '../feedback.ts'
import type { Failure, Run } from '../run.ts'
import { ending, settle, unhandledRejections } from './judge-run.ts'
import { T } from './texts.ts'
import {
  ABORTED,
  FIRST_COMPLETED,
  NO_SIGNAL,
  TASK_WORLDS,
  THREW,
  THREW_AT_CALL,
  expectedTaskSpans,
  firstToSettle,
  taskLane,
  type TaskPlan,
  type TaskWorldName,
} from './worlds.shared.ts'

export interface TaskRun {
  index: number
  /** When the task was first called; missing if never. */
  start?: number
  withSignal: boolean
  /** The first abort of its signal: when, with what, and whether after the call settled. */
  abort?: { at: number; reason: string; late: boolean }
}

/** What the world saw of each task of the run. */
export function tasksOf(run: Run, plans: readonly TaskPlan[]): TaskRun[] {
  return plans.map((_, index) => {
    const lane = taskLane(index)
    const events = run.trace.filter((event) => event.lane === lane)
    const called = events.find((event) => event.kind === 'start' || event.label === THREW)
    const aborted = events.find((event) => event.kind === 'event' && event.label.startsWith(ABORTED))
    return {
      index,
      ...(called ? { start: called.t } : {}),
      withSignal: !events.some((event) => event.label === NO_SIGNAL),
      ...(aborted ? { abort: { at: aborted.t, reason: /\((.*)\)$/.exec(aborted.label)?.[1] ?? '?', late: aborted.late === true } } : {}),
    }
  })
}

function failIn(run: Run, name: TaskWorldName, failure: Failure): never {
  run.fail(failure, expectedTaskSpans(TASK_WORLDS[name]))
}

/** What the first task to settle does, in words: "task 1 resolved (t=100)". */
function occasion(name: TaskWorldName): string {
  const first = firstToSettle(TASK_WORLDS[name])!
  return first.plan.throws ? T.taskThrew(first.index) : first.plan.fails ? T.taskFailed(first.index, first.at) : T.taskResolved(first.index, first.at)
}

/** Every task must have been called, at t=0: otherwise the check cannot judge what it names. */
function requireEveryTaskStarted(run: Run, name: TaskWorldName, expected: string): TaskRun[] {
  const plans: readonly TaskPlan[] = TASK_WORLDS[name]
  const tasks = tasksOf(run, plans)
  const first = firstToSettle(plans)!
  // After a synchronous throw, the tasks not started yet need not be: they would be aborted at once.
  const required = tasks.filter((task) => !(first.plan.throws && task.index > first.index))
  const unstarted = required.find((task) => task.start === undefined)
  const late = required.find((task) => task.start !== undefined && task.start > 0)
  if (!unstarted && !late) return tasks
  const none = tasks.every((task) => task.start === undefined)
  failIn(run, name, {
    message: none ? T.startedNoTask(ending(run)) : unstarted ? T.neverStarted(unstarted.index) : T.startedLate(late!.index, late!.start!),
    expected,
    actual: T.startTimes(tasks.map((task) => task.start)),
    mistake: none ? T.callEveryTask : T.startAllAtOnce,
  })
}

/** firstCompleted resolves with the first task to settle, its index and value, at that instant. */
export function judgeWinner(run: Run, name: TaskWorldName): void {
  const plans: readonly TaskPlan[] = TASK_WORLDS[name]
  const first = firstToSettle(plans)!
  const result = { index: first.index, value: first.plan.value }
  const expected = resolvesAt(first.at, show(result))
  const at = settle(run, FIRST_COMPLETED, expected, expectedTaskSpans(plans))
  requireEveryTaskStarted(run, name, expected)
  const said = { expected, actual: ending(run) }
  const outcome = run.outcome
  if (outcome.kind === 'rejected') {
    failIn(run, name, {
      ...said,
      message: T.rejectedThoughResolved(ending(run), occasion(name)),
      mistake: outcome.error.name === 'AbortError' ? T.winnerAbortedBeforeSettling : T.settleLikeTheFirst,
    })
  }
  if (at !== first.at) {
    const last = Math.max(...plans.map((plan) => plan.ms))
    failIn(run, name, {
      ...said,
      message: T.resolvedNotAtFirst(at, occasion(name)),
      mistake: at < first.at ? T.missingAwait : at === last ? T.waitedForAll : T.settleAtTheFirst,
    })
  }
  const value = outcome.kind === 'resolved' ? (outcome.value as { index?: unknown; value?: unknown } | undefined) : undefined
  if (value?.index === result.index && value.value === result.value) return
  const shape = value !== null && typeof value === 'object' && 'index' in value && 'value' in value
  const tied = plans.filter((plan) => plan.ms === first.at).length > 1
  failIn(run, name, {
    ...said,
    message: T.resolvedWithNot(show(outcome.kind === 'resolved' ? outcome.value : undefined), show(result)),
    mistake: !shape ? T.indexAndValue : tied ? T.tieGoesToFirstSettled(first.index) : T.indexOfTheWinner,
  })
}

/** Every other task started was aborted at the instant the first settled, with an AbortError. */
export function judgeLosersAborted(run: Run, name: TaskWorldName): void {
  const plans: readonly TaskPlan[] = TASK_WORLDS[name]
  const first = firstToSettle(plans)!
  const expected = T.losersAbortedAt(first.index, first.at)
  settle(run, FIRST_COMPLETED, expected, expectedTaskSpans(plans), { bugsAllowed: true })
  const tasks = requireEveryTaskStarted(run, name, expected)
  const losers = tasks.filter((task) => task.index !== first.index && task.start !== undefined)
  for (const task of losers) {
    const abort = task.abort
    if (abort && abort.at === first.at && abort.reason === 'AbortError') continue
    const said = { expected }
    if (abort && abort.at === first.at) {
      failIn(run, name, {
        ...said,
        message: T.abortedWithReason(task.index, abort.reason),
        actual: T.abortedWithReason(task.index, abort.reason),
        mistake: T.abortWithAbortError,
      })
    }
    if (abort) {
      // Aborted when the first task resolved, though a failure came first: the wait ignored failures.
      const firstSuccess = Math.min(...plans.filter((plan) => !plan.fails && !plan.throws).map((plan) => plan.ms))
      failIn(run, name, {
        ...said,
        message: T.abortedLater(task.index, abort.at, occasion(name)),
        actual: T.abortedAtShort(task.index, abort.at),
        mistake: !first.plan.value && abort.at === firstSuccess ? T.failureSettlesToo : T.abortAtThatInstant,
      })
    }
    const ended = plans[task.index]!.ms
    const neverReached = tasks.some((other) => other.index > first.index && other.start === undefined)
    failIn(run, name, {
      ...said,
      message: T.notAborted(task.index, occasion(name), ended),
      actual: T.ranToItsEnd(task.index, ended),
      mistake: !task.withSignal
        ? T.withoutSignal(task.index)
        : first.plan.throws && neverReached
          ? T.syncThrowEscaped(first.index, task.index)
          : T.raceStopsNothing,
    })
  }
}

/** The winner's signal is never aborted, not even after the call settled. */
export function judgeWinnerSpared(run: Run, name: TaskWorldName): void {
  const plans: readonly TaskPlan[] = TASK_WORLDS[name]
  const first = firstToSettle(plans)!
  const expected = T.winnerSpared(first.index)
  settle(run, FIRST_COMPLETED, expected, expectedTaskSpans(plans), { bugsAllowed: true })
  const tasks = requireEveryTaskStarted(run, name, expected)
  const winner = tasks[first.index]!
  if (!winner.withSignal) {
    failIn(run, name, {
      expected,
      message: T.winnerWithoutSignal(first.index),
      actual: T.winnerWithoutSignal(first.index),
      mistake: T.withoutSignal(first.index),
    })
  }
  if (!winner.abort) return
  failIn(run, name, {
    expected,
    message: T.winnerAborted(first.index, winner.abort.at, first.at, winner.abort.late),
    actual: T.abortedAtShort(first.index, winner.abort.at),
    mistake: tasks.every((task) => task.abort?.at === winner.abort!.at) ? T.oneSignalForAll : T.spareTheWinner,
  })
}

/** firstCompleted is rejected like the first task to settle when that task fails or throws, as a promise. */
export function judgeRejection(run: Run, name: TaskWorldName): void {
  const plans: readonly TaskPlan[] = TASK_WORLDS[name]
  const first = firstToSettle(plans)!
  const message = first.plan.fails ?? first.plan.throws!
  const expected = T.rejectsWith(first.at, `Error: ${message}`)
  if (run.events(FIRST_COMPLETED).some((event) => event.label === THREW_AT_CALL)) {
    failIn(run, name, { expected, message: T.threwAtCall(first.index), actual: T.threwAtCallShort, mistake: T.asyncTurnsThrowsIntoRejections })
  }
  const at = settle(run, FIRST_COMPLETED, expected, expectedTaskSpans(plans), { bugsAllowed: true })
  requireEveryTaskStarted(run, name, expected)
  const said = { expected, actual: ending(run) }
  const outcome = run.outcome
  if (outcome.kind === 'resolved') {
    failIn(run, name, { ...said, message: T.resolvedThoughFailed(ending(run), occasion(name)), mistake: T.failureSettlesToo })
  }
  if (outcome.kind === 'rejected' && outcome.error.message !== message) {
    failIn(run, name, {
      ...said,
      message: T.rejectedWithOther(ending(run), first.index),
      mistake: outcome.error.name === 'AbortError' ? T.rejectedWithLosersAbort : T.rejectWithTheTasksError,
    })
  }
  if (at !== first.at) failIn(run, name, { ...said, message: T.rejectedNotAtFirst(at, occasion(name)), mistake: T.settleAtTheFirst })
}

/** No rejection is left unhandled: the losers' AbortErrors, a task failing after the winner. */
export function judgeNoUnhandled(run: Run, name: TaskWorldName): void {
  const plans: readonly TaskPlan[] = TASK_WORLDS[name]
  const expected = T.noUnhandled
  settle(run, FIRST_COMPLETED, expected, expectedTaskSpans(plans), { bugsAllowed: true })
  requireEveryTaskStarted(run, name, expected)
  const unhandled = unhandledRejections(run)
  if (unhandled.length === 0) return
  const aborts = unhandled.some((reason) => reason.startsWith('AbortError'))
  failIn(run, name, {
    expected,
    message: T.leftUnhandled(unhandled.length, unhandled[0]!),
    actual: unhandled.join('; '),
    mistake: aborts ? T.losersRejectionsUnhandled : T.lateFailureUnhandled,
  })
}

/** firstCompleted([]) is rejected with a TypeError; a non-empty list is not (the code ran its tasks). */
export function judgeEmpty(empty: Run, other: Run): void {
  const expected = T.emptyRejects
  requireEveryTaskStarted(other, 'first-wins', T.emptyOnlyWhenEmpty)
  if (other.outcome.kind === 'rejected' && other.outcome.error.name === 'TypeError') {
    failIn(other, 'first-wins', {
      expected: T.emptyOnlyWhenEmpty,
      message: T.typeErrorThoughTasks(ending(other)),
      actual: ending(other),
      mistake: T.onlyWhenEmpty,
    })
  }
  const outcome = empty.outcome
  if (outcome.kind === 'rejected' && outcome.error.name === 'TypeError') return
  if (outcome.kind === 'rejected' && /not implemented yet/i.test(outcome.error.message)) settle(empty, FIRST_COMPLETED, expected, [])
  if (outcome.kind === 'deadlock') empty.fail({ expected, message: T.emptyNeverSettled, actual: T.emptyPending, mistake: T.raceOfNothing })
  const said = { expected, message: `firstCompleted([]) ${ending(empty)}`, actual: ending(empty) }
  if (outcome.kind === 'resolved') empty.fail({ ...said, mistake: T.noFirstOfNothing })
  if (outcome.kind === 'rejected') empty.fail({ ...said, mistake: T.rejectWithTypeError(outcome.error.name) })
  settle(empty, FIRST_COMPLETED, expected, [])
}
