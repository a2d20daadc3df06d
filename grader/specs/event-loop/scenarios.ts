// Runs inside the jail, in the world's compartment: each scenario runs one world of worlds.ts with the
// student's Task and Loop. What the coroutines say goes to the 'say' lane, what the
// student's code prints with console.log to the 'print' lane, in the order it happened.
import type { Recorder } from '../../sandbox/recorder.ts'
import { defineScenarios, type Scenario, type ScenarioContext } from '../../sandbox/scenario.ts'
import type { RunStep } from './diagnosis.ts'
import { worlds, type Env, type World } from './worlds.ts'

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

/** Runs a fresh task of two yields once, out of the record, to tell "to the next yield" from "to the end". */
function probeRunStep(Task: Env['Task']): RunStep {
  try {
    const task = new Task(
      (function* () {
        yield
        yield
      })(),
      'probe',
    )
    task.run()
    return task.status === 'FINISHED' ? 'runs-to-end' : 'stops-at-yield'
  } catch {
    return 'unknown'
  }
}

function scenario(world: World, uses: string[]): Scenario {
  return {
    uses,
    // Flat: the snapshot of the result keeps only 6 levels of nesting.
    run: async (context) => ({
      runStep: probeRunStep(context.submission.Task),
      ...(capturingPrints(context, () => world.run(sandboxEnv(context.submission, context.recorder))) as object),
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
