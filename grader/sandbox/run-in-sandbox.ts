// The sandbox host: runs scenarios of a submission in jail processes (jail/main.ts) and
// always comes back with a ScenarioRun. A watchdog here, outside the jail, kills a jail
// that blocks (a busy loop, native code) or grows past its memory with SIGKILL; that costs
// only the scenario it was running, and the next scenario starts in a fresh jail.
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildDir, compileJail, compileRuntime, compileSubmission, compileWorld, submissionName } from './compile.ts'
import type { HostMessage, JailBundles, JailMessage } from './jail/protocol.ts'
import { parseJailError, parseJailEvent, parseJailRun } from './jail-run.ts'
import type { CrashCause, Phase, ScenarioRun } from './outcome.ts'
import type { TraceEvent } from './trace.ts'

export interface SandboxLimits {
  /** Wall-clock ms the submission may run (load + scenario) before its jail is killed. */
  watchdogMs: number
  /** Timers fired before a run counts as runaway. */
  maxTimers: number
  /**
   * Virtual ms a run may reach before it counts as runaway: an endless loop of sleeps
   * fires far fewer timers a second than a setInterval, and would meet the watchdog
   * (told "blocked the event loop") before the timer cap.
   */
  maxVirtualMs: number
  /** Heap limit of a jail; its whole memory may be this plus JAIL_MEMORY_MARGIN_MB. */
  memoryMb: number
}

// The driver fires about 500,000 timers a second: an endless setInterval reaches the cap
// in about a second, well before the watchdog would have to stop it. No graded scenario
// needs more than minutes of virtual time; an hour is a runaway.
export const defaultLimits: SandboxLimits = { watchdogMs: 5000, maxTimers: 500_000, maxVirtualMs: 3_600_000, memoryMb: 512 }

export interface SandboxRequest {
  /** The module whose default export holds the exercise's scenarios. */
  scenariosFile: string
  scenario: string
  submissionFile: string
  /** The folder the submission was handed in as: its file must really lie in it. */
  submissionRoot?: string
  /** The language of the world's texts. */
  lang?: string
}

/** Hears a run as it happens (`npm run try`). */
export interface SandboxObserver {
  onEvent(event: TraceEvent): void
  onOutput(text: string): void
  /** Pace the timers in real time instead of jumping from one to the next. */
  realTime?: boolean
}

/** Wall-clock ms a jail may take to start and lock down, on a busy machine. */
const BOOT_LIMIT_MS = 60_000
/** Linux's clock ticks a second (USER_HZ), the unit of /proc/PID/stat's CPU times. */
const CLOCK_TICKS = 100
/**
 * The watchdog counts the jail's CPU time where Linux tells it, so that a loaded machine
 * (the jail waiting for a core) stops nothing; real time stops a run only at this many
 * times the limit, where the CPU time cannot be read.
 */
const WALL_BACKSTOP = 4
/** A jail given less than this share of real time since the watchdog's last look is asleep, not waiting for a core. */
const ASLEEP_SHARE = 0.01

/** What a jail may hold beyond its heap (code, buffers) before the watchdog kills it. */
const JAIL_MEMORY_MARGIN_MB = 256
const MEMORY_POLL_MS = 50
/** What an idle jail holds, code and ses included, before any scenario. */
const JAIL_BASE_MB = 80
const STDERR_LIMIT = 4000

/** Node 22 calls the permission model `--permission`; Node 20 `--experimental-permission`. */
const PERMISSION_FLAG = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission'

let emptyDir: string | undefined
const allJails = new Set<Jail>()
// No jail outlives the process that started it (they also exit when their channel closes).
process.on('exit', () => {
  for (const jail of allJails) jail.kill()
})

/**
 * How a jail process is started: it may read its own bundle and nothing else, write
 * nothing, start no process or thread, load no addon; its heap is capped.
 */
export function jailExecArgv(entry: string, memoryMb: number): string[] {
  return [PERMISSION_FLAG, `--allow-fs-read=${entry}`, `--max-old-space-size=${memoryMb}`, '--no-warnings']
}

/** One jail process. It runs one scenario at a time, for one submission only. */
class Jail {
  readonly child: ChildProcess
  readonly ready: Promise<boolean>
  /** The submission whose bundles it holds, once loaded. */
  key: string | undefined
  stderr = ''
  #onMessage: ((message: JailMessage) => void) | undefined
  #onExit: ((code: number | null, signal: NodeJS.Signals | null) => void) | undefined
  exited = false

  constructor(entry: string, memoryMb: number) {
    emptyDir ??= mkdtempSync(join(buildDir(), 'cwd-'))
    this.child = fork(entry, [], {
      execArgv: jailExecArgv(entry, memoryMb),
      env: {},
      cwd: emptyDir,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    })
    this.child.stderr!.on('data', (chunk: Buffer) => {
      if (this.stderr.length < STDERR_LIMIT) this.stderr += chunk.toString('utf8')
    })
    this.ready = new Promise((resolve) => {
      const boot = setTimeout(() => resolve(false), BOOT_LIMIT_MS)
      this.child.on('message', (message: JailMessage) => {
        if (message?.type === 'ready') {
          clearTimeout(boot)
          resolve(true)
        } else {
          this.#onMessage?.(message)
        }
      })
      // 'close', not 'exit': what the jail sent before it died is read first.
      this.child.on('close', (code, signal) => {
        this.exited = true
        clearTimeout(boot)
        resolve(false)
        this.#onExit?.(code, signal)
      })
    })
    this.idle()
    allJails.add(this)
    this.child.on('close', () => forget(this))
    // Sending to a jail that just died fails here, and the run learns of it from 'close'.
    this.child.on('error', () => {})
  }

  send(message: HostMessage): void {
    if (!this.exited) this.child.send(message)
  }

  /** Hears this jail until `idle()`: one run at a time. */
  listen(onMessage: (message: JailMessage) => void, onExit: (code: number | null, signal: NodeJS.Signals | null) => void): void {
    this.#onMessage = onMessage
    this.#onExit = onExit
    this.#keepAlive(true)
    // It died between runs: say so at once (no 'close' is coming any more).
    if (this.exited) onExit(null, null)
  }

  /** Waiting for work: it must not keep the grading process alive. */
  idle(): void {
    this.#onMessage = undefined
    this.#onExit = undefined
    this.#keepAlive(false)
  }

  /** The process, its IPC channel and its stderr pipe each hold the event loop open, or not. */
  #keepAlive(on: boolean): void {
    for (const handle of [this.child, this.child.channel, this.child.stderr] as Array<{ ref?: () => void; unref?: () => void } | null | undefined>) {
      if (on) handle?.ref?.()
      else handle?.unref?.()
    }
  }

  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL')
  }

  /** CPU time the jail has used (user and system), in ms, where Linux tells it. */
  cpuMs(): number | undefined {
    try {
      const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8')
      // The fields after the command's name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
    } catch {
      return undefined
    }
  }

  /** Resident memory in MB, where Linux tells it. */
  residentMb(): number | undefined {
    try {
      const resident = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'))
      return resident ? Number(resident[1]) / 1024 : undefined
    } catch {
      return undefined
    }
  }
}

/** Jails waiting for their submission's next scenario, and one spare started ahead of need. */
const idleJails = new Map<string, Jail[]>()
// A spec process grades a few submissions at a time (maxConcurrency): jails kept idle
// beyond that hold memory (50 MB each) for submissions that are done.
const IDLE_LIMIT = 4
let idleOrder: Jail[] = []
let spare: { jail: Jail; memoryMb: number } | undefined

/** A jail that died (the kernel's OOM killer, say) leaves every pool. */
function forget(jail: Jail): void {
  allJails.delete(jail)
  if (jail.key)
    idleJails.set(
      jail.key,
      (idleJails.get(jail.key) ?? []).filter((candidate) => candidate !== jail),
    )
  idleOrder = idleOrder.filter((candidate) => candidate !== jail)
  if (spare?.jail === jail) spare = undefined
}

/**
 * Starts the spare jail now, so that a grading's first scenario does not wait for a
 * process to start: the spec process calls it while it is still loading its checks.
 */
export async function warmUpJail(memoryMb: number): Promise<void> {
  const entry = await compileJail()
  spare ??= { jail: new Jail(entry, memoryMb), memoryMb }
}

async function takeJail(key: string, memoryMb: number): Promise<Jail> {
  const entry = await compileJail()
  const waiting = idleJails.get(key)?.pop()
  if (waiting) {
    idleOrder = idleOrder.filter((jail) => jail !== waiting)
    return waiting
  }
  if (spare && spare.memoryMb !== memoryMb) {
    spare.jail.kill()
    spare = undefined
  }
  const taken = spare?.jail ?? new Jail(entry, memoryMb)
  if (spare?.jail === taken) spare = undefined
  // Starting a process is most of a first scenario's cost: the next one overlaps this run.
  spare ??= { jail: new Jail(entry, memoryMb), memoryMb }
  return taken
}

/**
 * A jail holding more than half its heap after a run is not reused: the next scenario
 * would start with less memory than the one before, and outcomes would depend on order.
 */
function giveBack(jail: Jail, memoryMb: number): void {
  const resident = jail.residentMb()
  if (jail.exited || !jail.key || (resident !== undefined && resident > memoryMb / 2 + JAIL_BASE_MB)) {
    jail.kill()
    return
  }
  jail.idle()
  const list = idleJails.get(jail.key) ?? []
  list.push(jail)
  idleJails.set(jail.key, list)
  idleOrder.push(jail)
  while (idleOrder.length > IDLE_LIMIT) {
    const oldest = idleOrder.shift()!
    idleJails.set(
      oldest.key!,
      (idleJails.get(oldest.key!) ?? []).filter((jail) => jail !== oldest),
    )
    oldest.kill()
  }
}

const emptyRun = (scenario: string) => ({ scenario, trace: [], timersLeft: 0, problems: [], output: '' })

/** How a jail that died said so: out of memory (V8's own message), a signal, an exit code. */
function crashCause(jail: Jail, code: number | null, signal: NodeJS.Signals | null, memoryMb: number): CrashCause {
  if (/heap out of memory|Reached heap limit/i.test(jail.stderr)) return { kind: 'out-of-memory', limitMb: memoryMb }
  if (signal) return { kind: 'error', error: `the sandbox process was stopped by ${signal}` }
  return { kind: 'exit', code: code ?? 0 }
}

let nextRunId = 1

/**
 * Runs one scenario of one submission in a jail and always settles with a ScenarioRun.
 */
export async function runInSandbox(request: SandboxRequest, limits: SandboxLimits, observer?: SandboxObserver): Promise<ScenarioRun> {
  const lang = request.lang ?? 'en'
  const [runtime, world, submission] = await Promise.all([
    compileRuntime(),
    compileWorld(request.scenariosFile, lang),
    compileSubmission(request.submissionFile, request.submissionRoot),
  ])
  // A submission that does not compile, or lies out of its folder, fails before any jail starts.
  if ('error' in submission) return { ...emptyRun(request.scenario), outcome: { kind: 'load-error', error: submission.error } }

  const key = `${lang}\n${request.scenariosFile}\n${request.submissionRoot ?? ''}\n${request.submissionFile}\n${limits.memoryMb}`
  const jail = await takeJail(key, limits.memoryMb)
  const bundles: JailBundles = { runtime, world, submission: submission.text, submissionName: submissionName(request.submissionFile) }
  const booted = await jail.ready
  if (!booted) {
    jail.kill()
    return { ...emptyRun(request.scenario), outcome: { kind: 'crashed', phase: 'load', cause: { kind: 'no-start' } } }
  }
  if (jail.key === undefined) {
    jail.key = key
    jail.send({ type: 'load', bundles })
  }
  const id = nextRunId++
  return new Promise<ScenarioRun>((resolve) => {
    let phase: Phase = 'load'
    const startedAt = performance.now()
    const wallMs = () => Math.round(performance.now() - startedAt)
    let done = false
    const end = (run: ScenarioRun, reuse: boolean) => {
      if (done) return
      done = true
      clearTimeout(watchdog)
      clearInterval(memoryWatch)
      if (reuse) giveBack(jail, limits.memoryMb)
      else jail.kill()
      resolve(run)
    }
    // A run that does not end well leaves its jail to be killed (end with reuse false).
    const kill = (run: ScenarioRun) => end(run, false)
    const cpuAtStart = jail.cpuMs()
    let lastLook = { cpu: cpuAtStart, wallMs: 0 }
    const watch = () => {
      const cpu = jail.cpuMs()
      const used = cpu === undefined || cpuAtStart === undefined ? undefined : cpu - cpuAtStart
      // Blocked asleep (Atomics.wait, a blocking call) rather than waiting for a core: it
      // has had almost no CPU since the last look. A run paced in real time sleeps by design.
      const asleep = !observer?.realTime && cpu !== undefined && lastLook.cpu !== undefined && cpu - lastLook.cpu < (wallMs() - lastLook.wallMs) * ASLEEP_SHARE
      lastLook = { cpu, wallMs: wallMs() }
      // Waiting for a core is not running: the run goes on until it has used its time.
      if (!asleep && used !== undefined && used < limits.watchdogMs && wallMs() < WALL_BACKSTOP * limits.watchdogMs) {
        watchdog = setTimeout(watch, Math.max(50, limits.watchdogMs - used))
        return
      }
      kill({ ...emptyRun(request.scenario), outcome: { kind: 'killed', phase, wallMs: wallMs() } })
    }
    let watchdog = setTimeout(watch, limits.watchdogMs)
    const memoryWatch = setInterval(() => {
      const resident = jail.residentMb()
      if (resident !== undefined && resident > limits.memoryMb + JAIL_MEMORY_MARGIN_MB) {
        kill({ ...emptyRun(request.scenario), outcome: { kind: 'crashed', phase, cause: { kind: 'out-of-memory', limitMb: limits.memoryMb } } })
      }
    }, MEMORY_POLL_MS)

    jail.listen(
      (message) => {
        if (message?.type === 'ready' || message?.id !== id) return
        if (message.type === 'loaded') phase = 'run'
        else if (message.type === 'event') {
          const event = parseJailEvent(message.event)
          if (event) observer?.onEvent(event)
        } else if (message.type === 'output') observer?.onOutput(String(message.text).slice(0, 4000))
        else if (message.type === 'finished') end({ ...parseJailRun(message.run, request.scenario), wallMs: wallMs() }, message.spent !== true)
        else if (message.type === 'failed') {
          const error = parseJailError(message.error)
          end({ ...emptyRun(request.scenario), outcome: { kind: 'crashed', phase, cause: { kind: 'error', error: `${error.name}: ${error.message}` } } }, false)
        }
      },
      (code, signal) =>
        end({ ...emptyRun(request.scenario), outcome: { kind: 'crashed', phase, cause: crashCause(jail, code, signal, limits.memoryMb) } }, false),
    )
    jail.send({
      type: 'run',
      id,
      scenario: request.scenario,
      maxTimers: limits.maxTimers,
      maxVirtualMs: limits.maxVirtualMs,
      live: Boolean(observer),
      realTime: observer?.realTime ?? false,
    })
  })
}
