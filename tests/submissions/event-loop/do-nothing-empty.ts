// Does nothing: a Task that keeps its name and stays NEW, whose methods do nothing, and a
// Loop that queues nothing and runs nothing; schedule hands back a Task that never runs.
export type TaskStatus = 'NEW' | 'RUNNING' | 'FINISHED' | 'ERROR' | 'CANCELLED'

export class Task<T = unknown> {
  readonly name: string
  status: TaskStatus = 'NEW'
  returnValue?: T
  errorValue?: unknown

  constructor(_coro: Generator<unknown, T, unknown>, name = 'task') {
    this.name = name
  }

  run(): void {}

  isDone(): boolean {
    return false
  }

  cancel(): void {}

  isCancelled(): boolean {
    return false
  }

  toString(): string {
    return ''
  }
}

export class Loop {
  schedule(work: Generator | Task, name?: string): Task {
    return work instanceof Task ? work : new Task(work, name)
  }

  runUntilEmpty(): void {}

  runUntilComplete(work: Generator | Task, name?: string): Task {
    return this.schedule(work, name)
  }
}
