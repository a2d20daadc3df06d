// Installed in the sandbox thread once the fake clock is, before the submission loads.
// Two things the fake clock does not give by itself:
// - Node 20 binds AbortSignal.timeout to the real timers during its own startup, before
//   any fake clock: in a scenario it would never fire in virtual time. It is replaced by
//   one that follows the fake clock, like Node's: an unref'd timer that aborts with a
//   DOMException named TimeoutError.
// - An unref'd timer does not keep a process alive, so it is no work left running: the
//   driver leaves the unref'd timers still armed out of a run's `timersLeft`.
import { syncBuiltinESMExports } from 'node:module'
import timers from 'node:timers'

type Callback = (...args: unknown[]) => void

export interface UnrefTimers {
  /** Unref'd timers neither fired (for a timeout), nor cleared. */
  armed(): number
}

export function installUnrefTracking(): UnrefTimers {
  const fake = {
    setTimeout: globalThis.setTimeout,
    setInterval: globalThis.setInterval,
    clearTimeout: globalThis.clearTimeout,
    clearInterval: globalThis.clearInterval,
  }
  const unrefd = new Set<number>()

  /** Notes the timer while it is unref'd. Fake timers convert to their numeric id. */
  function watch(timer: NodeJS.Timeout): NodeJS.Timeout {
    const id = Number(timer)
    const { ref, unref } = timer
    timer.unref = () => (unrefd.add(id), unref.call(timer))
    timer.ref = () => (unrefd.delete(id), ref.call(timer))
    return timer
  }

  function setTimeout(callback: Callback, ms?: number, ...args: unknown[]): NodeJS.Timeout {
    if (typeof callback !== 'function') return fake.setTimeout(callback, ms, ...args)
    const timer = watch(fake.setTimeout((...given: unknown[]) => {
      unrefd.delete(Number(timer))
      callback(...given)
    }, ms, ...args))
    return timer
  }
  function setInterval(callback: Callback, ms?: number, ...args: unknown[]): NodeJS.Timeout {
    return typeof callback === 'function' ? watch(fake.setInterval(callback, ms, ...args)) : fake.setInterval(callback, ms, ...args)
  }
  const clear = (fakeClear: (timer?: NodeJS.Timeout) => void) => (timer?: NodeJS.Timeout) => {
    unrefd.delete(Number(timer))
    fakeClear(timer)
  }

  const replacements = {
    setTimeout: setTimeout as typeof globalThis.setTimeout,
    setInterval: setInterval as typeof globalThis.setInterval,
    clearTimeout: clear(fake.clearTimeout),
    clearInterval: clear(fake.clearInterval),
  }
  Object.assign(globalThis, replacements)
  // ESM named imports of node:timers are copies: re-sync them from the module object.
  Object.assign(timers, replacements)
  syncBuiltinESMExports()

  AbortSignal.timeout = function timeout(ms: number): AbortSignal {
    const controller = new AbortController()
    setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref()
    return controller.signal
  }

  return { armed: () => unrefd.size }
}
