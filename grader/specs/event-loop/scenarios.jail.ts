// Runs inside the jail, in the world's compartment: each scenario runs one world of
// worlds.shared.ts with the student's Task and Loop. What the coroutines say goes to the 'say'
// lane, what the student's code prints with console.log to the 'print' lane, in the order it
// happened.
import type { Recorder } from '../../sandbox/recorder.ts'
import { defineScenarios, type ScenarioContext } from '../../sandbox/scenario.ts'
import { worlds, type Env, type RunStep, type World } from './worlds.shared.ts'

function sandboxEnv(submission: Record<string, any>, recorder: Recorder): Env {
  return {
    Task: submission.Task,
    Loop: submission.Loop,
    say: (line) => recorder.event('say', line),
    mark: (lane, label) => recorder.event(lane, label),
  }
}

/** Records every line the code prints while `body` runs as a 'print' event. */
function capturingPrints<T>({ recorder, listenToPrints }: ScenarioContext, body: () => T): T {
  const stop = listenToPrints((line) => recorder.event('print', line))
  try {
    return body()
  } finally {
    stop()
  }
}

/**
 * Runs a fresh task of two yields once, out of the record, to tell "to the next yield" from
 * "to the end" by what the coroutine did, whatever status the task then claims.
 */
function probeRunStep(Task: Env['Task']): RunStep {
  try {
    let resumed = false
    const task = new Task(
      (function* () {
        yield
        resumed = true
        yield
      })(),
      'probe',
    )
    task.run()
    return resumed ? 'runs-to-end' : 'stops-at-yield'
  } catch {
    return 'unknown'
  }
}

/** A world run with the submission's classes; what it returns is what the checks read. */
function scenario<Result extends object>(world: World<Result>, uses: string[]) {
  return {
    uses,
    // Flat: the snapshot of the result keeps only 6 levels of nesting.
    run: async (context: ScenarioContext): Promise<Result & { runStep: RunStep }> => ({
      runStep: probeRunStep(context.submission.Task),
      ...capturingPrints(context, () => world.run(sandboxEnv(context.submission, context.recorder))),
    }),
  }
}

const usesLoop = ['Task', 'Loop']

export default defineScenarios({
  task: scenario(worlds.task, ['Task']),
  schedule: scenario(worlds.schedule, usesLoop),
  seed: scenario(worlds.seed, usesLoop),
  'round-robin': scenario(worlds['round-robin'], usesLoop),
  errors: scenario(worlds.errors, usesLoop),
  complete: scenario(worlds.complete, usesLoop),
  cancel: scenario(worlds.cancel, usesLoop),
})
