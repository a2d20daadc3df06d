// Misconception: the loop checks whether a task is done at the start of its turn, so a
// finished task is put back in the queue and printed one turn late.
export type TaskStatus = 'NEW' | 'RUNNING' | 'FINISHED' | 'ERROR' | 'CANCELLED'

export class Task<T = unknown> {
  readonly name: string
  status: TaskStatus = 'NEW'
  returnValue?: T
  errorValue?: unknown
  private readonly coro: Generator<unknown, T, unknown>

  constructor(coro: Generator<unknown, T, unknown>, name = 'task') {
    this.coro = coro
    this.name = name
  }

  run(): void {
    this.status = 'RUNNING'
    try {
      const step = this.coro.next()
      if (step.done) {
        this.status = 'FINISHED'
        this.returnValue = step.value
      }
    } catch (error) {
      this.status = 'ERROR'
      this.errorValue = error
    }
  }

  isDone(): boolean {
    return this.status === 'FINISHED' || this.status === 'ERROR'
  }

  cancel(): void {
    if (!this.isDone()) this.status = 'CANCELLED'
  }

  isCancelled(): boolean {
    return this.status === 'CANCELLED'
  }

  toString(): string {
    const result = this.isDone() ? ` (${this.status === 'ERROR' ? String(this.errorValue) : JSON.stringify(this.returnValue)})` : ''
    return `<Task '${this.name}' [${this.status}]${result}>`
  }
}

export class Loop {
  private readonly running: Task[] = []

  schedule(work: Generator | Task, name?: string): Task {
    const task = work instanceof Task ? work : new Task(work, name)
    this.running.push(task)
    return task
  }

  runUntilEmpty(): void {
    while (this.running.length > 0) this.loop()
  }

  runUntilComplete(work: Generator | Task, name?: string): Task {
    const task = this.schedule(work, name)
    while (!task.isDone()) this.loop()
    return task
  }

  private loop(): void {
    const task = this.running.shift()!
    if (task.isCancelled() || task.isDone()) {
      console.log(String(task))
      return
    }
    task.run()
    this.running.push(task)
  }
}
