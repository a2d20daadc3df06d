// Correct, in another style: status kept private behind a getter, a queue read with a
// moving index, a different toString punctuation, and template-string printing.
type Status = 'NEW' | 'RUNNING' | 'FINISHED' | 'ERROR' | 'CANCELLED'

export class Task<T = unknown> {
  #status: Status = 'NEW'
  #result?: T
  #error?: unknown

  constructor(
    private readonly coro: Generator<unknown, T, unknown>,
    readonly name: string = 'anonymous',
  ) {}

  get status(): Status {
    return this.#status
  }

  get returnValue(): T | undefined {
    return this.#result
  }

  get errorValue(): unknown {
    return this.#error
  }

  run(): void {
    if (this.isDone() || this.isCancelled()) return
    this.#status = 'RUNNING'
    let step: IteratorResult<unknown, T>
    try {
      step = this.coro.next()
    } catch (error) {
      this.#error = error
      this.#status = 'ERROR'
      return
    }
    if (step.done) {
      this.#result = step.value
      this.#status = 'FINISHED'
    }
  }

  isDone(): boolean {
    return ['FINISHED', 'ERROR'].includes(this.#status)
  }

  cancel(): void {
    if (this.#status === 'NEW' || this.#status === 'RUNNING') this.#status = 'CANCELLED'
  }

  isCancelled(): boolean {
    return this.#status === 'CANCELLED'
  }

  toString(): string {
    switch (this.#status) {
      case 'FINISHED':
        return `${this.name}: ${this.#status} -> ${String(this.#result)}`
      case 'ERROR':
        return `${this.name}: ${this.#status} -> ${this.#error instanceof Error ? this.#error.message : String(this.#error)}`
      default:
        return `${this.name}: ${this.#status}`
    }
  }
}

export class Loop {
  #tasks: Task[] = []
  #next = 0

  schedule(work: Generator | Task, name?: string): Task {
    const task = work instanceof Task ? work : new Task(work, name)
    this.#tasks.push(task)
    return task
  }

  runUntilEmpty(): void {
    while (this.#step()) {}
  }

  runUntilComplete(work: Generator | Task, name?: string): Task {
    const task = this.schedule(work, name)
    while (!task.isDone() && this.#step()) {}
    return task
  }

  /** Gives one turn to the next task; false when there was none. */
  #step(): boolean {
    if (this.#next === this.#tasks.length) {
      this.#tasks = []
      this.#next = 0
      return false
    }
    const task = this.#tasks[this.#next++]!
    if (!task.isCancelled()) task.run()
    if (task.isCancelled() || task.isDone()) console.log(`${task}`)
    else this.#tasks.push(task)
    // Forget the tasks already served once the array gets long.
    if (this.#next > 1000) {
      this.#tasks = this.#tasks.slice(this.#next)
      this.#next = 0
    }
    return true
  }
}
