/// <reference types="ses" />
// What code in a compartment can name, beyond the standard built-ins ses gives every
// compartment (and its Compartment, harden and lockdown, which give nothing more). All of
// it closes over one scenario's private clock and output; none of it leads to `process`,
// the module loader, the disk or the clock object itself. A global not listed does not
// exist in there (`process`, `require`, `Buffer`, `fetch`...): capabilities, not a denylist.
import { formatWithOptions } from 'node:util'
import { cut } from '../cut.ts'
import { errorInfo } from '../outcome.ts'
import { type AbortApi, createAbortApi } from './abort.ts'

/** The parts of a fake-timers clock (`FakeTimers.createClock()`) this module uses. */
export interface PrivateClock {
  readonly now: number
  setTimeout(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): unknown
  setInterval(callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): unknown
  setImmediate(callback: (...args: unknown[]) => void, ...args: unknown[]): unknown
  clearTimeout(id: unknown): void
  clearInterval(id: unknown): void
  clearImmediate(id: unknown): void
}

export interface ScenarioIo {
  /** Each line the code prints (console.*), already formatted. */
  print(line: string): void
}

type Callback = (...args: unknown[]) => void

/** A timer as Node returns it, without a way back to the clock. Converts to its numeric id. */
export interface TimerHandle {
  ref(): TimerHandle
  unref(): TimerHandle
  hasRef(): boolean
  refresh(): TimerHandle
  [Symbol.toPrimitive](): number
}

/**
 * A delay as Node reads it, but that 0 stays 0 (fake-timers' own schedule, which every
 * exercise is written against; Node makes it 1 ms): negative counts as 0, so time only
 * moves forward; not a number, or over 2^31-1, is 1.
 */
function delayOf(given: unknown): number {
  const ms = typeof given === 'number' ? given : Number(given ?? 0)
  if (Number.isNaN(ms) || ms > 2 ** 31 - 1) return 1
  return Math.max(0, ms)
}

export interface Timers {
  setTimeout(callback: Callback, ms?: number, ...args: unknown[]): TimerHandle
  setInterval(callback: Callback, ms?: number, ...args: unknown[]): TimerHandle
  setImmediate(callback: Callback, ...args: unknown[]): TimerHandle
  clearTimeout(timer?: unknown): void
  clearInterval(timer?: unknown): void
  clearImmediate(timer?: unknown): void
  /** Timers armed, not yet fired or cleared, that the code unref'd: they keep nothing running. */
  unrefCount(): number
}

/**
 * Node-like timer functions on the private clock. Handles are our own frozen objects:
 * fake-timers' timer objects (and functions) carry a reference to the clock. Their
 * methods live on one hardened class per scenario, so that a timer costs no `harden`.
 */
export function createTimers(clock: PrivateClock): Timers {
  const unrefd = new Set<number>()
  const live = new Map<number, { kind: 'timeout' | 'interval' | 'immediate'; id: unknown }>()
  /** How to arm each timer again, fired or not: Node's refresh() re-arms a timer that already fired. */
  const starts = new Map<number, { kind: 'timeout' | 'interval' | 'immediate'; start: () => unknown }>()
  let next = 1
  const MAKING = Symbol('making a handle')

  class Handle implements TimerHandle {
    readonly #id: number
    constructor(id: number, key?: symbol) {
      if (key !== MAKING) throw new TypeError('Illegal constructor')
      this.#id = id
      Object.freeze(this)
    }
    ref(): this {
      unrefd.delete(this.#id)
      return this
    }
    unref(): this {
      if (live.has(this.#id)) unrefd.add(this.#id)
      return this
    }
    hasRef(): boolean {
      return !unrefd.has(this.#id)
    }
    refresh(): this {
      const armed = starts.get(this.#id)
      if (!armed || armed.kind === 'immediate') return this
      const timer = live.get(this.#id)
      if (timer) clearClockTimer(timer)
      live.set(this.#id, { kind: armed.kind, id: armed.start() })
      return this
    }
    [Symbol.toPrimitive](): number {
      return this.#id
    }
    static idOf(timer: unknown): number | undefined {
      if (typeof timer === 'number') return timer
      if (typeof timer === 'string' && /^\d+$/.test(timer)) return Number(timer)
      return typeof timer === 'object' && timer !== null && #id in timer ? timer.#id : undefined
    }
  }
  harden(Handle)

  function arm(kind: 'timeout' | 'interval' | 'immediate', callback: Callback, given: unknown, args: unknown[]): TimerHandle {
    if (typeof callback !== 'function') throw new TypeError(`The "callback" argument must be of type function. Received ${typeof callback}`)
    // An interval of 0 would fire forever at one instant: Node makes it 1 ms too.
    const ms = kind === 'interval' ? Math.max(1, delayOf(given)) : delayOf(given)
    const id = next++
    const fire = (): void => {
      if (kind !== 'interval') {
        live.delete(id)
        unrefd.delete(id)
      }
      callback(...args)
    }
    const start = () => (kind === 'timeout' ? clock.setTimeout(fire, ms) : kind === 'interval' ? clock.setInterval(fire, ms) : clock.setImmediate(fire))
    live.set(id, { kind, id: start() })
    starts.set(id, { kind, start })
    return new Handle(id, MAKING)
  }

  function clearClockTimer(timer: { kind: string; id: unknown }): void {
    if (timer.kind === 'timeout') clock.clearTimeout(timer.id)
    else if (timer.kind === 'interval') clock.clearInterval(timer.id)
    else clock.clearImmediate(timer.id)
  }

  const clear = (timer: unknown): void => {
    const id = Handle.idOf(timer)
    const armed = id === undefined ? undefined : live.get(id)
    if (id === undefined || !armed) return
    clearClockTimer(armed)
    live.delete(id)
    starts.delete(id)
    unrefd.delete(id)
  }

  return {
    setTimeout: (callback, ms, ...args) => arm('timeout', callback, ms, args),
    setInterval: (callback, ms, ...args) => arm('interval', callback, ms, args),
    setImmediate: (callback, ...args) => arm('immediate', callback, undefined, args),
    clearTimeout: clear,
    clearInterval: clear,
    clearImmediate: clear,
    unrefCount: () => unrefd.size,
  }
}

/** `Date` on the private clock: `new Date()` and `Date.now()` read it through `now`; the rest is the real Date. */
export function createDate(now: () => number): DateConstructor {
  const RealDate = Date
  function VirtualDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(now()).toString()
    return args.length === 0 ? new RealDate(now()) : new (RealDate as new (...given: unknown[]) => Date)(...args)
  }
  Object.defineProperties(VirtualDate, {
    now: { value: () => now() },
    parse: { value: RealDate.parse },
    UTC: { value: RealDate.UTC },
    prototype: { value: RealDate.prototype },
  })
  return VirtualDate as unknown as DateConstructor
}

/** A seeded generator (mulberry32), so that `Math.random` gives the same numbers at every grading. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** How long one printed line may be before it is cut. */
const LINE_LIMIT = 2000

function formatLine(args: unknown[]): string {
  try {
    // customInspect off: an object's own inspect hook would receive util.inspect itself.
    // An error prints as its name and message, each read once: its stack is kept from the
    // code, and util.inspect prints an error without one as {}. Printed first, it is text,
    // not a format string.
    const shown = args.map((arg, index) => {
      if (!(arg instanceof Error)) return arg
      const { name, message } = errorInfo(arg)
      return index === 0 ? `${name}: ${message}`.replaceAll('%', '%%') : `${name}: ${message}`
    })
    const line = formatWithOptions({ customInspect: false, depth: 3, maxArrayLength: 50, maxStringLength: LINE_LIMIT, breakLength: Infinity }, ...shown)
    return cut(line, LINE_LIMIT)
  } catch {
    return '[a value console.log could not print]'
  }
}

function createConsole(io: ScenarioIo): Console {
  const print = (...args: unknown[]): void => io.print(formatLine(args))
  const names = [
    'log',
    'info',
    'warn',
    'error',
    'debug',
    'trace',
    'dir',
    'table',
    'group',
    'groupEnd',
    'assert',
    'count',
    'time',
    'timeEnd',
    'timeLog',
  ] as const
  const console: Record<string, unknown> = Object.fromEntries(names.map((name) => [name, print]))
  console.assert = (condition: unknown, ...args: unknown[]) => {
    if (!condition) print('Assertion failed', ...args)
  }
  console.groupEnd = () => {}
  return console as unknown as Console
}

export interface ScenarioGlobals {
  /**
   * The globals of one more compartment, hardened. Each compartment has timers of its own
   * (one clock, separate ids), so that the submission can clear, unref or refresh only
   * timers it armed itself, never the world's or #runtime's.
   */
  forCompartment(): Record<string, unknown>
  /** Unref'd timers still armed, in every compartment: they keep nothing running. */
  unrefCount(): number
  abort: AbortApi
}

/**
 * Everything the compartments of this scenario can name. The code reads the time through
 * `readClock` (blocking.ts: a busy-wait on the clock ends, as a block).
 */
export function scenarioGlobals(
  clock: PrivateClock,
  io: ScenarioIo & { onListenerError(error: unknown): void; errorClass: ErrorConstructor },
  seed: number,
  readClock: () => number,
): ScenarioGlobals {
  const allTimers: Timers[] = []
  const newTimers = () => {
    const timers = createTimers(clock)
    allTimers.push(timers)
    return timers
  }
  const abort = createAbortApi({ now: () => clock.now, timers: newTimers(), onListenerError: io.onListenerError, errorClass: io.errorClass })
  const { isSignal: _isSignal, ...abortGlobals } = abort
  const shared = harden({
    ...abortGlobals,
    queueMicrotask,
    Date: createDate(readClock),
    performance: { now: readClock, timeOrigin: 0 },
    console: createConsole(io),
    Math: {
      ...Object.fromEntries(Object.getOwnPropertyNames(Math).map((name) => [name, (Math as unknown as Record<string, unknown>)[name]])),
      random: seededRandom(seed),
    },
    // Their callbacks would run at a time decided by the garbage collector, in a later scenario.
    FinalizationRegistry: undefined,
    WeakRef: undefined,
    // ses gives every compartment Node's own: their errors' prototypes are not frozen, and
    // would carry state from one scenario to the next. No exercise needs them.
    TextEncoder: undefined,
    TextDecoder: undefined,
  })
  return {
    forCompartment() {
      const { unrefCount: _unrefCount, ...timerFunctions } = newTimers()
      return harden({ ...shared, ...timerFunctions })
    },
    unrefCount: () => allTimers.reduce((sum, timers) => sum + timers.unrefCount(), 0),
    abort,
  }
}
