// 100,000 tasks through a limiter. Each task returns the same resolved promise and one
// shared handler counts the calls that settle, so the grader allocates next to nothing:
// what the run costs is the limiter's own bookkeeping. The clocks are references taken
// before any submission code loads (the fake clock stands still while microtasks run).
import { existsSync, readFileSync } from 'node:fs'
import { sleep } from '#runtime'
import type { Limiter } from './calls.ts'

const uptime = process.uptime.bind(process)
const cpuUsage = process.cpuUsage.bind(process)
const realMs = () => uptime() * 1000

const THREAD_STAT = '/proc/thread-self/stat'
const TICK_MS = 10
/**
 * CPU time of this sandbox thread alone where Linux tells it (other sandboxes may run in
 * the same process at the same time), else of the whole process.
 */
const cpuMs = existsSync(THREAD_STAT)
  ? () => {
      // Fields after the command name, which is in parentheses: utime and stime are 12th and 13th.
      const fields = readFileSync(THREAD_STAT, 'utf8').split(') ')[1]!.split(' ')
      return (Number(fields[11]) + Number(fields[12])) * TICK_MS
    }
  : () => {
      const { user, system } = cpuUsage()
      return (user + system) / 1000
    }

export interface Throughput {
  settled: number
  /** Calls that rejected although their task resolved. */
  rejected: number
  /** From the first call to the last settlement (or the deadline): real time, and CPU time. */
  realMs: number
  cpuMs: number
}

export async function pushThrough(limit: Limiter, count: number, deadlineMs: number): Promise<Throughput> {
  const started = { real: realMs(), cpu: cpuMs() }
  const result = Promise.resolve('done')
  const task = () => result
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
  return { settled, rejected, realMs: Math.round(realMs() - started.real), cpuMs: Math.round(cpuMs() - started.cpu) }
}
