// The sandbox runs one scenario in a real worker thread under virtual time, and always
// comes back with an outcome that says what happened.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultLimits, runInSandbox, type SandboxLimits } from '../grader/sandbox/run-in-sandbox.ts'
import { BUSY_WAIT_STEP_MS, FREE_CLOCK_READS } from '../grader/sandbox/blocking.ts'
import { BLOCKED_LABEL, EVENT_LOOP_LANE, eventsOf, spansOf } from '../grader/sandbox/trace.ts'
import { testLimits } from './support/grading.ts'

const scenariosFile = fileURLToPath(new URL('./sandbox/scenarios.ts', import.meta.url))
const limits: SandboxLimits = { ...defaultLimits, ...testLimits, maxTimers: 10_000 }

function sandbox(name: string, scenario = 'call', overrides: Partial<SandboxLimits> = {}) {
  const submissionFile = fileURLToPath(new URL(`./sandbox/submissions/${name}.ts`, import.meta.url))
  return runInSandbox({ scenariosFile, scenario, submissionFile }, { ...limits, ...overrides })
}

describe('a blocked event loop, in virtual time', () => {
  it('a blocking call moves the clock on; timers due meanwhile fire late, by due time, and intervals restart from then', async () => {
    const run = await sandbox('blocked-by-world', 'blocking')
    expect(run.outcome).toMatchObject({ kind: 'resolved', at: 3100 })
    expect(eventsOf(run.trace, 'mark').map((event) => event.label)).toEqual([
      'due 200 at 1700',
      'due 300 at 1700',
      'beat at 1700',
      'beat at 2200',
      'beat at 2700',
    ])
    // One span a stretch: the two calls of the first stretch and the call after a microtask are one block.
    expect(spansOf(run.trace).filter((span) => span.lane === EVENT_LOOP_LANE)).toEqual([
      { lane: EVENT_LOOP_LANE, label: BLOCKED_LABEL, start: 0, end: 1700 },
      { lane: EVENT_LOOP_LANE, label: BLOCKED_LABEL, start: 1700, end: 2100 },
    ])
  })

  it('many late timers fire in the order they were due, each when the one before lets the loop go', async () => {
    const run = await sandbox('late-timers-in-order', 'blocking')
    expect(eventsOf(run.trace, 'mark').map((event) => event.label)).toEqual([
      ...[100, 200, 300, 400, 500, 600, 700].map((due) => `due ${due} at 1000`),
      'a at 1000',
      'b at 1800',
      'c at 2600',
      'd at 3400',
      'e at 4200',
      // Late, it goes before the 0 ms timer armed after the blocks.
      'heartbeat due 1100 at 5000',
    ])
    expect(run.outcome).toMatchObject({ kind: 'resolved', at: 5000 })
  })

  it('a block after the call settled does not hide what follows it from the drain', async () => {
    const run = await sandbox('blocks-after-settling', 'drained')
    // fake-timers makes a 0 ms timer armed in a timer 1 ms.
    expect(eventsOf(run.trace, 'mark')).toEqual([{ t: 61_002, kind: 'event', lane: 'mark', label: 'after the block, at 61002', late: true }])
  })

  it('a busy-wait on the clock ends, as a block of the ms it waited for', async () => {
    const run = await sandbox('busy-waits-on-clock')
    // The read after the loop is one more of the stretch: 1 ms more.
    expect(run.outcome).toEqual({ kind: 'resolved', value: 1001, at: 1001 })
    expect(eventsOf(run.trace, 'mark').map((event) => event.label)).toEqual(['done spinning at 1001', 'timer due at 100 fired at 1001'])
    expect(spansOf(run.trace)).toEqual([{ lane: EVENT_LOOP_LANE, label: BLOCKED_LABEL, start: 0, end: 1001 }])
  })

  it(`reading the clock ${FREE_CLOCK_READS} times in one stretch costs no time; the read after that, ${BUSY_WAIT_STEP_MS} ms`, async () => {
    expect(FREE_CLOCK_READS).toBe(1_000_000)
    const run = await sandbox('reads-clock-often')
    expect(run.outcome).toEqual({ kind: 'resolved', value: [0, BUSY_WAIT_STEP_MS], at: BUSY_WAIT_STEP_MS })
  })
})

describe('sandbox outcomes', () => {
  it('resolved: value and virtual time, with Date and performance on the fake clock', async () => {
    const run = await sandbox('resolves-late')
    expect(run.outcome).toEqual({ kind: 'resolved', value: { done: true, at: 1500, perf: 1500 }, at: 1500 })
    expect(run.timersLeft).toBe(0)
  })

  it('counts timers left running when the scenario settles', async () => {
    const run = await sandbox('leaves-timer')
    expect(run.outcome).toMatchObject({ kind: 'resolved', at: 0 })
    expect(run.timersLeft).toBe(1)
    expect(eventsOf(run.trace, 'mark')).toEqual([])
  })

  it('drainAfterSettle shows what the leftover timers did', async () => {
    const run = await sandbox('leaves-timer', 'drained')
    expect(run.timersLeft).toBe(1)
    expect(eventsOf(run.trace, 'mark')).toEqual([{ t: 10_000, kind: 'event', lane: 'mark', label: 'late', late: true }])
  })

  it('deadlock: pending with no timer left, naming the blocked semaphore', async () => {
    const run = await sandbox('deadlock-semaphore')
    expect(run.outcome).toEqual({ kind: 'deadlock', at: 0, waiting: ['1 task waits on a Semaphore(1) with 0 of 1 permits free'] })
  })

  it('runaway: an endless setInterval stops at the timer cap', async () => {
    const run = await sandbox('endless-interval')
    expect(run.outcome).toEqual({ kind: 'runaway', at: 100_000, timersFired: 10_000 })
  })

  it('runaway: an endless loop of sleeps stops at the virtual-time cap, not at the watchdog', async () => {
    const run = await sandbox('endless-sleeps', 'call', { maxTimers: 1_000_000 })
    expect(run.outcome).toEqual({ kind: 'runaway', at: 3_600_000, timersFired: 7200, nextTimerAt: 3_600_500 })
  })

  it('killed: a loop that never ends is stopped by the watchdog (SIGKILL of the jail)', async () => {
    const run = await sandbox('busy-loop')
    expect(run.outcome).toMatchObject({ kind: 'killed', phase: 'run' })
  })

  it('killed: a microtask livelock is stopped by the watchdog', async () => {
    const run = await sandbox('microtask-livelock')
    expect(run.outcome).toMatchObject({ kind: 'killed', phase: 'run' })
  })

  it('crashed: running out of memory', async () => {
    const run = await sandbox('memory-hog', 'call', { memoryMb: 64 })
    expect(run.outcome).toEqual({ kind: 'crashed', phase: 'run', cause: { kind: 'out-of-memory', limitMb: 64 } })
  })

  it('process does not exist in exercise code: naming it throws and says so', async () => {
    const run = await sandbox('exits')
    expect(run.outcome).toEqual({
      kind: 'rejected',
      at: 0,
      error: {
        name: 'ReferenceError',
        message: 'process is not allowed in exercise code: it has only #runtime, the files of its folder and what its exercise hands it',
      },
    })
  })

  it('records unhandled rejections and exceptions thrown by timer callbacks, and goes on', async () => {
    const run = await sandbox('unhandled')
    expect(run.outcome).toEqual({ kind: 'resolved', value: 'finished', at: 10 })
    expect(run.problems).toEqual(['unhandled rejection: Error: nobody listens', 'exception in a timer callback: Error: thrown from a timer'])
  })

  it('captures what the code prints instead of letting it reach the grader output', async () => {
    const run = await sandbox('prints')
    // An error prints as its name and message (a jail's errors carry no stack to print).
    expect(run.output).toBe('hello from console.log\n{ passed: 1, failed: 0 }\nto stderr\nTypeError: boom\ncaught: RangeError: too far\n')
    expect(run.outcome).toEqual({ kind: 'resolved', value: 'printed', at: 0 })
  })

  it('node:timers and node:timers/promises imports follow the fake clock', async () => {
    const run = await sandbox('timers-modules')
    expect(run.outcome).toEqual({ kind: 'resolved', value: 1500, at: 1500 })
  })

  it("AbortSignal.timeout follows the fake clock; its unref'd timer is not counted as left running", async () => {
    const run = await sandbox('abort-signal-timeout')
    expect(run.outcome).toEqual({ kind: 'resolved', value: ['TimeoutError', 1000], at: 1000 })
    expect(run.timersLeft).toBe(0)
  })

  it('the fake clock cannot be reached through the faked functions', async () => {
    const run = await sandbox('reaches-clock')
    expect(run.outcome).toMatchObject({ kind: 'resolved', value: [false, false, false, false] })
  })

  it('drains microtasks between timers, as Node does: A, A.then, B', async () => {
    const run = await sandbox('timer-order')
    expect(eventsOf(run.trace, 'mark').map((event) => event.label)).toEqual(['A', 'A.then', 'B'])
  })

  it('a missing export fails before the scenario starts', async () => {
    const run = await runInSandbox(
      { scenariosFile, scenario: 'call', submissionFile: fileURLToPath(new URL('./submissions/broken/missing-exports.ts', import.meta.url)) },
      limits,
    )
    expect(run.outcome).toEqual({ kind: 'missing-export', names: ['run'] })
  })
})
