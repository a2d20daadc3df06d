// How the event-loop checks read a run: what its world returned, each part it settled on
// its own, and a task's state in words. The exercise draws no timeline (it records no span,
// and virtual time stays at 0), so its failures carry none.
import { show } from '../../sandbox/plain.ts'
import { explainOutcome, fail } from '../feedback.ts'
import type { Run } from '../run.ts'
import { OUTPUT } from './expected-output.ts'
import { outputOf, renderAll } from './judge-output.ts'
import { T } from './texts.ts'
import { STUB_MESSAGE, type Settled, type Snapshot, type Step } from './worlds.shared.ts'

/** Fails with the method that still throws the stub's error, named from the stub's message. */
function notImplemented(message: string, fallback: string): never {
  fail({ message: T.notImplemented(message.replace(/^.*not implemented yet:?\s*/i, '') || fallback) })
}

const isLoopWorld = (name: string): name is keyof typeof OUTPUT => name in OUTPUT

/** What the scenario's world returned; a loop that never returned gets its own explanation. */
export function resultOf<Value>(run: Run<Value>): Value {
  const outcome = run.outcome
  const fn = run.scenario === 'task' ? 'Task' : 'Loop'
  if (outcome.kind === 'killed' && outcome.phase === 'run') {
    fail({ outcome: outcome.kind, message: T.neverEnded(run.scenario, outcome.wallMs), mistake: T.endlessLoop })
  }
  if (outcome.kind === 'rejected') {
    if (STUB_MESSAGE.test(outcome.error.message)) notImplemented(outcome.error.message, 'Loop')
    // A call the world makes outside a marked one threw: the output up to there, beside the whole expected one.
    if (fn === 'Loop' && isLoopWorld(run.scenario))
      fail({ ...explainOutcome(run, fn), expected: renderAll(OUTPUT[run.scenario]), actual: renderAll(outputOf(run.trace)) })
  }
  return run.resolved(fn).value
}

/**
 * The value of a part of a scenario, or a failure saying the stub is still there or what
 * threw, beside what the part should have done.
 */
export function partValue<Value>(settled: Settled<Value>, what: string, expected: string): Value {
  if ('value' in settled) return settled.value
  if ('notImplemented' in settled) notImplemented(settled.notImplemented, what)
  fail({ message: T.threw(what, settled.threw), expected })
}

/** A status as the student's code set it: bare when it is a string, like the expected ones. */
export const statusText = (status: unknown) => (typeof status === 'string' ? status : show(status))

/** Parts of a description, one after the other: "a; b" ("a ; b" in French). */
export const joinParts = (parts: readonly string[]) => parts.join(T.partsSeparator)

/** "new Task: NEW; run() #1: prints Tic, RUNNING; ..." */
export function describeSteps(steps: readonly Step[]): string {
  return joinParts(steps.map((step) => T.stepText(step.after, step.said, statusText(step.status))))
}

/** isDone() and isCancelled() as a snapshot read them; a throw fails the check beside `expected`. */
export const isDoneOf = (snap: Snapshot, expected: string) => partValue(snap.isDone, 'task.isDone()', expected)
export const isCancelledOf = (snap: Snapshot, expected: string) => partValue(snap.isCancelled, 'task.isCancelled()', expected)
