/// <reference types="ses" />
// `node:timers` and `node:timers/promises` as exercise code may import them: the same
// functions on the scenario's private clock, nothing else of Node.
import type { Timers } from './globals.ts'

export function timerModules(timers: Omit<Timers, 'unrefCount'>, DOMException: typeof globalThis.DOMException): Record<string, unknown> {
  const abortError = () => new DOMException('The operation was aborted', 'AbortError')
  const wait = <T>(arm: (done: () => void) => unknown, value: T, options?: { signal?: AbortSignal }): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const signal = options?.signal
      if (signal?.aborted) return reject(abortError())
      const onAbort = () => {
        // One clear serves every kind of timer (globals.ts).
        timers.clearTimeout(timer)
        reject(abortError())
      }
      const timer = arm(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve(value)
      })
      signal?.addEventListener('abort', onAbort, { once: true })
    })

  const promises = {
    setTimeout: <T>(ms?: number, value?: T, options?: { signal?: AbortSignal }) => wait((done) => timers.setTimeout(done, ms), value, options),
    setImmediate: <T>(value?: T, options?: { signal?: AbortSignal }) => wait((done) => timers.setImmediate(done), value, options),
    scheduler: {
      wait: (ms: number, options?: { signal?: AbortSignal }) => wait((done) => timers.setTimeout(done, ms), undefined, options),
      yield: () => wait((done) => timers.setImmediate(done), undefined),
    },
  }
  const { setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate } = timers
  const callbacks = { setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate, promises }
  return harden({
    'node:timers': { ...callbacks, default: callbacks },
    'node:timers/promises': { ...promises, default: promises },
  })
}
