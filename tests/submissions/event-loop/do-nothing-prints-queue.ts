// Does nothing: every task says CANCELLED and runs nothing; the Loop queues the tasks and
// prints each one once, without running any.
export type TaskStatus = 'NEW' | 'RUNNING' | 'FINISHED' | 'ERROR' | 'CANCELLED'

export class Task<T = unknown> {
  readonly name: string
  status: TaskStatus = 'CANCELLED'
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
    return true
  }

  toString(): string {
    return `<Task '${this.name}' [${this.status}]>`
  }
}

export class Loop {
  readonly #queue: Task[] = []

  schedule(work: Generator | Task, name?: string): Task {
    const task = work instanceof Task ? work : new Task(work, name)
    this.#queue.push(task)
    return task
  }

  runUntilEmpty(): void {
    for (const task of this.#queue.splice(0)) console.log(String(task))
  }

  runUntilComplete(work: Generator | Task, name?: string): Task {
    const task = this.schedule(work, name)
    this.runUntilEmpty()
    return task
  }
}
