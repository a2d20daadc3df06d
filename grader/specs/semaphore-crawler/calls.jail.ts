// Calls a submission's limiter and keeps, for each call, how and when it ended, so that a
// limiter that loses a task still yields a report instead of a bare deadlock.
import { sleep } from '#runtime'
import type { Recorder } from '../../sandbox/recorder.ts'

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

export interface CallReport {
  task: string
  calledAt: number
  /** `threw`: the limiter call itself threw instead of returning a promise. */
  ended: 'resolved' | 'rejected' | 'threw' | 'pending'
  at?: number
  value?: unknown
}

export class Calls {
  readonly reports: CallReport[] = []
  readonly #recorder: Recorder
  readonly #limit: Limiter
  #pending: Promise<unknown>[] = []

  constructor(recorder: Recorder, limit: Limiter) {
    this.#recorder = recorder
    this.#limit = limit
  }

  add(task: string, run: () => Promise<unknown>): void {
    const report: CallReport = { task, calledAt: this.#recorder.now(), ended: 'pending' }
    this.reports.push(report)
    const end = (ended: CallReport['ended'], value: unknown) => Object.assign(report, { ended, at: this.#recorder.now(), value })
    let returned: Promise<unknown>
    try {
      returned = Promise.resolve(this.#limit(run))
    } catch (error) {
      end('threw', error)
      return
    }
    this.#pending.push(
      returned.then(
        (value) => end('resolved', value),
        (error: unknown) => end('rejected', error),
      ),
    )
  }

  /** Resolves when every call so far has settled, or after `deadlineMs` of virtual time;
   *  true if they all settled. The deadline's timer is cleared when it is not needed. */
  async settled(deadlineMs: number): Promise<boolean> {
    const stop = new AbortController()
    const deadline = sleep(deadlineMs, stop.signal).then(
      () => false,
      () => false,
    )
    const all = Promise.all(this.#pending).then(() => true)
    const done = await Promise.race([all, deadline])
    stop.abort()
    this.#pending = []
    return done
  }
}
