// Exercise "event-loop" (bonus): see README.md (English) or README.fr.md (français).
// Run `npm run grade -- event-loop` to check your work.

/** The states of a task, in the order they happen. */
export type TaskStatus = 'NEW' | 'RUNNING' | 'FINISHED' | 'ERROR' | 'CANCELLED'

/** A coroutine (a generator) that the loop runs one step, up to its next `yield`, at a time. */
export class Task<T = unknown> {
  readonly name: string
  status: TaskStatus = 'NEW'
  returnValue?: T
  errorValue?: unknown

  constructor(coro: Generator<unknown, T, unknown>, name?: string) {
    throw new Error('not implemented yet: Task')
  }

  /** Runs the coroutine up to its next yield; records how it ended if it ended. Never throws. */
  run(): void {
    throw new Error('not implemented yet: Task.run')
  }

  /** True once the task is FINISHED or in ERROR. */
  isDone(): boolean {
    throw new Error('not implemented yet: Task.isDone')
  }

  /** Marks a task that is not done yet as CANCELLED. */
  cancel(): void {
    throw new Error('not implemented yet: Task.cancel')
  }

  isCancelled(): boolean {
    throw new Error('not implemented yet: Task.isCancelled')
  }

  /** The name, the status, and the return value or the error, e.g. <Task 'tic_tac' [FINISHED] ('Boum!')>. */
  toString(): string {
    throw new Error('not implemented yet: Task.toString')
  }
}

/** A round-robin event loop: tasks take turns, first in, first out. */
export class Loop {
  constructor() {
    throw new Error('not implemented yet: Loop')
  }

  /** Queues a Task, or a generator wrapped in a new Task named `name`; returns the Task. */
  schedule(work: Generator | Task, name?: string): Task {
    throw new Error('not implemented yet: Loop.schedule')
  }

  /** Gives turns to the queued tasks until the queue is empty. */
  runUntilEmpty(): void {
    throw new Error('not implemented yet: Loop.runUntilEmpty')
  }

  /** Schedules `work`, gives turns until its task is done, and returns that task. */
  runUntilComplete(work: Generator | Task, name?: string): Task {
    throw new Error('not implemented yet: Loop.runUntilComplete')
  }
}
