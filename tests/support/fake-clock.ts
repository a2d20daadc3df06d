// A fake clock for the runtime's unit tests, installed around each test.
import FakeTimers from '@sinonjs/fake-timers'
import { afterEach, beforeEach } from 'vitest'

/** Installs a clock starting at 0 before each test; `clock()` is the current one. */
export function useFakeClock(): () => FakeTimers.Clock {
  let clock: FakeTimers.Clock | undefined
  beforeEach(() => {
    clock = FakeTimers.install({
      now: 0,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
    })
  })
  afterEach(() => {
    clock?.uninstall()
  })
  return () => clock!
}
