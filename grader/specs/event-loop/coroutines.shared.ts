// The coroutines the scenarios hand to the student's Task and Loop: generator functions,
// as in the course. They print through `say`, not console.log, so the grader can tell
// their lines from the lines the student's loop prints. Both sides run them: the world in
// the jail, the grader's model in the spec process.

export type Say = (line: string) => void
export type Coroutine<T = unknown> = Generator<void, T, unknown>

/** The course's tic_tac: Tic on the first turn, Tac on the second, returns "Boum!" on the third. */
export function* ticTac(say: Say): Coroutine<string> {
  say('Tic')
  yield
  say('Tac')
  yield
  return 'Boum!'
}

/** The course's spam: Spam, Eggs, Bacon, then returns "SPAM!" on its fourth turn. */
export function* spam(say: Say): Coroutine<string> {
  say('Spam')
  yield
  say('Eggs')
  yield
  say('Bacon')
  yield
  return 'SPAM!'
}

/** "<label> 1" ... "<label> <turns>", one line a turn, then returns `result` one turn later. */
export function* counter<T>(say: Say, label: string, turns: number, result: T): Coroutine<T> {
  for (let turn = 1; turn <= turns; turn++) {
    say(`${label} ${turn}`)
    yield
  }
  return result
}

/** Prints Ping on its first turn and throws `error` on its second. */
export function* fragile(say: Say, error: Error): Coroutine<never> {
  say('Ping')
  yield
  throw error
}

/** The course's `example`: schedules a concurrent subtask, then works for three turns. */
export function* example(say: Say, scheduleSubtask: () => void): Coroutine<string> {
  say('example starts')
  scheduleSubtask()
  say('back in example')
  for (let turn = 1; turn <= 3; turn++) {
    say(`example ${turn}`)
    yield
  }
  return 'all good'
}

/** Works one turn, cancels the worker on its second turn, finishes on its third. */
export function* boss(say: Say, cancelWorker: () => void): Coroutine<string> {
  say('boss 1')
  yield
  say('boss cancels worker')
  cancelWorker()
  yield
  say('boss 3')
  return 'boss done'
}
