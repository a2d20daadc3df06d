import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { fail, resolvedValue } from '../feedback.ts'
import { gradeExercise } from '../kit.ts'
import { MISTAKES, outputFeedback, type RunStep } from './diagnosis.ts'
import type { OutputLine } from './model.ts'
import { outputOf, parseTaskLine, renderAll, STATUSES, type TaskLine } from './output.ts'
import { KABOOM, STUB_MESSAGE, worlds, type CancelOutcome, type Settled, type Snapshot, type Step } from './worlds.ts'

type ResultOf<W extends keyof typeof worlds> = ReturnType<(typeof worlds)[W]['run']>

/** Names the method that still throws the stub's error, from the stub's message. */
function notImplemented(message: string, fallback: string): never {
  const name = message.replace(/^.*not implemented yet:?\s*/i, '') || fallback
  fail({ message: `not implemented yet: ${name} still throws the stub's error` })
}

/** What a scenario resolved with; a loop that never returned gets its own explanation. */
function resultOf<W extends keyof typeof worlds>(run: ScenarioRun, world: W): ResultOf<W> & { runStep: RunStep } {
  const outcome = run.outcome
  if (outcome.kind === 'killed' && outcome.phase === 'run') {
    fail({
      outcome: outcome.kind,
      message: `the ${world} scenario never ended: the code kept running until it was stopped after ${outcome.wallMs} ms of real time`,
      mistake: 'a loop that never ends: a task that never leaves the queue (a finished or cancelled task put back in it), or a run() that never stops',
    })
  }
  if (outcome.kind === 'rejected' && STUB_MESSAGE.test(outcome.error.message)) notImplemented(outcome.error.message, 'Loop')
  return resolvedValue(run, world === 'task' ? 'Task' : 'Loop') as ResultOf<W> & { runStep: RunStep }
}

/** The value of a part of a scenario, or a failure saying the stub is still there or what threw. */
function valueOf<T>(settled: Settled<T>, what: string): T {
  if ('value' in settled) return settled.value
  if ('notImplemented' in settled) notImplemented(settled.notImplemented, what)
  fail({ message: `${what} threw ${settled.threw}` })
}

const isDoneOf = (snap: Snapshot) => valueOf(snap.isDone, 'task.isDone()')
const isCancelledOf = (snap: Snapshot) => valueOf(snap.isCancelled, 'task.isCancelled()')

function stepText(after: string, said: readonly string[], status: string): string {
  return `${after}: ${said.length ? `prints ${said.join(', ')}, ` : ''}${status}`
}

const TIC_TAC_STEPS = [
  { said: [], status: 'NEW', done: false },
  { said: ['Tic'], status: 'RUNNING', done: false },
  { said: ['Tac'], status: 'RUNNING', done: false },
  { said: [], status: 'FINISHED', done: true },
] as const
const TIC_TAC_EXPECTED = `${TIC_TAC_STEPS.map((step, at) => stepText(at ? `run() #${at}` : 'new Task', step.said, step.status)).join('; ')}, returnValue "Boum!"`

const STATUS_MISTAKES = [
  'a task that has not run yet is NEW',
  'a task paused at a yield is RUNNING',
  'a task paused at a yield is RUNNING',
  'when next() reports done, the task is FINISHED',
]

/** A status as the student's code set it: bare when it is a string, like the expected ones. */
const statusText = (status: unknown) => (typeof status === 'string' ? status : show(status))

const printedTimes = (count: number) =>
  count === 0 ? 'was never printed' : `was printed ${count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`}`

function describeSteps(steps: readonly Step[]): string {
  return steps.map((step) => stepText(step.after, step.said, statusText(step.status))).join('; ')
}

/** Printed lines about tasks, parsed. */
function taskLines(output: readonly OutputLine[], names: readonly string[]): TaskLine[] {
  return output.flatMap((line) => (line.lane === 'print' ? parseTaskLine(line.text, names) ?? [] : []))
}

/** The lines after the marker of the call `label` (none if it is missing). */
function linesAfterCall(output: readonly OutputLine[], label: string): OutputLine[] {
  const at = output.findIndex((line) => line.lane === 'call' && line.text === label)
  return at < 0 ? [] : output.slice(at + 1)
}

/** The lines before the marker of the call `label` (all if it is missing). */
function linesBeforeCall(output: readonly OutputLine[], label: string): OutputLine[] {
  const at = output.findIndex((line) => line.lane === 'call' && line.text === label)
  return at < 0 ? [...output] : output.slice(0, at)
}

const saidLines = (output: readonly OutputLine[]) => output.filter((line) => line.lane === 'say').map((line) => line.text)

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

gradeExercise('event-loop', ({ scenario, check }) => {
  const task = scenario('task')
  const schedule = scenario('schedule')
  const seed = scenario('seed')
  const roundRobin = scenario('round-robin')
  const errors = scenario('errors')
  const complete = scenario('complete')
  const cancel = scenario('cancel')

  check('task-steps', async () => {
    const steps = valueOf(resultOf(await task(), 'task').steps, 'new Task(ticTac(), "tic_tac")')
    const context = { expected: TIC_TAC_EXPECTED, actual: describeSteps(steps) }
    if (steps[0]!.name !== 'tic_tac') {
      fail({ ...context, message: `new Task(ticTac(), "tic_tac").name was ${show(steps[0]!.name)}`, mistake: 'keep the name given to the constructor in task.name' })
    }
    TIC_TAC_STEPS.forEach((want, at) => {
      const got = steps[at]
      if (!got) fail({ ...context, message: `tic_tac stopped after ${steps.length - 1} run() calls` })
      if (got.threw) fail({ ...context, message: `${got.after} threw ${got.threw}` })
      if (at === 1 && got.said.length > 1) {
        fail({ ...context, message: `the first run() printed ${got.said.join(', ')} and left the task ${statusText(got.status)}: it ran tic_tac to its end`, mistake: MISTAKES.runToEnd })
      }
      if (got.said.join('\n') !== want.said.join('\n')) {
        const printed = (lines: readonly string[]) => (lines.length ? lines.join(', ') : 'nothing')
        fail({
          ...context,
          message: `${got.after} printed ${printed(got.said)} where ${printed(want.said)} was expected`,
          mistake: at ? 'each run() resumes the coroutine once: one call to next()' : 'the constructor only keeps the coroutine: the first run() starts it',
        })
      }
      if (got.status !== want.status) {
        fail({ ...context, message: `after ${got.after} the status was ${statusText(got.status)}, not ${want.status}`, mistake: STATUS_MISTAKES[at] })
      }
      if (isDoneOf(got) !== want.done) {
        fail({ ...context, message: `isDone() was ${!want.done} for a ${want.status} task`, mistake: 'isDone() is true once the task is FINISHED or ERROR, false before' })
      }
    })
    const last = steps[3]!
    if (last.returnValue !== 'Boum!') {
      fail({ ...context, message: `returnValue was ${show(last.returnValue)} after tic_tac returned "Boum!"`, mistake: 'when next() reports done, its value is what the coroutine returned: keep it in returnValue' })
    }
  })

  check('task-error', async () => {
    const { steps, errorIsTheError } = valueOf(resultOf(await task(), 'task').error, 'new Task(fragile(), "fragile")')
    const context = { expected: `run() #1: prints Ping; run() #2: the coroutine throws Error: ${KABOOM}, run() returns, status ERROR, errorValue that Error`, actual: describeSteps(steps) }
    const thrown = steps.find((step) => step.threw)
    if (thrown) fail({ ...context, message: `${thrown.after} threw ${thrown.threw}: the coroutine's error escaped from run()`, mistake: MISTAKES.errorEscapes })
    const last = steps.at(-1)!
    if (last.status !== 'ERROR') {
      fail({ ...context, message: `after the coroutine threw Error: ${KABOOM}, the status was ${statusText(last.status)}`, mistake: 'catch the error around next() in run() and set the status to ERROR' })
    }
    if (!errorIsTheError) {
      fail({ ...context, message: `errorValue was ${show(last.errorValue)}, not the Error the coroutine threw`, mistake: 'keep the caught error itself in errorValue' })
    }
    if (isDoneOf(last) !== true) fail({ ...context, message: 'isDone() was false for a task in ERROR', mistake: 'a task in ERROR is done: isDone() is true for FINISHED and ERROR' })
  })

  check('task-cancel', async () => {
    const cases = valueOf(resultOf(await task(), 'task').cancel, 'cancel()')
    const line = (name: string, { before, after }: CancelOutcome) =>
      `${name}: ${statusText(before.status)} -> ${statusText(after.status)}, isCancelled() ${'value' in after.isCancelled ? after.isCancelled.value : '?'}`
    const context = {
      expected: 'idle: NEW -> CANCELLED, isCancelled() true; busy: RUNNING -> CANCELLED, isCancelled() true; quick: FINISHED -> FINISHED, isCancelled() false',
      actual: `${line('idle', cases.fresh)}; ${line('busy', cases.running)}; ${line('quick', cases.finished)}`,
    }
    for (const [name, { after }] of [['idle', cases.fresh], ['busy', cases.running], ['quick', cases.finished]] as const) {
      if (after.threw) fail({ ...context, message: `${name}.cancel() threw ${after.threw}` })
    }
    const expectCancelled = (name: string, { before, after }: CancelOutcome) => {
      if (isCancelledOf(before)) fail({ ...context, message: `isCancelled() was true for the ${statusText(before.status)} task ${name} before cancel()`, mistake: 'isCancelled() is true only when the status is CANCELLED' })
      if (after.status !== 'CANCELLED') fail({ ...context, message: `cancel() left the ${statusText(before.status)} task ${name} ${statusText(after.status)}`, mistake: 'cancel() sets the status of a task that is not done to CANCELLED' })
      if (!isCancelledOf(after)) fail({ ...context, message: `isCancelled() was false after ${name}.cancel()`, mistake: 'isCancelled() is true when the status is CANCELLED' })
      if (after.said.length) fail({ ...context, message: `${name}.cancel() ran the coroutine: it printed ${after.said.join(', ')}`, mistake: 'cancel() only marks the task; it never runs it' })
    }
    expectCancelled('idle', cases.fresh)
    const busy = cases.running.before.status
    if (busy !== 'RUNNING') {
      fail({
        ...context,
        message: `after one run() the task busy (3 yields) was ${statusText(busy)}, not RUNNING, so cancelling a running task could not be tried`,
        mistake: busy === 'FINISHED' ? MISTAKES.runToEnd : 'a task paused at a yield is RUNNING',
      })
    }
    expectCancelled('busy', cases.running)
    const { before, after } = cases.finished
    if (before.status !== 'FINISHED') fail({ ...context, message: `the task quick, whose coroutine returns at once, was ${statusText(before.status)} after its first run()`, mistake: 'when next() reports done, the task is FINISHED' })
    if (after.status !== 'FINISHED' || isCancelledOf(after) || after.returnValue !== 'fast') {
      fail({
        ...context,
        message: `cancel() on the FINISHED task quick left it ${statusText(after.status)} with returnValue ${show(after.returnValue)}`,
        mistake: 'cancelling a task that is already done changes nothing: check isDone() first',
      })
    }
  })

  check('to-string', async () => {
    const { steps, error, cancel: cancelled } = resultOf(await task(), 'task')
    const named: Array<[string, Snapshot]> = valueOf(steps, 'new Task(ticTac(), "tic_tac")').map((step) => ['tic_tac', step])
    if ('value' in error) named.push(...error.value.steps.map((step): [string, Snapshot] => ['fragile', step]))
    if ('value' in cancelled) {
      const { fresh, running, finished } = cancelled.value
      named.push(['idle', fresh.after], ['busy', running.after], ['quick', finished.before], ['quick', finished.after])
    }
    const values: Record<string, string> = { tic_tac: 'Boum!', quick: 'fast', fragile: KABOOM }
    for (const [name, snap] of named) {
      const status = snap.status
      if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) continue
      const text = valueOf(snap.text, 'String(task)')
      const value = status === 'FINISHED' || status === 'ERROR' ? values[name] : undefined
      const parts = [name, status, ...(value ? [value] : [])]
      const missing = missingInOrder(text, parts)
      if (!missing) continue
      const what = missing.part === name ? `its name ${name}` : missing.part === status ? `its status ${status}` : status === 'ERROR' ? `its error (${value})` : `its return value ${value}`
      fail({
        message: `String(task) of the ${status} task ${name} was ${JSON.stringify(text)}: ${missing.anywhere ? `${what} is out of order` : `it does not show ${what}`}`,
        expected: `${parts.join(', then ')}, with any punctuation, e.g. <Task '${name}' [${status}]${value ? ` ('${value}')` : ''}>`,
        actual: JSON.stringify(text),
        mistake: text === '[object Object]'
          ? 'Task needs its own toString() method'
          : 'toString() holds the name, then the status, then the return value (FINISHED) or the error (ERROR)',
      })
    }
  })

  check('schedule', async () => {
    const run = await schedule()
    const { fromGenerator, fromTask, ran, after: finals } = resultOf(run, 'schedule')
    const output = outputOf(run.trace)
    const context = { expected: 'schedule(generator, name) returns a new NEW Task with that name; schedule(task) returns that task; nothing runs before runUntilEmpty()' }
    if (fromGenerator.threw) fail({ ...context, message: `schedule(ticTac(), "tic_tac") threw ${fromGenerator.threw}` })
    if (!fromGenerator.isTask) {
      fail({
        ...context,
        message: `schedule(ticTac(), "tic_tac") returned ${fromGenerator.type === 'undefined' ? 'undefined' : `a ${fromGenerator.type} that is not a Task`}`,
        mistake: 'wrap a generator in a new Task, queue that Task and return it',
      })
    }
    if (fromGenerator.name !== 'tic_tac') fail({ ...context, message: `the Task made by schedule(ticTac(), "tic_tac") is named ${show(fromGenerator.name)}`, mistake: 'pass the name on to the new Task' })
    const early = linesBeforeCall(output, 'runUntilEmpty()').filter((line) => line.lane === 'say' || line.lane === 'print')
    if (fromGenerator.status !== 'NEW' || early.length) {
      fail({
        ...context,
        message: `schedule() already ran the task: its status was ${statusText(fromGenerator.status)}${early.length ? ` and ${renderAll(early)} came before runUntilEmpty()` : ''}`,
        mistake: 'schedule only queues the task: it runs when the loop gives it its turn',
      })
    }
    if (fromTask.threw) fail({ ...context, message: `schedule(task) threw ${fromTask.threw}` })
    if (!fromTask.sameTask) fail({ ...context, message: 'schedule(task) did not return the Task it was given', mistake: 'given a Task, schedule queues that very Task and returns it; only a generator gets wrapped in a new Task' })
    if (ran) fail({ ...context, message: `runUntilEmpty() threw ${ran}` })
    for (const [name, value] of [['tic_tac', 'Boum!'], ['spam', 'SPAM!']] as const) {
      const final = finals[name]
      if (final.status !== 'FINISHED' || final.returnValue !== value) {
        fail({
          ...context,
          message: `after runUntilEmpty(), the ${name} task ${name === 'spam' ? 'given to' : 'returned by'} schedule() was ${statusText(final.status)} with returnValue ${show(final.returnValue)}`,
          mistake: name === 'spam' ? 'the loop must run the very Task that schedule was given' : 'the Task that schedule returns must be the one the loop runs',
        })
      }
    }
  })

  check('seed-interleaving', async () => {
    const run = await seed()
    const { runStep } = resultOf(run, 'seed')
    const feedback = outputFeedback('seed', outputOf(run.trace), () => true, runStep)
    if (feedback) fail(feedback)
  })

  check('round-robin', async () => {
    const run = await roundRobin()
    const { runStep } = resultOf(run, 'round-robin')
    const feedback = outputFeedback('round-robin', outputOf(run.trace), (line) => line.lane !== 'print', runStep)
    if (feedback) fail({ ...feedback, message: `turns out of order: ${feedback.message}` })
  })

  check('loop-errors', async () => {
    const run = await errors()
    const { ran, errorIsTheError, fragile, spam } = resultOf(run, 'errors')
    const output = outputOf(run.trace)
    const context = { expected: `Ping, Spam, <fragile ERROR ${KABOOM}>, Eggs, Bacon, <spam FINISHED SPAM!>, and runUntilEmpty() returns`, actual: renderAll(output) }
    if (ran) {
      const escaped = ran.includes(KABOOM)
      fail({ ...context, message: `runUntilEmpty() threw ${ran}${escaped ? ', the error thrown by the coroutine of fragile' : ''}`, mistake: escaped ? MISTAKES.errorEscapes : undefined })
    }
    if (fragile.status !== 'ERROR' || !errorIsTheError) {
      fail({ ...context, message: `after its coroutine threw, fragile was ${statusText(fragile.status)} with errorValue ${show(fragile.errorValue)}`, mistake: MISTAKES.errorEscapes })
    }
    const fragileLines = taskLines(output, worlds.errors.names).filter((line) => line.name === 'fragile')
    if (fragileLines.length !== 1 || fragileLines[0]!.status !== 'ERROR') {
      fail({
        ...context,
        message: `fragile ${printedTimes(fragileLines.length)}${fragileLines.length ? ` (${fragileLines.map((line) => line.status).join(', ')})` : ''}`,
        mistake: 'a task in ERROR is done: the loop prints it once, like a finished task, and does not queue it again',
      })
    }
    const spamSaid = saidLines(output).filter((line) => ['Spam', 'Eggs', 'Bacon'].includes(line))
    if (spam.status !== 'FINISHED' || spamSaid.join() !== 'Spam,Eggs,Bacon') {
      fail({ ...context, message: `after fragile failed, spam did not run to its end: it was ${statusText(spam.status)}`, mistake: 'an error in one task must not stop the others: catch it in run() and let the loop go on' })
    }
  })

  check('run-until-complete', async () => {
    const run = await complete()
    const { runStep, completed, again } = resultOf(run, 'complete')
    const output = outputOf(run.trace)
    if (completed.threw) fail({ message: `runUntilComplete(example(), "example") threw ${completed.threw}`, actual: renderAll(output) })
    if (!completed.isTask || completed.status !== 'FINISHED' || completed.returnValue !== 'all good') {
      fail({
        message: completed.isTask
          ? `runUntilComplete(example(), "example") returned the task while it was ${statusText(completed.status)} with returnValue ${show(completed.returnValue)}`
          : `runUntilComplete(example(), "example") returned ${completed.type === 'undefined' ? 'undefined' : `a ${completed.type} that is not a Task`}`,
        expected: 'the example Task, FINISHED, returnValue "all good"',
        mistake: 'runUntilComplete schedules its work as schedule() does, runs the loop until that task is done, and returns the task',
      })
    }
    const feedback = outputFeedback('complete', output, () => true, runStep)
    if (feedback) fail(feedback)
    if (again.threw || !again.sameTask || again.status !== 'FINISHED') {
      fail({
        message: again.threw ? `runUntilComplete(task) threw ${again.threw}` : `runUntilComplete(task) returned ${again.sameTask ? 'the task' : 'another object than the Task it was given'}, ${statusText(again.status)}`,
        expected: 'the very Task it was given, FINISHED',
        mistake: 'runUntilComplete accepts a Task as well as a generator, like schedule()',
      })
    }
  })

  check('cancel-drops', async () => {
    const run = await cancel()
    const { cancelled, skippedWhenCancelled, workerWhenCancelled, ran, final } = resultOf(run, 'cancel')
    const output = outputOf(run.trace)
    const context = {
      expected: 'skipped never runs and worker stops once boss cancels it; each is printed once, CANCELLED, by the loop when its turn comes; boss and bystander finish',
      actual: renderAll(output),
    }
    if (cancelled) fail({ ...context, message: `skipped.cancel() threw ${cancelled}` })
    if (skippedWhenCancelled.status !== 'CANCELLED') {
      fail({ ...context, message: `right after skipped.cancel() its status was ${statusText(skippedWhenCancelled.status)}`, mistake: 'cancel() sets the status of a task that is not done to CANCELLED' })
    }
    if (ran) fail({ ...context, message: `runUntilEmpty() threw ${ran}` })
    const kept = 'the loop ran a cancelled task: when a task\'s turn comes, check isCancelled() first, and if so print the task and drop it instead of running it'
    const skippedRan = saidLines(output).filter((line) => line.startsWith('skipped'))
    if (skippedRan.length) fail({ ...context, message: `skipped was cancelled before the loop started, yet it ran: it printed ${skippedRan.join(', ')}`, mistake: kept })
    const workerAfter = saidLines(linesAfterCall(output, 'worker.cancel()')).filter((line) => line.startsWith('worker'))
    if (workerAfter.length) fail({ ...context, message: `worker kept running after boss cancelled it: it printed ${workerAfter.join(', ')}`, mistake: kept })
    const cancelledNames = workerWhenCancelled === 'FINISHED' || workerWhenCancelled === 'ERROR' ? ['skipped'] as const : ['skipped', 'worker'] as const
    for (const name of cancelledNames) {
      const lines = taskLines(output, worlds.cancel.names).filter((line) => line.name === name)
      if (lines.length !== 1 || lines[0]!.status !== 'CANCELLED') {
        fail({
          ...context,
          message: `the cancelled task ${name} ${printedTimes(lines.length)}${lines.length ? ` (${lines.map((line) => line.status).join(', ')})` : ''}`,
          mistake: lines.length > 1
            ? 'print a cancelled task once: the loop prints it when its turn comes, and cancel() itself prints nothing'
            : 'when a cancelled task\'s turn comes, print it (console.log(String(task))) and drop it',
        })
      }
      if (final[name]!.status !== 'CANCELLED') fail({ ...context, message: `at the end, the cancelled task ${name} was ${statusText(final[name]!.status)}`, mistake: kept })
    }
    const printedAtCancel = taskLines(linesBeforeCall(output, 'runUntilEmpty()'), worlds.cancel.names)
    if (printedAtCancel.length) {
      fail({ ...context, message: 'skipped was printed when cancel() was called, before the loop ran', mistake: 'cancel() only marks the task; the loop prints it when its turn comes' })
    }
    for (const name of ['boss', 'bystander'] as const) {
      if (final[name]!.status !== 'FINISHED') fail({ ...context, message: `${name} did not finish: it was ${statusText(final[name]!.status)}`, mistake: 'dropping a cancelled task must leave the other tasks in the queue' })
    }
  })
})
