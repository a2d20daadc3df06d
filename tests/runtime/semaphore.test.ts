import { describe, expect, it, vi } from 'vitest'
import { useFakeClock } from '../support/fake-clock.ts'
import { Lock, Semaphore, sleep } from '../../runtime/index.ts'
import { describeBlockedWaiters } from '../../runtime/diagnostics.ts'

const currentClock = useFakeClock()

/** Lets every pending promise callback run, without moving the currentClock(). */
const settle = (): Promise<number> => currentClock().tickAsync(0)

describe('Semaphore', () => {
  it('runs at most N tasks at once, starting each as soon as a permit frees up', async () => {
    const semaphore = new Semaphore(3)
    const durations = [300, 100, 200, 500, 100, 400, 200, 100, 300, 200]
    const startedAt: number[] = []
    let inFlight = 0
    let maxInFlight = 0
    const tasks = durations.map((duration, id) =>
      semaphore.use(async () => {
        startedAt[id] = Date.now()
        maxInFlight = Math.max(maxInFlight, ++inFlight)
        await sleep(duration)
        inFlight--
      }),
    )
    await currentClock().runAllAsync()
    await Promise.all(tasks)
    expect(maxInFlight).toBe(3)
    expect(startedAt).toEqual([0, 0, 0, 100, 200, 300, 300, 500, 600, 600])
    expect(Date.now()).toBe(900)
    expect(semaphore.available).toBe(3)
  })

  it('serves waiters first in, first out', async () => {
    const semaphore = new Semaphore(2)
    await semaphore.acquire()
    await semaphore.acquire()
    const served: string[] = []
    const waiters = ['a', 'b', 'c', 'd', 'e'].map((name) => semaphore.acquire().then(() => served.push(name)))
    await settle()
    expect(served).toEqual([])
    semaphore.release()
    await settle()
    expect(served).toEqual(['a'])
    semaphore.release()
    semaphore.release()
    await settle()
    expect(served).toEqual(['a', 'b', 'c'])
    semaphore.release()
    semaphore.release()
    await Promise.all(waiters)
    expect(served).toEqual(['a', 'b', 'c', 'd', 'e'])
    for (let i = 0; i < 2; i++) semaphore.release()
    expect(semaphore.available).toBe(2)
  })

  it('hands a released permit to the queued waiter, not to a later acquire in the same tick', async () => {
    const semaphore = new Semaphore(1)
    await semaphore.acquire()
    const served: string[] = []
    const queued = semaphore.acquire().then(() => served.push('queued'))
    semaphore.release()
    expect(semaphore.available).toBe(0)
    const late = semaphore.acquire().then(() => served.push('late'))
    expect(semaphore.waiting).toBe(1)
    await queued
    await settle()
    expect(served).toEqual(['queued'])
    semaphore.release()
    await late
    expect(served).toEqual(['queued', 'late'])
    semaphore.release()
  })

  it('removes an aborted waiter from the queue and rejects it with the reason', async () => {
    const semaphore = new Semaphore(1)
    await semaphore.acquire()
    const served: string[] = []
    const reason = new Error('gave up')
    const controller = new AbortController()
    const first = semaphore.acquire().then(() => served.push('first'))
    const aborted = semaphore.acquire(controller.signal).then(() => served.push('aborted'))
    const last = semaphore.acquire().then(() => served.push('last'))
    expect(semaphore.waiting).toBe(3)
    controller.abort(reason)
    expect(semaphore.waiting).toBe(2)
    await expect(aborted).rejects.toBe(reason)
    semaphore.release()
    await first
    semaphore.release()
    await last
    semaphore.release()
    expect(served).toEqual(['first', 'last'])
    expect(semaphore.available).toBe(1)
  })

  it('keeps a permit granted before the signal aborts', async () => {
    const semaphore = new Semaphore(1)
    await semaphore.acquire()
    const controller = new AbortController()
    const acquired = semaphore.acquire(controller.signal)
    semaphore.release()
    controller.abort(new Error('too late'))
    await expect(acquired).resolves.toBeUndefined()
    expect(semaphore.available).toBe(0)
    semaphore.release()
    expect(semaphore.available).toBe(1)
  })

  it('stops listening to the signal once the permit is granted', async () => {
    const semaphore = new Semaphore(1)
    await semaphore.acquire()
    const { signal } = new AbortController()
    const add = vi.spyOn(signal, 'addEventListener')
    const remove = vi.spyOn(signal, 'removeEventListener')
    const acquired = semaphore.acquire(signal)
    semaphore.release()
    await acquired
    expect(add).toHaveBeenCalledTimes(1)
    expect(remove).toHaveBeenCalledTimes(1)
    expect(remove.mock.calls[0]?.slice(0, 2)).toEqual(add.mock.calls[0]?.slice(0, 2))
    semaphore.release()
  })

  it('rejects at once with the reason when the signal is already aborted, taking nothing', async () => {
    const semaphore = new Semaphore(1)
    const reason = new Error('never mind')
    await expect(semaphore.acquire(AbortSignal.abort(reason))).rejects.toBe(reason)
    expect(semaphore.available).toBe(1)
    await semaphore.acquire()
    await expect(semaphore.acquire(AbortSignal.abort(reason))).rejects.toBe(reason)
    expect(semaphore.waiting).toBe(0)
    semaphore.release()
  })

  it('throws when released more times than it was acquired', async () => {
    const semaphore = new Semaphore(2)
    expect(() => semaphore.release()).toThrow('Semaphore released more times than it was acquired')
    await semaphore.acquire()
    semaphore.release()
    expect(() => semaphore.release()).toThrow('released more times than it was acquired')
    expect(semaphore.available).toBe(2)
  })

  it('releases after use whether fn resolves, rejects or throws synchronously', async () => {
    const semaphore = new Semaphore(1)
    await expect(semaphore.use(async () => 'value')).resolves.toBe('value')
    expect(semaphore.available).toBe(1)
    const failure = new Error('failed')
    await expect(semaphore.use(() => Promise.reject(failure))).rejects.toBe(failure)
    expect(semaphore.available).toBe(1)
    await expect(
      semaphore.use(() => {
        throw failure
      }),
    ).rejects.toBe(failure)
    expect(semaphore.available).toBe(1)
  })

  it('reports available permits and waiting tasks', async () => {
    const semaphore = new Semaphore(2)
    expect([semaphore.available, semaphore.waiting]).toEqual([2, 0])
    await semaphore.acquire()
    expect([semaphore.available, semaphore.waiting]).toEqual([1, 0])
    await semaphore.acquire()
    const third = semaphore.acquire()
    expect([semaphore.available, semaphore.waiting]).toEqual([0, 1])
    semaphore.release()
    await third
    expect([semaphore.available, semaphore.waiting]).toEqual([0, 0])
    semaphore.release()
    semaphore.release()
    expect([semaphore.available, semaphore.waiting]).toEqual([2, 0])
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s permits', (permits) => {
    expect(() => new Semaphore(permits)).toThrow(RangeError)
  })

  it('serves 100,000 waiters in order, every tenth of them aborted while queued', async () => {
    const count = 100_000
    const semaphore = new Semaphore(1)
    await semaphore.acquire()
    const served: number[] = []
    const giveUp = new Map<number, AbortController>()
    const waiters: Promise<unknown>[] = []
    for (let id = 0; id < count; id++) {
      const controller = id % 10 === 0 ? new AbortController() : undefined
      if (controller) giveUp.set(id, controller)
      waiters.push(
        semaphore.acquire(controller?.signal).then(
          () => {
            served.push(id)
            semaphore.release()
          },
          () => {},
        ),
      )
    }
    expect(semaphore.waiting).toBe(count)
    for (const controller of giveUp.values()) controller.abort()
    expect(semaphore.waiting).toBe(count - giveUp.size)
    semaphore.release()
    await Promise.all(waiters)
    const expected = Array.from({ length: count }, (_, id) => id).filter((id) => !giveUp.has(id))
    expect(served.length).toBe(expected.length)
    expect(served.every((id, index) => id === expected[index])).toBe(true)
    expect(semaphore.available).toBe(1)
  })
})

describe('Lock', () => {
  it('is a one-permit semaphore that says whether it is held', async () => {
    const lock = new Lock()
    expect(lock.locked).toBe(false)
    await lock.acquire()
    expect(lock.locked).toBe(true)
    const next = lock.acquire()
    expect(lock.waiting).toBe(1)
    lock.release()
    await next
    expect(lock.locked).toBe(true)
    lock.release()
    expect(lock.locked).toBe(false)
    expect(lock.available).toBe(1)
  })

  it('throws when released while free', () => {
    const lock = new Lock()
    expect(() => lock.release()).toThrow('Lock released more times than it was acquired')
  })
})

describe('describeBlockedWaiters', () => {
  it('lists each semaphore and lock with waiters, until they are served or give up', async () => {
    // Lines left by other tests stay first: the list keeps the order things got blocked in.
    const before = describeBlockedWaiters()
    const semaphore = new Semaphore(3)
    const lock = new Lock()
    for (let i = 0; i < 3; i++) await semaphore.acquire()
    const semaphoreWaiters = [semaphore.acquire(), semaphore.acquire(), semaphore.acquire()]
    await lock.acquire()
    const controller = new AbortController()
    const lockWaiter = lock.acquire(controller.signal)
    expect(describeBlockedWaiters()).toEqual([...before, '3 tasks wait on a Semaphore(3) with 0 of 3 permits free', '1 task waits on a Lock that is held'])
    controller.abort()
    await expect(lockWaiter).rejects.toThrow()
    semaphore.release()
    expect(describeBlockedWaiters()).toEqual([...before, '2 tasks wait on a Semaphore(3) with 0 of 3 permits free'])
    semaphore.release()
    semaphore.release()
    await Promise.all(semaphoreWaiters)
    expect(describeBlockedWaiters()).toEqual(before)
  })
})
