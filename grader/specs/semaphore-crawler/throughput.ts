// 100,000 tasks through a limiter. Each task returns the same resolved promise and one
// shared handler counts the calls that settle, so the grader allocates next to nothing:
// what the run costs is the limiter's own bookkeeping. The clocks are references taken
// before any submission code loads (the fake clock stands still while microtasks run).
import { sleep } from '#runtime'
import type { Limiter } from './calls.ts'

const uptime = process.uptime.bind(process)
const cpuUsage = process.cpuUsage.bind(process)
const realMs = () => uptime() * 1000
/** CPU time of the whole process, the sandbox thread's work included. */
const cpuMs = () => {
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
