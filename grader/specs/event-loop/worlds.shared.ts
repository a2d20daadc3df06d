// What each scenario does with a Task and a Loop class. The jail runs it with the student's
// classes (scenarios.jail.ts); scripts/grader-data.ts ran it with the kit's model loop to
// record the output the checks expect (expected.shared.ts), so that output is the output of
// the very same calls. The checks read the types and the figures.
import { errorInfo } from '../../sandbox/outcome.ts'
import { boss, counter, example, fragile, spam, ticTac, type Coroutine, type Say } from './coroutines.shared.ts'

interface TaskLike {
  readonly name: unknown
  status: unknown
  returnValue?: unknown
  errorValue?: unknown
  run(): void
  isDone(): boolean
  cancel(): void
  isCancelled(): boolean
}

export type Work = Coroutine | TaskLike

interface LoopLike {
  schedule(work: Work, name?: string): TaskLike
  runUntilEmpty(): void
  runUntilComplete(work: Work, name?: string): TaskLike
}

export interface Env {
  Task: new (coro: Coroutine, name?: string) => TaskLike
  Loop: new () => LoopLike
  /** A line printed by one of the scenario's coroutines. */
  say: Say
  /** A marker in the output: a method about to be called ('call'), or what it threw ('threw'). */
  mark(lane: 'call' | 'threw', label: string): void
}

/** A line of a scenario's output: said by a coroutine, printed by the loop, or a call into the submission and what it threw. */
export interface OutputLine {
  lane: 'say' | 'print' | 'call' | 'threw'
  text: string
}

export interface World<Result = unknown> {
  /** The names of the scenario's tasks, to recognise them in the lines the loop prints. */
  names: readonly string[]
  run(env: Env): Result
}

/** How a call into the submission ended, when a crash there is what is judged. */
export type Settled<T> = { value: T } | { threw: string } | { notImplemented: string }

/** What the jail found when it ran one fresh task once: does run() stop at the next yield? */
export type RunStep = 'stops-at-yield' | 'runs-to-end' | 'unknown'

/** The message of the errors the stub's methods throw. */
export const STUB_MESSAGE = /not implemented yet/i

export function isStubError(error: unknown): error is Error {
  return error instanceof Error && STUB_MESSAGE.test(error.message)
}

/**
 * What was thrown, as "Name: message". A thrown string shows its first line only: a stack
 * trace's first line is the error's name and message, the rest is noise to a student.
 */
function describeError(error: unknown): string {
  if (typeof error === 'string') return JSON.stringify(error.split('\n', 1)[0]!.trim())
  const { name, message } = errorInfo(error)
  return error instanceof Error ? `${name}: ${message}` : `${name} ${message}`
}

function settle<T>(fn: () => T): Settled<T> {
  try {
    return { value: fn() }
  } catch (error) {
    return isStubError(error) ? { notImplemented: error.message } : { threw: describeError(error) }
  }
}

/**
 * Calls a method of the submission, marking the call in the output. What it throws is
 * marked and returned, except the stub's "not implemented yet", which ends the scenario.
 */
export function call<T>(env: Env, label: string, fn: () => T): { value?: T; threw?: string } {
  env.mark('call', label)
  try {
    return { value: fn() }
  } catch (error) {
    if (isStubError(error)) throw error
    env.mark('threw', `${label}: ${describeError(error)}`)
    return { threw: describeError(error) }
  }
}

export interface Snapshot {
  /** An instance of the submission's Task class. */
  isTask: boolean
  type: string
  name: unknown
  status: unknown
  returnValue: unknown
  errorValue: unknown
  isDone: Settled<boolean>
  isCancelled: Settled<boolean>
  text: Settled<string>
}

/** A field of what the submission handed back, which may be no task at all. */
function read(task: unknown, key: keyof TaskLike): unknown {
  return task !== null && typeof task === 'object' ? (task as TaskLike)[key] : undefined
}

/** Everything the specs read from a task at one moment. */
export function snapshot(env: Env, task: unknown): Snapshot {
  const it = task as TaskLike
  return {
    isTask: task instanceof env.Task,
    type: task === null ? 'null' : typeof task,
    name: read(task, 'name'),
    status: read(task, 'status'),
    returnValue: read(task, 'returnValue'),
    errorValue: read(task, 'errorValue'),
    isDone: settle(() => it.isDone()),
    isCancelled: settle(() => it.isCancelled()),
    text: settle(() => String(task)),
  }
}

/** A Snapshot taken after one step of a Task scenario, with the coroutine lines of that step. */
export interface Step extends Snapshot {
  after: string
  said: string[]
  threw?: string
}

const isOver = (task: TaskLike) => task.status === 'FINISHED' || task.status === 'ERROR'

/** Runs `task` up to `runs` times, stopping once it is over; a Step after each. */
function stepThrough(env: Env, label: string, task: TaskLike, runs: number, heard: Heard): Step[] {
  const steps: Step[] = [{ after: 'new Task', said: heard.take(), ...snapshot(env, task) }]
  for (let turn = 1; turn <= runs && !isOver(task); turn++) {
    const ran = call(env, `${label}.run() #${turn}`, () => task.run())
    steps.push({ after: `run() #${turn}`, said: heard.take(), threw: ran.threw, ...snapshot(env, task) })
    if (ran.threw) break
  }
  return steps
}

interface Heard {
  say: Say
  /** The lines said since the last take. */
  take(): string[]
}

function listen(env: Env): Heard {
  const lines: string[] = []
  return {
    say: (line) => {
      lines.push(line)
      env.say(line)
    },
    take: () => lines.splice(0),
  }
}

/** Cancels a task after `runs` turns; its state just before and just after. */
function cancelAfter(env: Env, heard: Heard, name: string, runs: number, turns: number, result: string) {
  const task = new env.Task(counter(heard.say, name, turns, result), name)
  for (let turn = 1; turn <= runs; turn++) call(env, `${name}.run()`, () => task.run())
  const before = { said: heard.take(), ...snapshot(env, task) }
  const cancelled = call(env, `${name}.cancel()`, () => task.cancel())
  return { before, after: { said: heard.take(), threw: cancelled.threw, ...snapshot(env, task) } }
}

export type CancelOutcome = ReturnType<typeof cancelAfter>

export const KABOOM = 'Kaboom'

export const worlds = {
  /** A Task driven by hand, without a loop: each part on its own, so one unfinished method spoils only its part. */
  task: {
    names: ['tic_tac', 'fragile', 'idle', 'busy', 'quick'],
    run: (env: Env) => ({
      steps: settle(() => {
        const heard = listen(env)
        return stepThrough(env, 'tic_tac', new env.Task(ticTac(heard.say), 'tic_tac'), 3, heard)
      }),
      error: settle(() => {
        const heard = listen(env)
        const error = new Error(KABOOM)
        const task = new env.Task(fragile(heard.say, error), 'fragile')
        const steps = stepThrough(env, 'fragile', task, 2, heard)
        return { steps, errorIsTheError: task.errorValue === error }
      }),
      cancel: settle(() => {
        const heard = listen(env)
        return {
          fresh: cancelAfter(env, heard, 'idle', 0, 2, 'never'),
          running: cancelAfter(env, heard, 'busy', 1, 3, 'never'),
          finished: cancelAfter(env, heard, 'quick', 1, 0, 'fast'),
        }
      }),
    }),
  },

  schedule: {
    names: ['tic_tac', 'spam'],
    run(env: Env) {
      const loop = new env.Loop()
      const fromGenerator = call(env, 'schedule(ticTac(), "tic_tac")', () => loop.schedule(ticTac(env.say), 'tic_tac'))
      const scheduled = { threw: fromGenerator.threw, ...snapshot(env, fromGenerator.value) }
      const given = new env.Task(spam(env.say), 'spam')
      const fromTask = call(env, 'schedule(task)', () => loop.schedule(given))
      const ran = call(env, 'runUntilEmpty()', () => loop.runUntilEmpty())
      return {
        fromGenerator: scheduled,
        fromTask: { threw: fromTask.threw, sameTask: fromTask.value === given },
        ran: ran.threw,
        after: { tic_tac: snapshot(env, fromGenerator.value), spam: snapshot(env, given) },
      }
    },
  },

  /** The course's event loop: tic_tac and spam take turns. */
  seed: {
    names: ['tic_tac', 'spam'],
    run(env: Env) {
      const loop = new env.Loop()
      loop.schedule(ticTac(env.say), 'tic_tac')
      loop.schedule(spam(env.say), 'spam')
      return { ran: call(env, 'runUntilEmpty()', () => loop.runUntilEmpty()).threw }
    },
  },

  /** Three tasks of 1, 3 and 2 turns: first-in first-out tells itself from a stack. */
  'round-robin': {
    names: ['alpha', 'bravo', 'charlie'],
    run(env: Env) {
      const loop = new env.Loop()
      loop.schedule(counter(env.say, 'alpha', 1, 'A'), 'alpha')
      loop.schedule(counter(env.say, 'bravo', 3, 'B'), 'bravo')
      loop.schedule(counter(env.say, 'charlie', 2, 'C'), 'charlie')
      return { ran: call(env, 'runUntilEmpty()', () => loop.runUntilEmpty()).threw }
    },
  },

  errors: {
    names: ['fragile', 'spam'],
    run(env: Env) {
      const loop = new env.Loop()
      const error = new Error(KABOOM)
      const failing = loop.schedule(fragile(env.say, error), 'fragile')
      const other = loop.schedule(spam(env.say), 'spam')
      const ran = call(env, 'runUntilEmpty()', () => loop.runUntilEmpty())
      return {
        ran: ran.threw,
        errorIsTheError: read(failing, 'errorValue') === error,
        fragile: snapshot(env, failing),
        spam: snapshot(env, other),
      }
    },
  },

  /** The course's runUntilComplete: example schedules a longer subtask that outlives it. */
  complete: {
    names: ['example', 'subtask', 'tic_tac'],
    run(env: Env) {
      const loop = new env.Loop()
      const scheduleSubtask = () => void loop.schedule(counter(env.say, 'subtask', 5, 'late'), 'subtask')
      const completed = call(env, 'runUntilComplete(example(), "example")', () => loop.runUntilComplete(example(env.say, scheduleSubtask), 'example'))
      const returned = snapshot(env, completed.value)
      call(env, 'runUntilEmpty()', () => loop.runUntilEmpty())
      const given = new env.Task(ticTac(env.say), 'tic_tac')
      const again = call(env, 'runUntilComplete(task)', () => loop.runUntilComplete(given))
      return {
        completed: { threw: completed.threw, ...returned },
        again: { threw: again.threw, sameTask: again.value === given, ...snapshot(env, given) },
      }
    },
  },

  /** boss cancels worker in the middle of the loop; skipped is cancelled before the loop starts. */
  cancel: {
    names: ['boss', 'bystander', 'worker', 'skipped'],
    run(env: Env) {
      const loop = new env.Loop()
      let worker: TaskLike | undefined
      // In a loop that gets the order wrong, worker may be done before boss cancels it.
      let workerWhenCancelled: unknown
      const cancelWorker = () => {
        workerWhenCancelled = read(worker, 'status')
        call(env, 'worker.cancel()', () => worker!.cancel())
      }
      const tasks = {
        boss: loop.schedule(boss(env.say, cancelWorker), 'boss'),
        bystander: loop.schedule(counter(env.say, 'bystander', 3, 'calm'), 'bystander'),
        worker: (worker = loop.schedule(counter(env.say, 'worker', 5, 'never'), 'worker')),
        skipped: loop.schedule(counter(env.say, 'skipped', 2, 'never'), 'skipped'),
      }
      const cancelled = call(env, 'skipped.cancel()', () => tasks.skipped.cancel())
      const skippedWhenCancelled = snapshot(env, tasks.skipped)
      const ran = call(env, 'runUntilEmpty()', () => loop.runUntilEmpty())
      const final = Object.fromEntries(Object.entries(tasks).map(([name, task]) => [name, snapshot(env, task)]))
      return { cancelled: cancelled.threw, skippedWhenCancelled, workerWhenCancelled, ran: ran.threw, final }
    },
  },
} satisfies Record<string, World>

export type WorldName = keyof typeof worlds
