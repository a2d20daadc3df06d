// 100,000 tasks through a limiter. Each task returns the same resolved promise and one
// shared handler counts the calls that settle, so the grader allocates next to nothing:
// what the run costs is the limiter's own bookkeeping, read as the jail's CPU time (the
// jail runs this scenario alone; the fake clock stands still while microtasks run).
import { sleep } from '#runtime'
import type { Limiter } from './calls.ts'

export interface Throughput {
  settled: number
  /** Tasks the limiter called. */
  ran: number
  /** Calls that rejected although their task resolved. */
  rejected: number
  /** CPU time from the first call to the last settlement (or the deadline). */
  cpuMs: number
}

export async function pushThrough(limit: Limiter, count: number, deadlineMs: number, cpuMs: () => number): Promise<Throughput> {
  const started = cpuMs()
  const result = Promise.resolve('done')
  let ran = 0
  const task = () => (ran++, result)
  let settled = 0
  let rejected = 0
  let allSettled!: () => void
  const all = new Promise<void>((resolve) => (allSettled = resolve))
  const onResolved = () => ++settled === count && allSettled()
  const onRejected = () => (rejected++, onResolved())
  for (let i = 0; i < count; i++) Promise.resolve(limit(task)).then(onResolved, onRejected)
  const stop = new AbortController()
  await Promise.race([all, sleep(deadlineMs, stop.signal).catch(() => {})])
  stop.abort()
  return { settled, ran, rejected, cpuMs: Math.round(cpuMs() - started) }
}
