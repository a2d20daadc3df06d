// The kit's model of the event loop, with the common mistakes as flaws: without flaws it
// prints what every scenario expects, each flaw what that mistake prints, in the grader's
// words for a task (<tic_tac FINISHED Boum!>). scripts/grader-data.ts records its output
// in grader/specs/event-loop/expected.shared.ts, which is all the grader reads of it: a
// Task and a Loop that work are an answer, and stay out of the handout.
import type { Coroutine } from '../grader/specs/event-loop/coroutines.shared.ts'
import { type Env, type OutputLine, type Work, type WorldName, worlds } from '../grader/specs/event-loop/worlds.shared.ts'

export interface Flaws {
  /** Takes the task queued last first, like a stack. */
  lifo?: boolean
  /** Puts an unfinished task back at the front of the queue. */
  requeueFront?: boolean
  /** Prints a finished task on its next turn instead of right after the run() that finished it. */
  printLate?: boolean
  /** Never prints finished tasks. */
  silent?: boolean
  /** Prints the task after every turn, finished or not. */
  printEveryTurn?: boolean
  /** runUntilComplete runs the whole queue. */
  completeRunsAll?: boolean
  /** runUntilComplete runs only its own task, without the rest of the queue. */
  completeRunsOnlyTarget?: boolean
}

type Status = 'NEW' | 'RUNNING' | 'FINISHED' | 'ERROR' | 'CANCELLED'

/** More turns than any scenario needs: a flawed model that loops stops here. */
const TURN_LIMIT = 10_000

function modelClasses(flaws: Flaws, print: (line: string) => void) {
  class Task {
    status: Status = 'NEW'
    returnValue: unknown
    errorValue: unknown

    constructor(
      private readonly coro: Coroutine,
      readonly name = 'task',
    ) {}

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
      const detail = this.status === 'FINISHED' ? ` ${String(this.returnValue)}` : this.status === 'ERROR' ? ` ${(this.errorValue as Error).message}` : ''
      return `<${this.name} ${this.status}${detail}>`
    }
  }

  class Loop {
    private readonly queue: Task[] = []
    private turns = 0

    schedule(work: Work, name?: string): Task {
      const task = work instanceof Task ? work : new Task(work as Coroutine, name)
      this.queue.push(task)
      return task
    }

    runUntilEmpty(): void {
      while (this.queue.length > 0) this.turn()
    }

    runUntilComplete(work: Work, name?: string): Task {
      const task = this.schedule(work, name)
      if (flaws.completeRunsAll) {
        this.runUntilEmpty()
      } else if (flaws.completeRunsOnlyTarget) {
        this.queue.splice(this.queue.indexOf(task), 1)
        while (!task.isDone()) this.count(() => task.run())
        print(String(task))
      } else {
        while (!task.isDone()) this.turn()
      }
      return task
    }

    private turn(): void {
      this.count(() => {
        const task = (flaws.lifo ? this.queue.pop() : this.queue.shift())!
        if (task.isCancelled() || (flaws.printLate && task.isDone())) return print(String(task))
        task.run()
        const printNow = flaws.printEveryTurn || (task.isDone() && !flaws.printLate && !flaws.silent)
        if (printNow) print(String(task))
        if (task.isDone() && !flaws.printLate) return
        if (flaws.requeueFront) this.queue.unshift(task)
        else this.queue.push(task)
      })
    }

    private count(turn: () => void): void {
      if (++this.turns > TURN_LIMIT) throw new Error('the model loop did not end')
      turn()
    }
  }

  return { Task, Loop }
}

/** The output of a scenario's world run with the model's classes. */
export function replay(world: WorldName, flaws: Flaws = {}): OutputLine[] {
  const output: OutputLine[] = []
  const { Task, Loop } = modelClasses(flaws, (text) => output.push({ lane: 'print', text }))
  const env: Env = {
    Task,
    Loop,
    say: (text) => output.push({ lane: 'say', text }),
    mark: (lane, text) => output.push({ lane, text }),
  }
  worlds[world].run(env)
  return output
}
