// Does nothing: a Task with no state at all, whose toString is the statement's example
// as a constant, and a Loop whose methods return nothing.
export type TaskStatus = 'NEW' | 'RUNNING' | 'FINISHED' | 'ERROR' | 'CANCELLED'

export class Task<T = unknown> {
  declare readonly name: string
  declare status: TaskStatus
  returnValue?: T
  errorValue?: unknown

  constructor(_coro: Generator<unknown, T, unknown>, _name?: string) {}

  run(): void {}

  isDone(): boolean {
    return true
  }

  cancel(): void {}

  isCancelled(): boolean {
    return false
  }

  toString(): string {
    return "<Task 'tic_tac' [FINISHED] ('Boum!')>"
  }
}

export class Loop {
  schedule(_work: Generator | Task, _name?: string): Task {
    return undefined as unknown as Task
  }

  runUntilEmpty(): void {}

  runUntilComplete(_work: Generator | Task, _name?: string): Task {
    return undefined as unknown as Task
  }
}
