// How the geocoder's checks judge a run: where each address was geocoded and whether the loop
// was held meanwhile, how the jobs were handed to the executor, when the call settled and with
// what, what the budget took out of the queue, and the workload table.
import { show } from '../../sandbox/plain.ts'
import { peakOverlap } from '../../sandbox/trace.ts'
import { resolvedAt, resolvesAt } from '../feedback.ts'
import type { Failure, Run } from '../run.ts'
import type { Span } from '../../sandbox/trace.ts'
import { listed } from '../wording.ts'
import { saltedHash } from '../salted-hash.ts'
import { HEARTBEAT_TOLERANCE_MS, cityOf, TIMEOUT, WORKLOAD_NAMES, WORLDS, type WorldName } from './geocoder.shared.ts'
import { WORKLOAD_KEY } from './workload-key.ts'
import {
  allPutOff,
  changesOf,
  handedNotAJob,
  expectedJobs,
  expectedSettle,
  expectedSpans,
  expectedValue,
  firstGeocodes,
  geocodesOf,
  jobsOf,
  jobsWithoutSignal,
  lastEnd,
  latestBeat,
  placeOf,
  removals,
  showResults,
  type Job,
} from './judge-run.ts'
import { T } from './texts.ts'

const jobText = (id: number, start: number, end: number | undefined) => `${T.job(id)} ${start}-${end ?? '…'}`
const listJobs = (jobs: Job[]) => jobs.map((job) => jobText(job.id, job.start, job.end)).join(', ')
const listExpectedJobs = (name: WorldName) =>
  expectedJobs(name)
    .map((job, index) => jobText(index + 1, job.start, job.end))
    .join(', ')

/**
 * Fails the check. When the code held the event loop, that is why the check failed whatever it
 * judged: the mistake says what held it, a blocking call on the loop or a busy-wait.
 */
function failRun(run: Run, failure: Failure, expected?: Span[]): never {
  if (run.blocks.length === 0 || failure.judgesBlocking) run.fail(failure, expected)
  const onLoop = geocodesOf(run).some((geocode) => geocode.onLoop)
  run.fail({ ...failure, mistake: onLoop ? loopMistake(run) : T.busyWait, judgesBlocking: true }, expected)
}

/** On the loop: geocodeSync's result handed to executor.run, the call put off, or an async wrapper. */
const loopMistake = (run: Run) => (handedNotAJob(run) ? T.jobIsAFunction : allPutOff(run) ? T.putOff : T.asyncWrapper)

/**
 * Fails unless the call settled, then if any of `addresses` was first geocoded on the event
 * loop: the danger zone. Judged before whether the call resolved, since a value handed to
 * executor.run in place of a job makes it reject.
 */
function requireOffTheLoop(run: Run, name: WorldName, addresses: readonly string[]): void {
  run.settledAt(WORLDS[name].call)
  const first = firstGeocodes(run)
  const calls = addresses.flatMap((address) => {
    const geocode = first.get(address)
    return geocode?.onLoop ? [`${cityOf(geocode.address)} ${geocode.start}-${geocode.end}`] : []
  })
  if (calls.length === 0) return
  failRun(
    run,
    {
      message: T.geocodedOnLoop(WORLDS[name].call, calls),
      expected: T.everyCallInAJob,
      actual: heartbeatSaid(run),
      mistake: loopMistake(run),
      judgesBlocking: true,
    },
    expectedSpans(name),
  )
}

/** Fails unless a job geocoded each of `addresses`: a check about the jobs or the result means nothing otherwise. */
function requireGeocoded(run: Run, name: WorldName, addresses: readonly string[]): void {
  const { call } = WORLDS[name]
  const first = firstGeocodes(run)
  const never = addresses.filter((address) => !first.has(address)).map(cityOf)
  if (never.length === 0) return
  const jobs = jobsOf(run)
  failRun(
    run,
    {
      // A held loop holds the simulated workers too (the statement says so): that, not the code, may have kept these jobs from running.
      message: run.blocks.length > 0 ? T.notGeocodedWhileHeld(call, never) : T.neverGeocoded(call, never),
      expected: T.everyCallInAJob,
      actual: T.jobsWere(listJobs(jobs)),
      mistake: jobs.length > 0 ? T.jobCallsGeocode : T.handEachToExecutor,
    },
    expectedSpans(name),
  )
}

/** "the latest heartbeat fired 3900 ms late": what the loop's blocks cost the service. */
function heartbeatSaid(run: Run): string {
  const worst = latestBeat(run)
  if (!worst || worst.lateMs === 0) return T.heartbeatOnTime
  return worst.missed ? T.beatMissed(worst.at - worst.lateMs, worst.at) : T.beatLate(worst.at - worst.lateMs, worst.at, worst.lateMs)
}

// geocodeAll.

export function judgeOffTheLoop(run: Run): void {
  requireOffTheLoop(run, 'all', WORLDS.all.addresses)
  run.resolved('geocodeAll')
  requireGeocoded(run, 'all', WORLDS.all.addresses)
  const worst = latestBeat(run)
  if (run.blocks.length === 0 && (worst?.lateMs ?? 0) <= HEARTBEAT_TOLERANCE_MS) return
  // Every address went to a job, yet something held the loop: a busy-wait.
  failRun(
    run,
    { message: T.loopHeldAnyway('geocodeAll'), expected: T.heartbeatExpected, actual: heartbeatSaid(run), mistake: T.busyWait },
    expectedSpans('all'),
  )
}

export function judgeAtOnce(run: Run): void {
  const { addresses, threads } = WORLDS.all
  requireOffTheLoop(run, 'all', addresses)
  run.resolved('geocodeAll')
  requireGeocoded(run, 'all', addresses)
  const jobs = jobsOf(run)
  const crowded = jobs.find((job) => job.addresses.length > 1)
  const said = { expected: T.atOnceExpected(threads, listExpectedJobs('all')), actual: listJobs(jobs) }
  if (crowded) {
    failRun(run, { ...said, message: T.severalInOneJob(crowded.id, crowded.addresses.length), mistake: T.oneAddressPerJob }, expectedSpans('all'))
  }
  const starts = jobs.map((job) => job.start).sort((a, b) => a - b)
  const wanted = expectedJobs('all').map((job) => job.start)
  if (JSON.stringify(starts) === JSON.stringify(wanted)) return
  const peak = peakOverlap(jobs.map((job) => ({ lane: '', label: '', start: job.start, ...(job.end === undefined ? {} : { end: job.end }) }))).count
  const end = Math.max(...jobs.map((job) => job.end ?? job.start))
  const ended = end === lastEnd('all') ? '' : T.lastEnded(end, lastEnd('all'))
  failRun(
    run,
    {
      ...said,
      message: `${T.startedAt(starts, wanted)}${ended}`,
      mistake: peak === 1 ? T.oneByOne(addresses.length, end, lastEnd('all')) : peak < threads ? T.ownGateTooSmall(peak, threads) : T.handThemAllAtOnce,
    },
    expectedSpans('all'),
  )
}

/** geocodeAll resolves when the last result arrives, with every address's coordinates in input order. */
export function judgeAllResult(run: Run, name: 'all' | 'all-other-pool'): void {
  const { addresses, threads } = WORLDS[name]
  requireOffTheLoop(run, name, addresses)
  const { value, at } = run.resolved('geocodeAll')
  const readyAt = lastEnd(name)
  const expected = expectedValue(name)
  const got = resolvedAt(at, showResults(value))
  const prefix = name === 'all' ? '' : T.otherPool(threads, addresses.length)
  requireGeocoded(run, name, addresses)
  const jobsEnd = Math.max(...jobsOf(run).map((job) => job.end ?? Infinity))
  const said = { expected: `${prefix}${resolvesAt(readyAt, showResults(expected))}`, actual: got }
  const holdsPromise = Array.isArray(value) && value.some((item) => show(item) === 'a Promise')
  if (at < jobsEnd || holdsPromise) {
    failRun(run, { ...said, message: T.beforeLastResult(prefix, at, showResults(value), jobsEnd), mistake: T.missingAwait }, expectedSpans(name))
  }
  if (at !== readyAt) {
    const mistake = jobsEnd > readyAt ? T.jobsEndedLate(jobsEnd, readyAt) : T.waitedLonger
    failRun(run, { ...said, message: T.notWhenReady(prefix, got, readyAt), mistake }, expectedSpans(name))
  }
  if (show(value) === show(expected)) return
  const sameItems = Array.isArray(value) && value.length === expected.length && [...value.map(show)].sort().join() === [...expected.map(show)].sort().join()
  failRun(run, { ...said, message: `${prefix}geocodeAll ${got}`, mistake: sameItems ? T.completionOrder : T.resolveWithResults })
}

// geocodeWithin.

export function judgeWithinBudget(run: Run): void {
  const { addresses, budgetMs } = WORLDS.within
  requireOffTheLoop(run, 'within', addresses.slice(0, 2))
  const { value, at } = run.resolved('geocodeWithin')
  const expected = expectedValue('within')
  const got = resolvedAt(at, showResults(value))
  requireGeocoded(run, 'within', addresses.slice(0, 2))
  const said = { expected: resolvesAt(budgetMs!, showResults(expected)), actual: got }
  if (at > budgetMs!) {
    const running = Array.isArray(value) && [2, 3].some((index) => placeOf(value[index]) !== undefined)
    failRun(run, { ...said, message: T.pastBudget(got, budgetMs!), mistake: running ? T.waitedForRunning : T.expectedCancelled }, expectedSpans('within'))
  }
  if (at < budgetMs!) failRun(run, { ...said, message: T.beforeBudget(got, budgetMs!), mistake: T.waitForTheBudget }, expectedSpans('within'))
  if (show(value) === show(expected)) return
  const lost = Array.isArray(value) && [0, 1].some((index) => value[index] === TIMEOUT)
  failRun(run, { ...said, message: `geocodeWithin ${got}`, mistake: lost ? T.keepWhatArrived : T.timeoutInItsPlace }, expectedSpans('within'))
}

export function judgeRemovesQueued(run: Run): void {
  const { addresses, budgetMs } = WORLDS.within
  requireOffTheLoop(run, 'within', addresses.slice(0, 2))
  const { at } = run.resolved('geocodeWithin')
  requireGeocoded(run, 'within', addresses.slice(0, 2))
  const fifth = addresses[4]!
  const ran = firstGeocodes(run).get(fifth)
  if (ran) {
    const withoutSignal = jobsWithoutSignal(run) > 0
    failRun(
      run,
      {
        message: T.fifthRan(cityOf(fifth), ran.where, ran.start, ran.end, at),
        expected: T.fifthRemoved(budgetMs!),
        actual: T.jobsWere(listJobs(jobsOf(run))),
        mistake: withoutSignal ? T.passTheSignal : T.abortAtTheBudget,
      },
      expectedSpans('within'),
    )
  }
  const late = removals(run).filter((removal) => removal.at !== budgetMs)
  if (late.length > 0) {
    failRun(
      run,
      {
        message: T.removedAt(late[0]!.job, late[0]!.at, budgetMs!),
        expected: T.fifthRemoved(budgetMs!),
        actual: T.removedAt(late[0]!.job, late[0]!.at, budgetMs!),
        mistake: T.abortAtTheBudget,
      },
      expectedSpans('within'),
    )
  }
}

export function judgeFinal(run: Run): void {
  const { addresses, budgetMs } = WORLDS.within
  requireOffTheLoop(run, 'within', addresses.slice(0, 4))
  const { value, at } = run.resolved('geocodeWithin')
  requireGeocoded(run, 'within', addresses.slice(0, 4))
  const runningEnd = Math.max(...jobsOf(run).map((job) => job.end ?? Infinity))
  if (at >= runningEnd) {
    const mistake = Array.isArray(value) && [2, 3].some((index) => placeOf(value[index]) !== undefined) ? T.waitedForRunning : T.expectedCancelled
    failRun(
      run,
      {
        message: T.waitedUntil(resolvedAt(at, showResults(value)), runningEnd),
        expected: T.finalExpected(budgetMs!),
        actual: T.jobsWere(listJobs(jobsOf(run))),
        mistake,
      },
      expectedSpans('within'),
    )
  }
  const [change] = changesOf(run)
  if (change) {
    failRun(
      run,
      {
        message: T.arrayChanged(at, showResults(value), change.at, change.shown),
        expected: T.finalExpected(budgetMs!),
        actual: T.changedTo(change.at, change.shown),
        mistake: T.returnACopy,
      },
      expectedSpans('within'),
    )
  }
}

export function judgeEarly(run: Run): void {
  const { addresses, budgetMs } = WORLDS['within-early']
  requireOffTheLoop(run, 'within-early', addresses)
  const { value, at } = run.resolved('geocodeWithin')
  const readyAt = expectedSettle('within-early')
  const expected = expectedValue('within-early')
  const got = resolvedAt(at, showResults(value))
  requireGeocoded(run, 'within-early', addresses)
  const said = { expected: T.earlyExpected(budgetMs!, resolvesAt(readyAt, showResults(expected))), actual: got }
  if (at > readyAt) {
    failRun(
      run,
      { ...said, message: T.notAtLast(got, readyAt), mistake: at >= budgetMs! ? T.waitedWholeBudget : T.waitedLonger },
      expectedSpans('within-early'),
    )
  }
  if (at < readyAt)
    failRun(run, { ...said, message: T.beforeLastResult('', at, showResults(value), readyAt), mistake: T.missingAwait }, expectedSpans('within-early'))
  if (show(value) !== show(expected)) failRun(run, { ...said, message: `geocodeWithin ${got}`, mistake: T.resolveWithResults })
}

// workload.

export function judgeWorkload(run: Run): void {
  const { value } = run.resolved('workload')
  const table = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const names = WORKLOAD_NAMES
  if (names.every((name) => table[name] === undefined)) failRun(run, { message: T.workloadPlaceholder, expected: T.workloadExpected })
  const wrong = names.filter((name) => saltedHash(WORKLOAD_KEY.salt, name, String(table[name])) !== WORKLOAD_KEY.sha256[name])
  if (wrong.length === 0) return
  // Two kinds only: a workload wrongly called 'io' is CPU-bound.
  const cpuAsIo = wrong.filter((name) => table[name] === 'io')
  const everything = new Set(names.map((name) => table[name])).size === 1
  failRun(run, {
    message: T.workloadWrong(wrong.map((name) => `${name}: ${show(table[name])}`)),
    expected: T.workloadExpected,
    actual: show(value),
    mistake: everything ? T.notEverythingIsTheSame : cpuAsIo.length > 0 ? T.asyncForCpu(listed(cpuAsIo)) : T.ioWaits(listed(wrong)),
  })
}
