import { describeBlockedWaiters } from '../../runtime/diagnostics.ts'
import { drive, type VirtualClock } from './driver.ts'
import { lockdown } from './lockdown.ts'
import { errorInfo, type SandboxMessage } from './outcome.ts'
import { Recorder } from './recorder.ts'
import { installUnrefTracking } from './unref-timers.ts'
import type { Scenario } from './scenario.ts'

export interface ThreadRequest {
  /** The compiled scenarios module and submission (see compile.ts). */
  scenariosUrl: string
  scenario: string
  submissionUrl: string
  maxTimers: number
  /** Send each trace event as it happens. */
  live: boolean
  /** Let real time pass between timers as it would without the fake clock. */
  realTime: boolean
}

interface ThreadTools {
  clock: VirtualClock
  send: (message: SandboxMessage) => void
  drainMicrotasks: () => Promise<void>
  realSetTimeout: (callback: () => void, ms: number) => void
}

/** Loads the submission, runs the scenario to its end in virtual time, reports. */
export async function runInThread(request: ThreadRequest & ThreadTools): Promise<void> {
  const { clock, send } = request
  const problems: string[] = []
  const note = (what: string) => (reason: unknown) => {
    const { name, message } = errorInfo(reason)
    if (problems.length < 20) problems.push(`${what}: ${name}: ${message}`)
  }
  process.on('unhandledRejection', note('unhandled rejection'))
  process.on('uncaughtException', note('uncaught exception'))
  const unrefTimers = installUnrefTracking()

  const scenarios: Record<string, Scenario> = (await import(request.scenariosUrl)).default
  const scenario = scenarios[request.scenario]
  if (!scenario) throw new Error(`no scenario ${request.scenario} in ${request.scenariosUrl}`)
  const recorder = new Recorder(() => clock.now, request.live ? (event) => send({ type: 'event', event }) : undefined)
  const finish = async (run: Omit<Extract<SandboxMessage, { type: 'finished' }>['run'], 'scenario' | 'trace' | 'problems'>) => {
    // What the code printed must reach the spec before the thread is terminated.
    await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((flushed) => stream.write('', flushed))))
    send({ type: 'finished', run: { scenario: request.scenario, trace: recorder.trace(), problems, ...run } })
  }

  let submission: Record<string, unknown>
  lockdown()
  send({ type: 'booted' })
  try {
    submission = await import(request.submissionUrl)
  } catch (error) {
    return finish({ outcome: { kind: 'load-error', error: errorInfo(error) }, timersLeft: 0 })
  }
  send({ type: 'loaded' })

  const missing = scenario.uses.filter((name) => !(name in submission) || submission[name] === undefined)
  if (missing.length > 0) return finish({ outcome: { kind: 'missing-export', names: missing }, timersLeft: 0 })

  const settles = (async () => scenario.run({ submission, recorder }))()
  const { outcome, timersLeft } = await drive(settles, {
    clock,
    drainMicrotasks: request.drainMicrotasks,
    maxTimers: request.maxTimers,
    drainAfterSettle: scenario.drainAfterSettle ?? false,
    unrefTimers: unrefTimers.armed,
    ...(request.realTime ? { beforeTimer: (ms: number) => new Promise<void>((resolve) => request.realSetTimeout(resolve, ms)) } : {}),
    describeWaiting: () => [...describeBlockedWaiters(), ...recorder.openSpans().map((span) => `still running: ${span}`)],
    onTimerError: note('exception in a timer callback'),
  })
  await finish({ outcome, timersLeft })
}
