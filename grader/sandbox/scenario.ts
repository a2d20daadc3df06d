import type { Recorder } from './recorder.ts'

/** What a scenario gets inside the sandbox. */
export interface ScenarioContext {
  /** The submission's module namespace: its exports. */
  submission: Record<string, any>
  recorder: Recorder
}

/**
 * One run of student code in a simulated world. `run` builds the world, calls the
 * submission and returns what the specs need; its promise is what the sandbox waits on.
 */
export interface Scenario {
  /** Exports the scenario calls; a missing one fails the scenario before it starts. */
  uses: readonly string[]
  /** Keep firing leftover timers after settling, so the trace shows what was left running. */
  drainAfterSettle?: boolean
  run(context: ScenarioContext): Promise<unknown>
}

export function defineScenarios<T extends Record<string, Scenario>>(scenarios: T): T {
  return scenarios
}
