import type { Recorder } from './recorder.ts'

/**
 * What a scenario gets inside the jail. The scenario (the world) runs in a compartment of
 * its own: the submission can reach nothing of it but what the world hands over, which
 * `hand` hardens first.
 */
export interface ScenarioContext {
  /** The submission's exports, each read once: functions and classes as they are, data copied. */
  submission: Record<string, any>
  recorder: Recorder
  /** Hears each line the submission prints (console.*) until the returned function is called. */
  listenToPrints(listener: (line: string) => void): () => void
  /** True for a real AbortSignal: not a look-alike, not a Proxy of one. */
  isGenuineSignal(value: unknown): value is AbortSignal
  /** CPU time of the jail process, in real ms: for throughput budgets only, never for the clock. */
  cpuMs(): number
  /**
   * The code running now holds the event loop for `ms` virtual ms (a blocking call the world
   * models): the clock moves on at once, timers due meanwhile fire late, once this synchronous
   * stretch ends, and the trace shows the block on the `event loop` lane (blocking.ts).
   */
  blockEventLoop(ms: number): void
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

/**
 * Freezes what the world hands to the submission, deeply (ses' `harden`): the submission
 * can then neither replace a method the world relies on nor add state to it. Outside a
 * jail (the kit's own unit tests of a world) there is no submission and nothing to do.
 */
export function hand<T>(value: T): T {
  const harden = (globalThis as { harden?: <V>(value: V) => V }).harden
  return harden ? harden(value) : value
}

/**
 * The signal a submission passed to the world, checked: a real AbortSignal or nothing.
 * Anything else is refused as Node's own APIs refuse it, so a look-alike that says it was
 * aborted (or never says so) cannot fool the world.
 */
export function signalFrom(context: Pick<ScenarioContext, 'isGenuineSignal'>, value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined
  if (context.isGenuineSignal(value)) return value
  throw new TypeError('The "signal" argument must be an instance of AbortSignal')
}
