import { describe, expect, it, vi } from 'vitest'
import { useFakeClock } from '../support/fake-clock.ts'
import { sleep, timeout, TimeoutError } from '../../runtime/index.ts'

// The runtime is imported before the fake clock is installed, so these tests also check
// that it reads setTimeout at call time rather than at import.
const currentClock = useFakeClock()

interface Outcome<T> {
  settled: boolean
  at?: number
  value?: T
  error?: unknown
}

/** Records when and how `promise` settles, without leaving a rejection unhandled. */
function watch<T>(promise: Promise<T>): Outcome<T> {
  const outcome: Outcome<T> = { settled: false }
  promise.then(
    (value) => Object.assign(outcome, { settled: true, at: Date.now(), value }),
    (error: unknown) => Object.assign(outcome, { settled: true, at: Date.now(), error }),
  )
  return outcome
}

describe('sleep', () => {
  it('resolves exactly after ms, not before', async () => {
    const slept = watch(sleep(1000))
    await currentClock().tickAsync(999)
    expect(slept.settled).toBe(false)
    await currentClock().tickAsync(1)
    expect(slept).toEqual({ settled: true, at: 1000, value: undefined })
    expect(currentClock().countTimers()).toBe(0)
  })

  it('rejects at once with the reason when the signal is already aborted, starting no timer', async () => {
    const reason = new Error('stop')
    const controller = new AbortController()
    controller.abort(reason)
    const slept = watch(sleep(1000, controller.signal))
    expect(currentClock().countTimers()).toBe(0)
    await currentClock().tickAsync(0)
    expect(slept).toEqual({ settled: true, at: 0, error: reason })
  })

  it('rejects with the reason when the signal aborts during the sleep, and clears its timer', async () => {
    const reason = new Error('stop')
    const controller = new AbortController()
    const slept = watch(sleep(1000, controller.signal))
    await currentClock().tickAsync(400)
    controller.abort(reason)
    expect(currentClock().countTimers()).toBe(0)
    await currentClock().tickAsync(0)
    expect(slept).toEqual({ settled: true, at: 400, error: reason })
  })

  it('removes its abort listener when it resolves', async () => {
    const { signal } = new AbortController()
    const add = vi.spyOn(signal, 'addEventListener')
    const remove = vi.spyOn(signal, 'removeEventListener')
    const slept = watch(sleep(1000, signal))
    await currentClock().tickAsync(1000)
    expect(slept.settled).toBe(true)
    expect(add).toHaveBeenCalledTimes(1)
    expect(remove).toHaveBeenCalledTimes(1)
    expect(remove.mock.calls[0]?.slice(0, 2)).toEqual(add.mock.calls[0]?.slice(0, 2))
  })
})

describe('timeout', () => {
  it('passes the value through when the work finishes first, and leaves no timer', async () => {
    const result = watch(timeout(3000, (signal) => sleep(1000, signal).then(() => 'done')))
    await currentClock().tickAsync(1000)
    expect(result).toEqual({ settled: true, at: 1000, value: 'done' })
    expect(currentClock().countTimers()).toBe(0)
  })

  it('passes the rejection through when the work fails first, and leaves no timer', async () => {
    const failure = new Error('server down')
    const result = watch(timeout(3000, () => sleep(500).then(() => Promise.reject(failure))))
    await currentClock().tickAsync(500)
    expect(result).toEqual({ settled: true, at: 500, error: failure })
    expect(currentClock().countTimers()).toBe(0)
  })

  it('rejects with a TimeoutError at exactly ms and aborts the signal with that same error', async () => {
    let workSignal: AbortSignal | undefined
    const result = watch(
      timeout(3000, (signal) => {
        workSignal = signal
        return sleep(10_000, signal)
      }),
    )
    await currentClock().tickAsync(2999)
    expect(result.settled).toBe(false)
    expect(workSignal?.aborted).toBe(false)
    await currentClock().tickAsync(1)
    expect(result).toEqual({ settled: true, at: 3000, error: expect.any(TimeoutError) })
    expect(result.error).toMatchObject({ name: 'TimeoutError', message: 'timed out after 3000 ms' })
    expect(workSignal?.aborted).toBe(true)
    expect(workSignal?.reason).toBe(result.error)
    expect(currentClock().countTimers()).toBe(0)
  })

  it('rejects at the deadline even when the work ignores the signal and never settles', async () => {
    let workSignal: AbortSignal | undefined
    const result = watch(
      timeout(3000, (signal) => {
        workSignal = signal
        return new Promise<never>(() => {})
      }),
    )
    await currentClock().tickAsync(3000)
    expect(result).toEqual({ settled: true, at: 3000, error: expect.any(TimeoutError) })
    expect(workSignal?.reason).toBe(result.error)
    expect(currentClock().countTimers()).toBe(0)
  })

  it('keeps the TimeoutError when work that ignores the signal finishes later', async () => {
    const result = watch(timeout(3000, () => sleep(5000).then(() => 'too late')))
    await currentClock().tickAsync(3000)
    expect(currentClock().countTimers()).toBe(1) // the work's own sleep, not the deadline
    await currentClock().tickAsync(2000)
    expect(result).toEqual({ settled: true, at: 3000, error: expect.any(TimeoutError) })
  })

  it('lets the deadline win a tie with the work', async () => {
    const result = watch(timeout(3000, () => sleep(3000).then(() => 'just in time')))
    await currentClock().tickAsync(3000)
    expect(result).toEqual({ settled: true, at: 3000, error: expect.any(TimeoutError) })
  })

  it('rejects with the error when the work throws synchronously, and leaves no timer', async () => {
    const failure = new Error('bad argument')
    const result = watch(
      timeout(3000, () => {
        throw failure
      }),
    )
    expect(currentClock().countTimers()).toBe(0)
    await currentClock().tickAsync(0)
    expect(result).toEqual({ settled: true, at: 0, error: failure })
  })
})
