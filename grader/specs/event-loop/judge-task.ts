// How the checks of a Task driven by hand judge it: the steps of tic_tac, the error of
// fragile, cancel() at each state, and String(task) at every moment the world saw.
import { show } from '../../sandbox/plain.ts'
import { fail } from '../feedback.ts'
import { describeSteps, isCancelledOf, isDoneOf, joinParts, partValue, statusText } from './judge.ts'
import { STATUSES } from './judge-output.ts'
import { T } from './texts.ts'
import { KABOOM, type CancelOutcome, type Snapshot, type worlds } from './worlds.shared.ts'

type TaskWorld = ReturnType<(typeof worlds)['task']['run']>

const TIC_TAC_STEPS = [
  { said: [], status: 'NEW', done: false },
  { said: ['Tic'], status: 'RUNNING', done: false },
  { said: ['Tac'], status: 'RUNNING', done: false },
  { said: [], status: 'FINISHED', done: true },
] as const

const ticTacExpected = () =>
  `${joinParts(TIC_TAC_STEPS.map((step, at) => T.stepText(at ? `run() #${at}` : 'new Task', step.said, step.status)))}, returnValue "Boum!"`

/** The mistake behind a wrong status after each step of tic_tac. */
const statusMistake = (at: number) => [T.newIsNew, T.pausedIsRunning, T.pausedIsRunning, T.doneIsFinished][at]

export function judgeSteps(world: TaskWorld): void {
  const expected = ticTacExpected()
  const steps = partValue(world.steps, 'new Task(ticTac(), "tic_tac")', expected)
  const context = { expected, actual: describeSteps(steps) }
  if (steps[0]!.name !== 'tic_tac') fail({ ...context, message: T.taskNamed(show(steps[0]!.name)), mistake: T.keepName })
  TIC_TAC_STEPS.forEach((want, at) => {
    const got = steps[at]
    if (!got) fail({ ...context, message: T.stoppedAfter(steps.length - 1) })
    if (got.threw) fail({ ...context, message: T.threw(got.after, got.threw) })
    if (at === 1 && got.said.length > 1) fail({ ...context, message: T.ranToEnd(got.said, statusText(got.status)), mistake: T.runToEnd })
    if (got.said.join('\n') !== want.said.join('\n')) {
      const printed = (lines: readonly string[]) => (lines.length ? lines.join(', ') : T.nothing)
      fail({
        ...context,
        message: T.printedWhere(got.after, printed(got.said), printed(want.said)),
        mistake: at ? T.oneNextPerRun : T.constructorOnlyKeeps,
      })
    }
    if (got.status !== want.status) {
      fail({ ...context, message: T.statusAfter(got.after, statusText(got.status), want.status), mistake: statusMistake(at) })
    }
    if (isDoneOf(got, expected) !== want.done) fail({ ...context, message: T.isDoneWas(!want.done, want.status), mistake: T.isDoneMeaning })
  })
  const last = steps[3]!
  if (last.returnValue !== 'Boum!') fail({ ...context, message: T.returnValueWas(show(last.returnValue)), mistake: T.keepReturnValue })
}

export function judgeError(world: TaskWorld): void {
  const expected = T.errorSteps(KABOOM)
  const { steps, errorIsTheError } = partValue(world.error, 'new Task(fragile(), "fragile")', expected)
  const context = { expected, actual: describeSteps(steps) }
  const thrown = steps.find((step) => step.threw)
  if (thrown) fail({ ...context, message: T.errorEscapedRun(T.threw(thrown.after, thrown.threw!)), mistake: T.errorEscapes })
  const last = steps.at(-1)!
  if (last.status !== 'ERROR') fail({ ...context, message: T.statusAfterThrow(KABOOM, statusText(last.status)), mistake: T.catchAroundNext })
  if (!errorIsTheError) fail({ ...context, message: T.errorValueWas(show(last.errorValue)), mistake: T.keepCaughtError })
  if (isDoneOf(last, expected) !== true) fail({ ...context, message: T.notDoneInError, mistake: T.errorIsDone })
}

export function judgeCancel(world: TaskWorld): void {
  const expected = T.cancelExpected
  const cases = partValue(world.cancel, 'cancel()', expected)
  const named = [
    ['idle', cases.fresh],
    ['busy', cases.running],
    ['quick', cases.finished],
  ] as const
  const line = (name: string, { before, after }: CancelOutcome) =>
    T.cancelLine(
      name,
      `${statusText(before.status)} -> ${statusText(after.status)}, isCancelled() ${'value' in after.isCancelled ? after.isCancelled.value : '?'}`,
    )
  const context = { expected, actual: joinParts(named.map(([name, outcome]) => line(name, outcome))) }
  for (const [name, { after }] of named) if (after.threw) fail({ ...context, message: T.threw(`${name}.cancel()`, after.threw) })
  const expectCancelled = (name: string, { before, after }: CancelOutcome) => {
    const was = statusText(before.status)
    if (isCancelledOf(before, expected)) fail({ ...context, message: T.cancelledBefore(was, name), mistake: T.cancelledOnlyWhen })
    if (after.status !== 'CANCELLED') fail({ ...context, message: T.cancelLeft(was, name, statusText(after.status)), mistake: T.cancelSetsCancelled })
    if (!isCancelledOf(after, expected)) fail({ ...context, message: T.notCancelledAfter(name), mistake: T.cancelledWhen })
    if (after.said.length) fail({ ...context, message: T.cancelRan(name, after.said), mistake: T.cancelOnlyMarks })
  }
  expectCancelled('idle', cases.fresh)
  const busy = cases.running.before.status
  if (busy !== 'RUNNING') {
    fail({ ...context, message: T.busyNotRunning(statusText(busy)), mistake: busy === 'FINISHED' ? T.runToEnd : T.pausedIsRunning })
  }
  expectCancelled('busy', cases.running)
  const { before, after } = cases.finished
  if (before.status !== 'FINISHED') fail({ ...context, message: T.quickNotFinished(statusText(before.status)), mistake: T.doneIsFinished })
  if (after.status !== 'FINISHED' || isCancelledOf(after, expected) || after.returnValue !== 'fast') {
    fail({ ...context, message: T.cancelChangedFinished(statusText(after.status), show(after.returnValue)), mistake: T.cancelDoneChangesNothing })
  }
}

/** What each task's coroutine returns (FINISHED) or throws (ERROR), as String(task) must show it. */
const RESULTS: Record<string, { returned?: string; thrown?: string }> = {
  tic_tac: { returned: 'Boum!' },
  quick: { returned: 'fast' },
  fragile: { thrown: KABOOM },
}

/**
 * The result a snapshot really holds, as the coroutine gave it: a status that says FINISHED
 * or ERROR over a task that never ran has none, and cannot be judged on showing it.
 */
function heldResult(name: string, snap: Snapshot): string | undefined {
  const { returned, thrown } = RESULTS[name] ?? {}
  if (snap.status === 'FINISHED' && returned !== undefined && snap.returnValue === returned) return returned
  if (snap.status === 'ERROR' && thrown !== undefined && show(snap.errorValue) === `Error: ${thrown}`) return thrown
  return undefined
}

export function judgeToString(world: TaskWorld): void {
  const { steps, error, cancel } = world
  const named: Array<[string, Snapshot]> = partValue(steps, 'new Task(ticTac(), "tic_tac")', T.toStringOfFinished).map((step) => ['tic_tac', step])
  if ('value' in error) named.push(...error.value.steps.map((step): [string, Snapshot] => ['fragile', step]))
  if ('value' in cancel) {
    const { fresh, running, finished } = cancel.value
    named.push(['idle', fresh.after], ['busy', running.after], ['quick', finished.before], ['quick', finished.after])
  }
  let shownResults = 0
  for (const [name, snap] of named) {
    const status = snap.status
    if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) continue
    const text = partValue(snap.text, 'String(task)', T.toStringOfFinished)
    const result = heldResult(name, snap)
    if (result) shownResults++
    const parts = [name, status, ...(result ? [result] : [])]
    const missing = missingInOrder(text, parts)
    if (!missing) continue
    const what =
      missing.part === name
        ? T.itsName(name)
        : missing.part === status
          ? T.itsStatus(status)
          : status === 'ERROR'
            ? T.itsError(result!)
            : T.itsReturnValue(result!)
    fail({
      message: T.toStringWas(status, name, JSON.stringify(text), what, missing.anywhere),
      expected: T.toStringHolds(parts, `<Task '${name}' [${status}]${result ? ` ('${result}')` : ''}>`),
      actual: JSON.stringify(text),
      mistake: text === '[object Object]' ? T.ownToString : T.toStringParts,
    })
  }
  // The check is about showing a return value or an error: it needs a task that has one.
  if (shownResults > 0) return
  const ticTac = named.filter(([name]) => name === 'tic_tac').map(([, snap]) => snap)
  const statuses = ticTac.map((snap) => statusText(snap.status)).join(', ') || '?'
  const claimsDone = named.some(([, snap]) => snap.status === 'FINISHED' || snap.status === 'ERROR')
  const seen = (snap: Snapshot) => ('value' in snap.text ? JSON.stringify(snap.text.value) : '?')
  fail({
    message: claimsDone ? T.neverHeldValue(statuses, show(ticTac.at(-1)?.returnValue)) : T.neverDone(statuses),
    expected: T.toStringOfFinished,
    actual: ticTac.map((snap) => `${statusText(snap.status)}: ${seen(snap)}`).join(', '),
    mistake: T.toStringJudgedOnRan,
  })
}

/** The first of `parts` that `text` does not hold in that order, with whether it is there at all. */
function missingInOrder(text: string, parts: readonly string[]): { part: string; anywhere: boolean } | undefined {
  let from = 0
  for (const part of parts) {
    const at = text.indexOf(part, from)
    if (at < 0) return { part, anywhere: text.includes(part) }
    from = at + part.length
  }
  return undefined
}
