import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import { LANG_ENV } from '../language.ts'
import { compileKit, compileScenarios, compileSubmission, fileUrl } from './compile.ts'
import type { CrashCause, Phase, SandboxMessage, ScenarioRun } from './outcome.ts'
import type { TraceEvent } from './trace.ts'

export interface SandboxLimits {
  /** Wall-clock ms the submission may run (load + scenario) before its thread is terminated. */
  watchdogMs: number
  /** Timers fired before a run counts as runaway. */
  maxTimers: number
  /** Heap limit of the sandbox thread. */
  memoryMb: number
}

// The driver fires about 500,000 timers a second: an endless setInterval reaches the cap
// in about a second, well before the watchdog would have to stop it.
export const defaultLimits: SandboxLimits = { watchdogMs: 5000, maxTimers: 500_000, memoryMb: 512 }

export interface SandboxRequest {
  /** The module whose default export holds the exercise's scenarios. */
  scenariosFile: string
  scenario: string
  submissionFile: string
}

/** Hears a run as it happens (`npm run try`). */
export interface SandboxObserver {
  onEvent(event: TraceEvent): void
  onOutput(text: string): void
  /** Pace the timers in real time instead of jumping from one to the next. */
  realTime?: boolean
}

/** Wall-clock ms the grader's own modules may take to load in a new thread, on a busy machine. */
const BOOT_LIMIT_MS = 60_000
const OUTPUT_LIMIT = 4000
const entryUrl = new URL('./worker-entry.mjs', import.meta.url)

function startThread(memoryMb: number): Worker {
  return new Worker(entryUrl, {
    // Not the parent's flags: a loader it was started with (tsx) would load again here.
    execArgv: [],
    stdout: true,
    stderr: true,
    // Nothing of the grader's environment but the language the world speaks in.
    env: { [LANG_ENV]: process.env[LANG_ENV] ?? 'en' },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  })
}

/**
 * A thread started ahead of need, idle until it is given a scenario. Starting a thread (a
 * V8 isolate) is most of what a scenario costs; this way it overlaps the scenario before.
 * Every thread still runs exactly one scenario, then is terminated.
 */
let spare: { worker: Worker; key: string } | undefined

function takeThread(memoryMb: number): Worker {
  const key = `${memoryMb} ${process.env[LANG_ENV] ?? 'en'}`
  const taken = spare?.key === key ? spare.worker : startThread(memoryMb)
  if (spare && spare.worker !== taken) void spare.worker.terminate()
  const next = startThread(memoryMb)
  // An idle spare must not keep the process alive.
  next.unref()
  spare = { worker: next, key }
  taken.ref()
  return taken
}

/**
 * Runs one scenario in a fresh worker thread and always settles with a ScenarioRun:
 * a busy loop is terminated by a watchdog here, outside the blocked thread, and a
 * thread that exits or dies is reported as crashed.
 */
export async function runInSandbox(request: SandboxRequest, limits: SandboxLimits, observer?: SandboxObserver): Promise<ScenarioRun> {
  const [kit, scenarios, submission] = await Promise.all([
    compileKit(),
    compileScenarios(request.scenariosFile),
    compileSubmission(request.submissionFile),
  ])
  const emptyRun = { scenario: request.scenario, trace: [], timersLeft: 0, problems: [], output: '' }
  // A submission that does not compile, or imports what it may not, fails before any thread starts.
  if ('error' in submission) return { ...emptyRun, outcome: { kind: 'load-error', error: submission.error } }

  const worker = takeThread(limits.memoryMb)
  const thread = {
    threadUrl: fileUrl(kit.thread),
    scenariosUrl: fileUrl(scenarios),
    submissionUrl: fileUrl(submission.file),
    scenario: request.scenario,
    maxTimers: limits.maxTimers,
    live: Boolean(observer),
    realTime: observer?.realTime ?? false,
  }
  let output = ''
  const capture = (chunk: Buffer) => {
    if (output.length < OUTPUT_LIMIT) output += chunk.toString('utf8')
    observer?.onOutput(chunk.toString('utf8'))
  }
  worker.stdout.on('data', capture)
  worker.stderr.on('data', capture)

  const { port1, port2 } = new MessageChannel()
  worker.postMessage({ port: port2, thread }, [port2])

  return new Promise<ScenarioRun>((resolve) => {
    let phase: Phase = 'load'
    let startedAt = 0
    let done = false
    const end = (run: Omit<ScenarioRun, 'output'>) => {
      if (done) return
      done = true
      clearTimeout(watchdog)
      port1.close()
      // Let the captured output finish arriving before it is read.
      const wallMs = startedAt ? Math.round(performance.now() - startedAt) : undefined
      void worker.terminate().then(() =>
        setImmediate(() => resolve({ ...run, output: output.slice(0, OUTPUT_LIMIT), ...(wallMs === undefined ? {} : { wallMs }) })),
      )
    }
    const arm = (ms: number, onExpiry: () => void) => {
      clearTimeout(watchdog)
      watchdog = setTimeout(onExpiry, ms)
    }
    let watchdog = setTimeout(() => end({ ...emptyRun, outcome: { kind: 'crashed', phase, cause: { kind: 'no-start' } } }), BOOT_LIMIT_MS)

    const handle = (message: SandboxMessage) => {
      if (message.type === 'booted') {
        startedAt = performance.now()
        arm(limits.watchdogMs, () =>
          end({ ...emptyRun, outcome: { kind: 'killed', phase, wallMs: Math.round(performance.now() - startedAt) } }),
        )
      } else if (message.type === 'loaded') {
        phase = 'run'
      } else if (message.type === 'event') {
        observer?.onEvent(message.event)
      } else if (message.type === 'finished') {
        end(message.run)
      }
    }
    port1.on('message', handle)
    // A thread can die before what it sent is delivered (its report, the end of its
    // loading): read it from the port before saying how the thread died.
    const drain = () => {
      for (let queued = receiveMessageOnPort(port1); queued && !done; queued = receiveMessageOnPort(port1)) {
        handle(queued.message as SandboxMessage)
      }
    }
    worker.on('error', (error: Error & { code?: string }) => {
      drain()
      const cause: CrashCause = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { kind: 'out-of-memory', limitMb: limits.memoryMb }
        : { kind: 'error', error: `${error.name}: ${error.message}` }
      end({ ...emptyRun, outcome: { kind: 'crashed', phase, cause } })
    })
    worker.on('exit', (code) => {
      drain()
      end({ ...emptyRun, outcome: { kind: 'crashed', phase, cause: { kind: 'exit', code } } })
    })
  })
}
