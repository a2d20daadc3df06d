// The jail: its own OS process, started by the sandbox host (run-in-sandbox.ts) under
// Node's permission model (it may read this one file, write nothing, start nothing), with
// an empty environment and an empty working directory. It hardens every intrinsic, then
// runs scenarios one at a time, each in fresh compartments (ses) that hold fresh module
// instances of #runtime, the world and the submission, on a private fake clock.
import 'ses'
import { cpuUsage } from 'node:process'
import FakeTimers from '@sinonjs/fake-timers'
import type { describeBlockedWaiters } from '../../../runtime/diagnostics.ts'
import { createBlocking } from '../blocking.ts'
import { drive } from '../driver.ts'
import { errorInfo, type ErrorInfo, type Outcome } from '../outcome.ts'
import { toPlain } from '../plain.ts'
import { Recorder } from '../recorder.ts'
import type { Scenario, ScenarioContext } from '../scenario.ts'
import { scenarioGlobals, type Timers } from './globals.ts'
import { REFUSED } from '../refused.ts'
import { evaluateBundle, evaluateSubmission, evaluationRefusal, importerOf, instantiate } from './modules.ts'
import { timerModules } from './node-timers.ts'
import type { HostMessage, JailBundles, JailMessage } from './protocol.ts'

// Taken before lockdown and kept in this module only: no compartment can name them.
const send = process.send!.bind(process) as (message: JailMessage) => boolean
const realSetImmediate = setImmediate
const realSetTimeout = setTimeout
const listen = process.on.bind(process)

// WeakRef and FinalizationRegistry are not among the intrinsics ses 2.3 freezes; no
// compartment is given them, and they are frozen all the same.
const unknownToSes = [WeakRef, FinalizationRegistry]

// Errors nobody handles are the jail's to report (as problems of the scenario), not ses'
// to turn into an exit of the process.
lockdown({
  errorTaming: 'safe',
  overrideTaming: 'moderate',
  consoleTaming: 'unsafe',
  stackFiltering: 'concise',
  errorTrapping: 'none',
  unhandledRejectionTrapping: 'none',
})
for (const unknown of unknownToSes) harden(unknown)
/** The Error every compartment sees (the start compartment's own keeps stack settings live). */
const compartmentError = new Compartment({ globals: {}, __options__: true }).evaluate('Error') as ErrorConstructor

const OUTPUT_LIMIT = 4000
const PROBLEM_LIMIT = 20

/** What went wrong outside the scenario's own promise: unhandled rejections, uncaught errors. */
let noteProblem: (what: string, reason: unknown) => void = () => {}
listen('unhandledRejection', (reason: unknown) => noteProblem('unhandled rejection', reason))
listen('uncaughtException', (error: unknown) => noteProblem('uncaught exception', error))

/** The bundles this jail runs: every scenario evaluates them again, in fresh compartments. */
let bundles: JailBundles | undefined

/**
 * Names a Node programmer reaches for. They are absent all the same: each is an object
 * that throws, on any use, a ReferenceError saying so, instead of a puzzling "cannot
 * read properties of undefined". This is wording, not the defence.
 */
const ABSENT_NODE_GLOBALS = ['process', 'Buffer', 'global', 'fetch', '__dirname', '__filename']

function absent(name: string): object {
  const refuse = (): never => {
    throw new ReferenceError(`${name} ${REFUSED}: it has only #runtime, the files of its folder and what its exercise hands it`)
  }
  const traps = [
    'get',
    'set',
    'has',
    'apply',
    'construct',
    'ownKeys',
    'getOwnPropertyDescriptor',
    'defineProperty',
    'deleteProperty',
    'getPrototypeOf',
    'setPrototypeOf',
  ]
  return new Proxy(harden({}), Object.fromEntries(traps.map((trap) => [trap, refuse])))
}
const ABSENT = Object.fromEntries(ABSENT_NODE_GLOBALS.map((name) => [name, absent(name)]))

function withAbsentNodeGlobals(compartment: Compartment): Compartment {
  for (const [name, value] of Object.entries(ABSENT)) Object.defineProperty(compartment.globalThis, name, { value, configurable: false, writable: false })
  return compartment
}

/** Math.random's seed: the same for a scenario at every grading, whatever ran before. */
function seedOf(scenario: string): number {
  let hash = 2166136261
  for (const char of scenario) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  return hash >>> 0
}

/** Why a module did not load, from how its loading ended. */
function loadFailure(outcome: Outcome): ErrorInfo {
  switch (outcome.kind) {
    case 'rejected':
      return evaluationRefusal(outcome.error.message, REFUSED) ?? outcome.error
    case 'deadlock':
      return { name: 'Error', message: `the module never finished loading: at t=${outcome.at} its top-level await was waiting on something nothing will do` }
    case 'runaway':
      return { name: 'Error', message: `the module never finished loading: ${outcome.timersFired} timers fired up to t=${outcome.at}` }
    default:
      return { name: 'Error', message: 'the module did not load' }
  }
}

type SubmissionExports = Record<string, unknown>

/** Reads each export once: functions and classes as they are, data as a plain copy. */
function snapshotExports(namespace: Record<string, unknown>): SubmissionExports {
  return Object.freeze(Object.fromEntries(Object.entries(namespace).map(([name, value]) => [name, typeof value === 'function' ? value : toPlain(value)])))
}

async function runScenario(message: Extract<HostMessage, { type: 'run' }>): Promise<void> {
  const { id } = message
  if (!bundles) throw new Error('run before load')
  const clock = FakeTimers.createClock(0, Number.MAX_SAFE_INTEGER)
  const problems: string[] = []
  let problemsDropped = 0
  noteProblem = (what, reason) => {
    // Past the cap, nothing is read: a flood of rejections must cost next to nothing.
    if (problems.length >= PROBLEM_LIMIT) return void problemsDropped++
    const { name, message: text } = errorInfo(reason)
    problems.push(`${what}: ${name}: ${text}`)
  }
  let output = ''
  const printListeners = new Set<(line: string) => void>()
  const io = {
    print(line: string) {
      if (output.length < OUTPUT_LIMIT) output = `${output}${line}\n`.slice(0, OUTPUT_LIMIT)
      if (message.live) send({ type: 'output', id, text: `${line}\n` })
      for (const listener of printListeners) listener(line)
    },
  }
  const recorder = new Recorder(() => clock.now, message.live ? (event) => send({ type: 'event', id, event }) : undefined)
  const blocking = createBlocking(clock, recorder)
  const scope = scenarioGlobals(
    clock,
    { ...io, errorClass: compartmentError, onListenerError: (error) => noteProblem('exception in an event listener', error) },
    seedOf(message.scenario),
    blocking.readClock,
  )
  const { abort } = scope
  // A flood of problems leaves garbage behind: the host starts the next scenario in a fresh jail.
  const finish = (run: { outcome: Outcome; timersLeft: number }) =>
    send({ type: 'finished', id, run: { scenario: message.scenario, trace: recorder.trace(), problems, output, ...run }, spent: problemsDropped > 0 })

  // Three compartments, each with its own global object: #runtime, the world, the submission.
  // Evaluating a bundle again is cheap (V8 caches the compiled code) and gives fresh modules.
  const compartment = (globals = scope.forCompartment()) => withAbsentNodeGlobals(new Compartment({ globals, __options__: true }))
  // The world's #runtime has the diagnostics beside the API; the submission's, only the API.
  const runtimeForWorld = harden(instantiate(evaluateBundle(compartment(), bundles.runtime, 'runtime'), {}))
  const { __diagnostics: diagnostics, ...runtimeExports } = runtimeForWorld
  const runtime = harden(runtimeExports)
  const { describeBlockedWaiters: blockedWaiters } = diagnostics as { describeBlockedWaiters: typeof describeBlockedWaiters }
  const scenarios = instantiate(evaluateBundle(compartment(), bundles.world, 'world'), { '#runtime': runtimeForWorld }).default as Record<string, Scenario>
  const scenario = scenarios[message.scenario]
  if (!scenario) throw new Error(`no scenario ${message.scenario}`)

  const driving = (drainAfterSettle: boolean, onSettled?: () => void) => ({
    clock,
    drainMicrotasks: () => new Promise<void>((resolve) => realSetImmediate(resolve)),
    maxTimers: message.maxTimers,
    maxVirtualMs: message.maxVirtualMs,
    drainAfterSettle,
    unrefTimers: scope.unrefCount,
    onStretchEnd: blocking.endStretch,
    ...(onSettled ? { onSettled } : {}),
    ...(message.realTime ? { beforeTimer: (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms)) } : {}),
    describeWaiting: () => [...blockedWaiters(), ...recorder.openSpans().map((span) => `still running: ${span}`)].slice(0, 100),
    onTimerError: (error: unknown) => noteProblem('exception in a timer callback', error),
  })

  // Loading is driven like a run: a module may await at its top level.
  let submission: SubmissionExports = {}
  const loading = (async () => {
    const globals = scope.forCompartment()
    const factory = evaluateSubmission(compartment(globals), bundles.submission, bundles.submissionName)
    const imports = { '#runtime': runtime, ...timerModules(globals as unknown as Timers, abort.DOMException) }
    submission = snapshotExports(await factory(importerOf(imports)))
  })()
  const load = (await drive(loading, driving(false))).outcome
  if (load.kind !== 'resolved') return void finish({ outcome: { kind: 'load-error', error: loadFailure(load) }, timersLeft: 0 })
  send({ type: 'loaded', id })

  const missing = scenario.uses.filter((name) => submission[name] === undefined)
  if (missing.length > 0) return void finish({ outcome: { kind: 'missing-export', names: missing }, timersLeft: 0 })

  const context: ScenarioContext = {
    submission,
    recorder,
    listenToPrints(listener) {
      printListeners.add(listener)
      return () => printListeners.delete(listener)
    },
    isGenuineSignal: abort.isSignal,
    blockEventLoop: blocking.block,
    cpuMs: () => {
      const { user, system } = cpuUsage()
      return (user + system) / 1000
    },
  }
  const settles = (async () => scenario.run(context))()
  const { outcome, timersLeft } = await drive(
    settles,
    driving(scenario.drainAfterSettle ?? false, () => recorder.markSettled()),
  )
  finish({ outcome, timersLeft })
}

// One scenario at a time: the host sends the next run only after this one finished.
listen('message', (message: HostMessage) => {
  if (message.type === 'load') {
    bundles = message.bundles
  } else {
    runScenario(message).catch((error: unknown) => send({ type: 'failed', id: message.id, error: errorInfo(error) }))
  }
})
// The host is gone: nothing is left to grade for.
listen('disconnect', () => process.exit(0))
send({ type: 'ready' })
