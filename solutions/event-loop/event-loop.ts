// Reference solution of "event-loop": the generator-based event loop of the course.

export type TaskStatus = 'NEW' | 'RUNNING' | 'FINISHED' | 'ERROR' | 'CANCELLED'

export class Task<T = unknown> {
  readonly name: string
  status: TaskStatus = 'NEW'
  returnValue?: T
  errorValue?: unknown
  readonly #coro: Generator<unknown, T, unknown>

  constructor(coro: Generator<unknown, T, unknown>, name = 'task') {
    // Only keep the coroutine: a generator runs nothing until its first next().
    this.#coro = coro
    this.name = name
  }

  run(): void {
    this.status = 'RUNNING'
    try {
      // One next() per turn: the coroutine runs up to its next yield and gives control back.
      const step = this.#coro.next()
      if (step.done) {
        this.status = 'FINISHED'
        this.returnValue = step.value
      }
    } catch (error) {
      // The error stays in the task: the loop and the other tasks go on.
      this.status = 'ERROR'
      this.errorValue = error
    }
  }

  isDone(): boolean {
    return this.status === 'FINISHED' || this.status === 'ERROR'
  }

  cancel(): void {
    // A task that is already done keeps its result.
    if (!this.isDone()) this.status = 'CANCELLED'
  }

  isCancelled(): boolean {
    return this.status === 'CANCELLED'
  }

  toString(): string {
    const result = this.status === 'FINISHED' ? ` (${JSON.stringify(this.returnValue)})` : this.status === 'ERROR' ? ` (${String(this.errorValue)})` : ''
    return `<Task '${this.name}' [${this.status}]${result}>`
  }
}

/**
 * First in, first out, in constant time like Python's deque: Array.shift() copies the
 * whole array, which makes a loop over 100,000 tasks take seconds.
 */
class Queue<T> {
  #items: T[] = []
  #head = 0

  get length(): number {
    return this.#items.length - this.#head
  }

  push(item: T): void {
    this.#items.push(item)
  }

  shift(): T | undefined {
    const item = this.#items[this.#head++]
    // Drop the served half now and then, so the array does not grow forever.
    if (this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head)
      this.#head = 0
    }
    return item
  }
}

export class Loop {
  // Tasks are taken from the front and put back at the end.
  readonly #queue = new Queue<Task>()

  schedule(work: Generator | Task, name?: string): Task {
    const task = work instanceof Task ? work : new Task(work, name)
    this.#queue.push(task)
    return task
  }

  runUntilEmpty(): void {
    while (this.#queue.length > 0) this.#turn()
  }

  runUntilComplete(work: Generator | Task, name?: string): Task {
    const task = this.schedule(work, name)
    // The other tasks keep taking their turns; whatever is left stays queued. A cancelled
    // task never becomes done, so it ends the wait too.
    while (!task.isDone() && !task.isCancelled()) this.#turn()
    return task
  }

  /** One turn: the task at the front runs to its next yield, then leaves or goes to the back. */
  #turn(): void {
    const task = this.#queue.shift()!
    if (task.isCancelled()) {
      // Dropped without running; printed once, now that its turn has come.
      console.log(String(task))
      return
    }
    task.run()
    if (task.isDone()) console.log(String(task))
    else this.#queue.push(task)
  }
}
