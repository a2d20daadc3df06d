// How the task-group checks judge a run: when the group settled and with what, what it aborted
// and when, what it left running, and what the newsletter sent and reported.
import { show } from '../../sandbox/plain.ts'
import type { Span } from '../../sandbox/trace.ts'
import { explainOutcome, fail } from '../feedback.ts'
import { listed } from '../wording.ts'
import type { Run } from '../run.ts'
import {
  BODIES,
  BODY_LANE,
  BODY_VALUE,
  FAILING_LIST,
  GROUP_SIGNAL_LANE,
  LATE_SPAWN_LANE,
  LISTS,
  NO_SIGNAL,
  REFUSED_WITH_REASON,
  ABORTED,
  FAILED,
  sendError,
  type GroupScenario,
} from './group.shared.ts'
import {
  NEWSLETTER_END,
  NEWSLETTER_FAILURE,
  NEWSLETTER_REJECTION,
  ending,
  expectedGroupSpans,
  expectedNewsletterSpans,
  expectedRejection,
  firstFailure,
  gaveUp,
  listReports,
  jobsOf,
  pendingAtFailure,
  reportsOf,
  ticksBefore,
  workOf,
  type Report,
  type Work,
} from './judge-run.ts'
import { T } from './texts.ts'

/** Error names the aborts produce: a group rejected with one of them lost the real cause. */
const ABORT_ERRORS = new Set(['AbortError', 'CancelledError'])

/**
 * When the call settled, resolved or rejected; any other ending fails the check with its
 * explanation, after saying so when a reporter still ran: it is what kept the group going.
 */
function settle(run: Run, fn: string, expected: string, spans: Span[], reporterFrom?: number): number {
  const outcome = run.outcome
  // The world's own give-up on an endless reporter is no ending of the code's.
  if (notImplemented(run)) fail({ ...explainOutcome(run, fn), expected })
  const stopped = gaveUp(run)
  if ((outcome.kind === 'resolved' || outcome.kind === 'rejected') && !stopped) return outcome.at
  const reporting = reporterFrom === undefined ? [] : reportsOf(run).filter((report) => report.at > reporterFrom)
  if (reporting.length > 0 && (stopped || outcome.kind === 'runaway' || outcome.kind === 'deadlock')) {
    run.fail(
      {
        message: T.neverSettledReporting(fn, 'at' in outcome ? outcome.at : reporting.at(-1)!.at, times(reporting)),
        expected,
        actual: T.stillReporting(times(reporting)),
        mistake: T.reporterNeverStops,
      },
      spans,
    )
  }
  return run.settledAt(fn, expected)
}

const notImplemented = (run: Run) => run.outcome.kind === 'rejected' && /not implemented yet/i.test(run.outcome.error.message)

const times = (reports: Report[]) => {
  const shown = reports.slice(0, 4).map((report) => `t=${report.at}`)
  return reports.length > 4 ? `${shown.join(', ')}, ...` : listed(shown)
}

/** Fails unless every given job ran: a check about them means nothing otherwise. */
function requireStarted(run: Run, fn: string, works: Work[], expected: string, spans: Span[]): void {
  const never = works.filter((work) => work.started === undefined)
  if (never.length === 0) return
  const bodyCalled = run.lane(BODY_LANE).length > 0 || run.events(GROUP_SIGNAL_LANE).length > 0 || run.spans.some((s) => s.lane.startsWith('job'))
  run.fail(
    {
      message: bodyCalled
        ? T.neverStarted(
            fn,
            never.map((work) => work.lane),
          )
        : T.bodyNeverCalled(fn, ending(run)),
      expected,
      actual: ending(run),
      mistake: bodyCalled ? T.spawnStartsTheTask : T.callTheBody,
    },
    spans,
  )
}

// withTaskGroup.

/** group-ok: every task starts at t=0; the group resolves with the body's value when the last one ends. */
export function judgeWaits(run: Run): void {
  const scenario: GroupScenario = 'group-ok'
  const jobs = jobsOf(scenario)
  const last = Math.max(...jobs.map((job) => job.ms))
  const spans = expectedGroupSpans(scenario, last)
  const expected = T.resolvesWithBodyValue(last, show(BODY_VALUE))
  const at = settle(run, 'withTaskGroup', expected, spans)
  const works = jobs.map((job) => workOf(run, job.name))
  requireStarted(run, 'withTaskGroup', works, expected, spans)
  const said = { expected, actual: ending(run) }
  const deferred = works.find((work) => work.started! > 0)
  if (deferred) run.fail({ ...said, message: T.startedLate(deferred.lane, deferred.started!), mistake: T.spawnStartsAtOnce }, spans)
  if (run.outcome.kind === 'rejected') run.fail({ ...said, message: T.rejectedAlthoughAllSucceeded(ending(run)), mistake: T.nothingFailed }, spans)
  const outlived = works.filter((work) => work.ended === undefined || work.ended > at)
  if (outlived.length > 0) {
    run.fail({ ...said, message: T.outlived(at, outlived.map(describeRun)), mistake: T.fireAndForget }, spans)
  }
  if (at > last) run.fail({ ...said, message: T.resolvedAfterLast(at, last), mistake: T.waitedLonger }, spans)
  const { value } = run.resolved('withTaskGroup', expected)
  if (value !== BODY_VALUE) run.fail({ ...said, message: T.notBodyValue(show(value), show(BODY_VALUE)), mistake: T.returnBodyValue }, spans)
}

const describeRun = (work: Work) => T.ranUntil(work.lane, work.ended)

/** group-nested: job 1 spawns job 2 when it ends, at t=1000; the group waits for job 2 too. */
export function judgeSpawnWhileWaiting(run: Run): void {
  const scenario: GroupScenario = 'group-nested'
  const [first, second] = jobsOf(scenario) as [{ name: string; ms: number }, { name: string; ms: number }]
  const last = first.ms + second.ms
  const spans = expectedGroupSpans(scenario, last)
  const expected = T.resolvesWithBodyValue(last, show(BODY_VALUE))
  const at = settle(run, 'withTaskGroup', expected, spans)
  const said = { expected, actual: ending(run) }
  requireStarted(run, 'withTaskGroup', [workOf(run, first.name)], expected, spans)
  const nested = workOf(run, second.name)
  const outer = workOf(run, first.name)
  if (outer.ended === undefined || outer.ended > at) run.fail({ ...said, message: T.outlived(at, [describeRun(outer)]), mistake: T.fireAndForget }, spans)
  if (nested.started === undefined) {
    run.fail({ ...said, message: T.nestedNeverStarted(second.name, first.name, first.ms), mistake: T.spawnWhileWaitingStarts }, spans)
  }
  if (nested.ended === undefined || nested.ended > at) {
    run.fail({ ...said, message: T.nestedOutlived(second.name, first.name, nested.started!, at, nested.ended), mistake: T.waitUntilNoneLeft }, spans)
  }
  if (at !== last) run.fail({ ...said, message: T.resolvedAfterLast(at, last), mistake: T.waitedLonger }, spans)
}

/** The three failing worlds: a job fails while the body is done, while it works, or the body fails. */
export const FAILING: GroupScenario[] = ['group-task-fails', 'group-body-running', 'group-body-fails']

function failingWorld(run: Run, scenario: GroupScenario) {
  const failure = firstFailure(scenario)
  const rejection = expectedRejection(scenario)
  const spans = expectedGroupSpans(scenario, rejection)
  const who = failure.job ?? T.theBody
  return { failure, rejection, spans, who, pending: pendingAtFailure(scenario).map((job) => workOf(run, job.name)) }
}

/** The failing job ran, so that the group had a failure to react to. */
function requireFailure(run: Run, scenario: GroupScenario, expected: string, spans: Span[]): void {
  requireStarted(
    run,
    'withTaskGroup',
    BODIES[scenario].jobs.map((job) => workOf(run, job.name)),
    expected,
    spans,
  )
}

/** The group's signal and every pending task's signal abort at the first failure. */
export function judgeAborts(run: Run, scenario: GroupScenario): void {
  const { failure, spans, who, pending } = failingWorld(run, scenario)
  const expected = T.abortedAt(
    who,
    failure.at,
    pending.map((work) => work.lane),
  )
  settle(run, 'withTaskGroup', expected, spans)
  requireFailure(run, scenario, expected, spans)
  const groupSignal = run.events(GROUP_SIGNAL_LANE)
  const said = { expected }
  if (groupSignal.some((event) => event.label === NO_SIGNAL)) {
    run.fail({ ...said, actual: T.noSignalGiven(T.theBody), message: T.bodyGotNoSignal, mistake: T.passTheGroupSignal }, spans)
  }
  for (const work of pending) {
    if (!work.withSignal) run.fail({ ...said, actual: T.noSignalGiven(work.lane), message: T.taskGotNoSignal(work.lane), mistake: T.passTheGroupSignal }, spans)
  }
  const groupAborted = groupSignal.find((event) => event.label === ABORTED)
  const noticedLate = pending.some((work) => (work.abortedAt ?? 0) > failure.at) || (groupAborted?.t ?? 0) > failure.at
  const notAborted = pending.filter((work) => work.abortedAt === undefined)
  if (notAborted.length > 0) {
    const work = notAborted[0]!
    run.fail(
      {
        ...said,
        actual: notAborted.map(describeRun).join(', '),
        message: T.neverAborted(work.lane, work.ended, who, failure.at),
        mistake: noticedLate ? T.noticeFailureAtOnce : T.allSettledCancelsNothing,
      },
      spans,
    )
  }
  const lateTask = pending.find((work) => work.abortedAt !== failure.at)
  if (lateTask) {
    run.fail(
      {
        ...said,
        actual: T.abortedInstead(lateTask.lane, lateTask.abortedAt!),
        message: T.abortedNotAtFailure(lateTask.lane, lateTask.abortedAt!, who, failure.at),
        mistake: lateTask.abortedAt! > failure.at ? T.noticeFailureAtOnce : T.abortOnlyOnFailure,
      },
      spans,
    )
  }
  if (groupAborted?.t !== failure.at) {
    run.fail(
      {
        ...said,
        actual: groupAborted ? T.abortedInstead(T.theGroupSignal, groupAborted.t) : T.notAborted(T.theGroupSignal),
        message: groupAborted ? T.abortedNotAtFailure(T.theGroupSignal, groupAborted.t, who, failure.at) : T.groupSignalNeverAborted(who, failure.at),
        mistake: T.abortTheBodySignal,
      },
      spans,
    )
  }
}

/** After a failure, the group settles once the body and every clean-up have ended, not before, not later. */
export function judgeWaitsForCleanup(run: Run, scenario: GroupScenario): void {
  const { failure, rejection, spans, who, pending } = failingWorld(run, scenario)
  const expected = T.rejectsOnceCleanedUp(rejection, who, failure.at)
  const at = settle(run, 'withTaskGroup', expected, spans)
  requireFailure(run, scenario, expected, spans)
  const said = { expected, actual: ending(run) }
  if (run.outcome.kind === 'resolved') {
    run.fail({ ...said, message: T.resolvedAlthoughFailed(ending(run), who, failure.at), mistake: T.failureRejects }, spans)
  }
  if (at < rejection) {
    const stillRunning = [...pending, workOf(run, BODY_LANE)].filter(
      (work) => (work.cleanedUpUntil ?? work.ended ?? Infinity) > at && work.started !== undefined,
    )
    run.fail(
      {
        ...said,
        message: T.rejectedWhileCleaningUp(
          'withTaskGroup',
          at,
          stillRunning.map((work) => T.cleaningUpUntil(work.lane === BODY_LANE ? T.theBody : work.lane, work.cleanedUpUntil ?? work.ended)),
        ),
        mistake: at === failure.at ? T.promiseAllSettlesEarly : T.waitForEveryone,
      },
      spans,
    )
  }
  if (at > rejection) {
    const ranOn = pending.filter((work) => work.abortedAt === undefined)
    run.fail(
      {
        ...said,
        message: T.rejectedAfterCleanup(at, rejection),
        mistake: ranOn.length > 0 ? T.allSettledCancelsNothing : T.waitedLonger,
      },
      spans,
    )
  }
}

/** The group rejects with the first failure itself: the error of the job, or of the body. */
export function judgeRealCause(run: Run, scenario: GroupScenario): void {
  const { failure, spans, who } = failingWorld(run, scenario)
  const expected = T.rejectedWith(failure.message, who)
  settle(run, 'withTaskGroup', expected, spans)
  requireFailure(run, scenario, expected, spans)
  const outcome = run.outcome
  const said = { expected, actual: ending(run) }
  if (outcome.kind === 'resolved') run.fail({ ...said, message: T.resolvedAlthoughFailed(ending(run), who, failure.at), mistake: T.failureRejects }, spans)
  if (outcome.kind !== 'rejected' || outcome.error.message === failure.message) return
  run.fail(
    {
      ...said,
      message: T.notTheCause(ending(run), who, failure.at),
      mistake: ABORT_ERRORS.has(outcome.error.name) ? T.abortErrorNotCause(outcome.error.name) : T.keepTheFirstFailure,
    },
    spans,
  )
}

/** After the first failure, spawn starts nothing and returns a promise rejected with the group signal's reason. */
export function judgeClosed(run: Run): void {
  const scenario: GroupScenario = 'group-spawn-after-failure'
  const { failure, rejection, spans } = failingWorld(run, scenario)
  const late = BODIES[scenario].spawnsLate!
  const when = BODIES[scenario].worksMs
  const expected = T.spawnRefused(late.name, when)
  settle(run, 'withTaskGroup', expected, spans)
  requireFailure(run, scenario, expected, spans)
  const said = { expected }
  const started = workOf(run, late.name)
  if (started.started !== undefined) {
    run.fail(
      {
        ...said,
        actual: T.ranFrom(late.name, started.started),
        message: T.startedAfterFailure(late.name, started.started, failure.job!, failure.at),
        mistake: T.closeTheGroup,
      },
      spans,
    )
  }
  const gave = run.events(LATE_SPAWN_LANE)[0]?.label
  if (gave === REFUSED_WITH_REASON) return
  run.fail(
    {
      ...said,
      actual: gave ?? T.nothingReturned,
      message: T.spawnGave(when, gave ?? T.nothingReturned),
      mistake: gave?.startsWith('threw') ? T.rejectDoNotThrow : T.rejectWithTheReason,
    },
    // The group rejects once the body has ended.
    spans.map((s) => (s.lane === 'withTaskGroup' ? { ...s, end: Math.max(rejection, when) } : s)),
  )
}

/** No unhandled rejection, even of the tasks whose promises the body ignores. */
export function judgeNoUnhandled(run: Run, scenario: GroupScenario): void {
  const { spans } = failingWorld(run, scenario)
  const expected = T.noUnhandled
  const at = settle(run, 'withTaskGroup', expected, spans)
  requireFailure(run, scenario, expected, spans)
  const unhandled = run.problems.filter((problem) => problem.startsWith('unhandled rejection'))
  if (unhandled.length === 0) return
  run.fail({ expected, actual: unhandled.join('; '), message: T.unhandled(unhandled.length, at), mistake: T.handleWhatNobodyAwaits }, spans)
}

// sendNewsletter.

const listNames = LISTS.map((list) => list.name)

/** Every list sent at once from t=0; resolves when the last one is sent with the names, in input order. */
export function judgeSendsAll(run: Run): void {
  const spans = expectedNewsletterSpans(false)
  const expected = T.resolvesWithSent(NEWSLETTER_END, show({ sent: listNames }))
  const at = settle(run, 'sendNewsletter', expected, spans, NEWSLETTER_END)
  const said = { expected, actual: ending(run) }
  const sends = LISTS.map((list) => ({ list, spans: run.lane(list.name) }))
  const unsent = sends.filter((send) => send.spans.length === 0).map((send) => send.list.name)
  if (unsent.length > 0) run.fail({ ...said, message: T.neverSent(unsent), mistake: T.sendEveryList }, spans)
  const twice = sends.find((send) => send.spans.length > 1)
  if (twice) run.fail({ ...said, message: T.sentTwice(twice.list.name, twice.spans.length), mistake: T.sendEachOnce }, spans)
  const later = sends.find((send) => send.spans[0]!.start > 0)
  if (later) run.fail({ ...said, message: T.sentLate(later.list.name, later.spans[0]!.start), mistake: T.sentOneAfterAnother }, spans)
  if (run.outcome.kind === 'rejected') run.fail({ ...said, message: T.newsletterRejected(ending(run)), mistake: T.nothingFailed }, spans)
  if (at !== NEWSLETTER_END) {
    const stillSending = sends.filter((send) => (send.spans[0]!.end ?? Infinity) > at).map((send) => send.list.name)
    run.fail(
      {
        ...said,
        message: at < NEWSLETTER_END ? T.resolvedWhileSending(at, stillSending) : T.resolvedAfterLast(at, NEWSLETTER_END),
        mistake: at < NEWSLETTER_END ? T.awaitTheGroup : T.reporterHeldTheGroup,
      },
      spans,
    )
  }
  const { value } = run.resolved('sendNewsletter', expected)
  const sent = (value as { sent?: unknown } | undefined)?.sent
  if (JSON.stringify(sent) === JSON.stringify(listNames)) return
  const bySendEnd = [...LISTS].sort((a, b) => a.ms - b.ms).map((list) => list.name)
  run.fail({
    ...said,
    message: T.resolvedWith(show(value)),
    mistake: JSON.stringify(sent) === JSON.stringify(bySendEnd) ? T.completionOrder : T.sentInInputOrder,
  })
}

/** A report every 500 ms from t=0, with the lists sent by then, until every list is sent, and none after. */
export function judgeReports(run: Run): void {
  const spans = expectedNewsletterSpans(false)
  const ends = LISTS.map((list) => run.lane(list.name)[0]?.end)
  const reports = reportsOf(run)
  const expected = T.reportsExpected(ticksBefore(NEWSLETTER_END), LISTS.length)
  const said = { expected, actual: reports.length > 0 ? listReports(reports) : T.noReport }
  if (reports.length === 0) {
    settle(run, 'sendNewsletter', expected, spans)
    run.fail({ ...said, message: T.neverReported, mistake: T.spawnAReporter }, spans)
  }
  if (ends.some((end) => end === undefined)) {
    settle(run, 'sendNewsletter', expected, spans, NEWSLETTER_END)
    run.fail({ ...said, message: T.notAllSent, mistake: T.sendEveryList }, spans)
  }
  const lastSent = Math.max(...(ends as number[]))
  const after = reports.filter((report) => report.at > lastSent)
  if (after.length > 0) {
    run.fail(
      {
        ...said,
        message: T.reportedAfterAllSent(
          times(after),
          lastSent,
          after.some((report) => report.late),
        ),
        mistake: after.some((report) => report.late) ? T.reporterOutlivesGroup : T.reporterNeverStops,
      },
      spans,
    )
  }
  settle(run, 'sendNewsletter', expected, spans, lastSent)
  const ticks = ticksBefore(lastSent)
  for (const tick of ticks) {
    const at = reports.filter((report) => report.at === tick)
    if (at.length === 0) run.fail({ ...said, message: T.noReportAt(tick), mistake: tick === 0 ? T.reportFromZero : T.reportEvery500 }, spans)
    if (at.length > 1) run.fail({ ...said, message: T.reportsAt(at.length, tick), mistake: T.oneReporter }, spans)
  }
  const between = reports.find((report) => report.at < lastSent && !ticks.includes(report.at))
  if (between) run.fail({ ...said, message: T.reportBetweenTicks(between.at), mistake: T.reportEvery500 }, spans)
  if (reports.filter((report) => report.at === lastSent).length > 1) run.fail({ ...said, message: T.reportsAt(2, lastSent), mistake: T.oneReporter })
  for (const report of reports) {
    const before = ends.filter((end) => end! < report.at).length
    const upTo = ends.filter((end) => end! <= report.at).length
    if (report.total !== LISTS.length) run.fail({ ...said, message: T.wrongTotal(report.at, report.text, LISTS.length), mistake: T.totalIsTheLists })
    if (report.done < before || report.done > upTo) {
      run.fail({ ...said, message: T.wrongDone(report.at, report.text, before), mistake: report.done === 0 ? T.countWhenSent : T.countWhatIsSent })
    }
  }
}

/** press fails at t=1500: the other pending sends are aborted then; rejects at t=1700 with press's error. */
export function judgeNewsletterFailure(run: Run): void {
  const spans = expectedNewsletterSpans(true)
  const expected = T.newsletterRejects(NEWSLETTER_REJECTION, FAILING_LIST, NEWSLETTER_FAILURE)
  const said = { expected, actual: ending(run) }
  // The trace first: a send left unaborted is why a reporter may still run.
  const outcomeKind = run.outcome.kind
  if (!['resolved', 'rejected', 'runaway', 'deadlock'].includes(outcomeKind) || notImplemented(run)) settle(run, 'sendNewsletter', expected, spans)
  const failing = workOf(run, FAILING_LIST)
  if (failing.started === undefined) run.fail({ ...said, message: T.neverSent([FAILING_LIST]), mistake: T.sendEveryList }, spans)
  if (failing.started! > 0) run.fail({ ...said, message: T.sentLate(FAILING_LIST, failing.started!), mistake: T.sentOneAfterAnother }, spans)
  const pending = LISTS.filter((list) => list.ms > NEWSLETTER_FAILURE).map((list) => workOf(run, list.name))
  const notAborted = pending.find((work) => work.abortedAt !== NEWSLETTER_FAILURE)
  if (notAborted) {
    const noticedLate = pending.some((work) => (work.abortedAt ?? 0) > NEWSLETTER_FAILURE)
    run.fail(
      {
        ...said,
        message:
          notAborted.abortedAt === undefined
            ? T.neverAborted(notAborted.lane, notAborted.ended, FAILING_LIST, NEWSLETTER_FAILURE)
            : T.abortedNotAtFailure(notAborted.lane, notAborted.abortedAt, FAILING_LIST, NEWSLETTER_FAILURE),
        mistake: !notAborted.withSignal
          ? T.passTheGroupSignal
          : noticedLate || notAborted.abortedAt !== undefined
            ? T.noticeFailureAtOnce
            : T.allSettledCancelsNothing,
      },
      spans,
    )
  }
  const at = settle(run, 'sendNewsletter', expected, spans, NEWSLETTER_FAILURE)
  const outcome = run.outcome
  if (outcome.kind === 'resolved')
    run.fail({ ...said, message: T.resolvedAlthoughFailed(ending(run), FAILING_LIST, NEWSLETTER_FAILURE), mistake: T.failureRejects }, spans)
  if (at < NEWSLETTER_REJECTION) {
    const cleaning = pending.filter((work) => (work.cleanedUpUntil ?? Infinity) > at)
    run.fail(
      {
        ...said,
        message: T.rejectedWhileCleaningUp(
          'sendNewsletter',
          at,
          cleaning.map((work) => T.cleaningUpUntil(work.lane, work.cleanedUpUntil)),
        ),
        mistake: T.promiseAllSettlesEarly,
      },
      spans,
    )
  }
  if (at > NEWSLETTER_REJECTION) {
    const reportedOn = reportsOf(run).filter((report) => report.at > NEWSLETTER_FAILURE)
    run.fail(
      {
        ...said,
        message:
          reportedOn.length > 0 ? T.rejectedLateReporting(at, NEWSLETTER_REJECTION, times(reportedOn)) : T.rejectedAfterCleanup(at, NEWSLETTER_REJECTION),
        mistake: reportedOn.length > 0 ? T.swallowedCancellation : T.waitedLonger,
      },
      spans,
    )
  }
  if (outcome.kind === 'rejected' && outcome.error.message !== sendError(FAILING_LIST)) {
    run.fail(
      {
        ...said,
        message: T.notTheCause(ending(run), FAILING_LIST, NEWSLETTER_FAILURE),
        mistake: ABORT_ERRORS.has(outcome.error.name) ? T.abortErrorNotCause(outcome.error.name) : T.keepTheFirstFailure,
      },
      spans,
    )
  }
}

/** The reporter reports until the failure, then obeys the abort: no report after t=1500. */
export function judgeReporterObeys(run: Run): void {
  const spans = expectedNewsletterSpans(true)
  const reports = reportsOf(run)
  // When press really failed: a run that sends one list after another fails it later.
  const failedAt = run.events(FAILING_LIST).find((event) => event.label === FAILED)?.t
  const ticks = ticksBefore(failedAt ?? NEWSLETTER_FAILURE)
  const expected = T.reportsUntilFailure(ticks, failedAt ?? NEWSLETTER_FAILURE)
  const said = { expected, actual: reports.length > 0 ? listReports(reports) : T.noReport }
  if (failedAt === undefined) {
    settle(run, 'sendNewsletter', expected, spans, NEWSLETTER_FAILURE)
    run.fail({ ...said, message: T.neverSent([FAILING_LIST]), mistake: T.sendEveryList }, spans)
  }
  const missing = ticks.filter((tick) => !reports.some((report) => report.at === tick))
  if (missing.length > 0) {
    settle(run, 'sendNewsletter', expected, spans, failedAt)
    run.fail({ ...said, message: reports.length === 0 ? T.neverReported : T.noReportAt(missing[0]!), mistake: T.spawnAReporter }, spans)
  }
  const after = reports.filter((report) => report.at > failedAt)
  if (after.length === 0) {
    settle(run, 'sendNewsletter', expected, spans, failedAt)
    return
  }
  const aborted = LISTS.some((list) => workOf(run, list.name).abortedAt !== undefined) || LISTS.every((list) => workOf(run, list.name).ended! <= failedAt)
  const late = after.some((report) => report.late)
  run.fail(
    {
      ...said,
      message: T.reportedAfterFailure(times(after), FAILING_LIST, failedAt, late),
      mistake: !aborted ? T.nothingToldTheReporter : late ? T.reporterOutlivesGroup : T.swallowedCancellation,
    },
    spans,
  )
}
