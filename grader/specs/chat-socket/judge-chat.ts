// How the checks judge chat: when each message was shown, how the lines were sent, how and
// when chat ended, whether the other loop was aborted at that instant, and what ran after.
import { show } from '../../sandbox/plain.ts'
import { resolvesAt } from '../feedback.ts'
import type { Failure, Run } from '../run.ts'
import { callsOf, ending, overlapped, overlappingSends, requireImplemented, settle, shownOf, unhandledRejections, waitingAt, type Call } from './judge-run.ts'
import { T } from './texts.ts'
import { CHAT, CHAT_WORLDS, KEYBOARD, QUIT, RECEIVE, SEND, chatPlan, expectedResult, type ChatPlan, type ChatWorldName } from './worlds.shared.ts'

function failIn(run: Run, plan: ChatPlan, failure: Failure): never {
  run.fail(failure, plan.spans)
}

/** The loops took turns: the code never waited for the server while it read the keyboard or sent. */
function tookTurns(run: Run): boolean {
  const receives = callsOf(run, RECEIVE)
  return receives.length > 0 && !overlapped(receives, [...callsOf(run, KEYBOARD), ...callsOf(run, SEND)])
}

/** The receiving loop ended when the server closed, and chat still waited for the sending loop. */
function waitedForBoth(run: Run, world: ChatWorldName): boolean {
  const closesAt = CHAT_WORLDS[world].closesAt
  const closed = callsOf(run, RECEIVE).some((call) => call.end === closesAt && call.abortedAt === undefined)
  const outcome = run.outcome
  const settled = outcome.kind === 'resolved' || outcome.kind === 'rejected'
  return closed && (!settled || outcome.at > chatPlan(CHAT_WORLDS[world]).endsAt)
}

/** Why chat never settled or settled late, when the trace shows it. */
function whyLate(run: Run, world: ChatWorldName): string | undefined {
  // The line "null" sent: the end of input was taken for a line.
  if (callsOf(run, SEND).some((call) => call.label === 'null')) return T.nullEndsInput
  if (tookTurns(run)) return T.oneLoopTakingTurns
  if (waitedForBoth(run, world)) {
    const plan = chatPlan(CHAT_WORLDS[world])
    const closesAt = CHAT_WORLDS[world].closesAt
    return plan.endedBy === 'user' ? T.allWaitsForReceiving(plan.endsAt, closesAt) : T.allWaitsForSending(closesAt)
  }
  return undefined
}

/** Both loops must have run, or a check about them means nothing. */
function requireBothLoops(run: Run, plan: ChatPlan, expected: string): void {
  const missing = [KEYBOARD, RECEIVE].filter((lane) => callsOf(run, lane).length === 0)
  if (missing.length === 0) return
  failIn(run, plan, {
    message: T.neverCalled(missing, ending(run)),
    expected,
    actual: T.neverCalled(missing, ending(run)),
    mistake: T.runBothLoops,
  })
}

/** Each message arriving before the session ends is shown at the instant it arrives. */
export function judgeShows(run: Run, world: ChatWorldName): void {
  const plan = chatPlan(CHAT_WORLDS[world])
  const expected = T.shownAt(plan.shows.map((line) => line.at))
  requireImplemented(run, CHAT, expected)
  const shown = shownOf(run).filter((line) => !line.late)
  const receives = callsOf(run, RECEIVE)
  if (receives.length === 0) failIn(run, plan, { expected, message: T.neverReceived, actual: T.nothingShown, mistake: T.runBothLoops })
  plan.shows.forEach((wanted, index) => {
    const got = shown[index]
    const said = { expected, actual: T.shownList(shown) }
    if (!got) failIn(run, plan, { ...said, message: T.neverShown(wanted.text, wanted.at), mistake: tookTurns(run) ? T.oneLoopTakingTurns : T.showWhatArrives })
    if (got.text !== wanted.text) failIn(run, plan, { ...said, message: T.shownInstead(got.text, wanted.text, wanted.at), mistake: T.showEachOnce })
    if (got.at !== wanted.at) {
      failIn(run, plan, {
        ...said,
        message: T.shownLate(wanted.text, wanted.at, got.at),
        mistake: tookTurns(run) ? T.oneLoopTakingTurns : T.showAsSoonAsReceived,
      })
    }
  })
}

/** The statement's lines are sent one at a time, each as soon as the previous send ends, and /quit is not sent. */
export function judgeSends(run: Run, world: ChatWorldName): void {
  const plan = chatPlan(CHAT_WORLDS[world])
  const expected = T.sentAt(plan.sends)
  requireImplemented(run, CHAT, expected)
  const sends = callsOf(run, SEND).filter((call) => !call.startedLate)
  const said = { expected, actual: T.sendList(sends) }
  const overlaps = overlappingSends(run)
  if (overlaps.length > 0) failIn(run, plan, { ...said, message: T.twoSendsAtOnce(overlaps[0]!, sends), mistake: T.awaitEachSend })
  if (sends.some((call) => call.label === QUIT)) failIn(run, plan, { ...said, message: T.quitSent, mistake: T.quitIsNotSent })
  if (sends.length === 0) failIn(run, plan, { ...said, message: T.sentNothing(ending(run)), mistake: T.sendEachLine })
  plan.sends.forEach((wanted, index) => {
    const got = sends[index]
    if (!got) failIn(run, plan, { ...said, message: T.sentOnly(sends.length, plan.sends.length), mistake: T.sendEachLine })
    if (got.label !== wanted.text) failIn(run, plan, { ...said, message: T.sentInstead(got.label, wanted.text), mistake: T.sendInOrder })
    if (got.start !== wanted.start || got.end !== wanted.end) {
      failIn(run, plan, {
        ...said,
        message: T.sentWhen(got, wanted),
        mistake: tookTurns(run) ? T.oneLoopTakingTurns : T.sendAsSoonAsRead,
      })
    }
  })
}

/** chat resolves when the first loop ends, with who ended it and the counts. */
export function judgeEnding(run: Run, world: ChatWorldName): void {
  const plan = chatPlan(CHAT_WORLDS[world])
  const result = expectedResult(plan)
  const expected = resolvesAt(plan.endsAt, show(result))
  const at = settle(run, CHAT, expected, plan.spans, whyLate(run, world) === undefined ? {} : { mistakeIfStuck: whyLate(run, world)! })
  requireBothLoops(run, plan, expected)
  const said = { expected, actual: ending(run) }
  const outcome = run.outcome
  if (outcome.kind === 'rejected') {
    failIn(run, plan, {
      ...said,
      message: `chat ${ending(run)}`,
      mistake: outcome.error.name === 'AbortError' ? T.abortErrorReachedChat(plan.aborted) : T.endsWithoutError,
    })
  }
  if (at !== plan.endsAt) {
    failIn(run, plan, {
      ...said,
      message: T.resolvedNotWhen(at, occasion(plan)),
      mistake: (at > plan.endsAt ? whyLate(run, world) : undefined) ?? (at < plan.endsAt ? T.resolvedTooEarly : T.endWithTheFirstLoop),
    })
  }
  const value = (outcome.kind === 'resolved' ? outcome.value : undefined) as Record<string, unknown> | undefined
  if (value?.endedBy === result.endedBy && value.sent === result.sent && value.received === result.received) return
  failIn(run, plan, {
    ...said,
    message: T.resolvedWithNot(show(value), show(result)),
    mistake:
      value?.endedBy !== result.endedBy ? T.whoEnded(result.endedBy) : value.sent !== result.sent ? T.countSends(result.sent) : T.countShows(result.received),
  })
}

/** Why a loop went on after it should have been aborted. */
function zombieMistake(run: Run, world: ChatWorldName, calls: Call[]): string {
  return whyLate(run, world) ?? (calls.some((call) => !call.withSignal) ? T.passTheSignal : T.raceLeavesLoopRunning)
}

/** What ends the first loop in a world, in words: "the user quit (t=2500)". */
function occasion(plan: ChatPlan): string {
  if (plan.error) return T.callFailed(plan.aborted === RECEIVE ? SEND : RECEIVE, plan.endsAt)
  return plan.endedBy === 'user' ? T.userQuit(plan.endsAt) : T.serverClosed(plan.endsAt)
}

/**
 * When the first loop ends (or fails), the other is aborted at that same instant: the call it
 * was waiting in is aborted then, and nothing is shown, sent or asked for after chat settled.
 */
export function judgeOtherAborted(run: Run, world: ChatWorldName): void {
  const plan = chatPlan(CHAT_WORLDS[world])
  const expected = T.otherAbortedAt(plan.aborted, plan.endsAt)
  const at = settle(run, CHAT, expected, plan.spans, { bugsAllowed: true, ...(whyLate(run, world) ? { mistakeIfStuck: whyLate(run, world)! } : {}) })
  requireBothLoops(run, plan, expected)
  const lanes = [KEYBOARD, SEND, RECEIVE]
  const calls = lanes.flatMap((lane) => callsOf(run, lane).map((call) => ({ ...call, lane })))
  const lateShow = shownOf(run).find((line) => line.late)
  if (lateShow) {
    failIn(run, plan, {
      expected,
      message: T.shownAfterSession(at, lateShow.text, lateShow.at),
      actual: T.zombieShowed(lateShow.text, lateShow.at),
      mistake: zombieMistake(run, world, callsOf(run, RECEIVE)),
    })
  }
  const lateSend = callsOf(run, SEND).find((call) => call.startedLate)
  if (lateSend) {
    failIn(run, plan, {
      expected,
      message: T.sentAfterSession(at, lateSend.label, lateSend.start),
      actual: T.zombieSent(lateSend.label, lateSend.start),
      mistake: zombieMistake(run, world, [...callsOf(run, KEYBOARD), ...callsOf(run, SEND)]),
    })
  }
  const waiting = waitingAt(run, plan.aborted, plan.endsAt)
  if (!waiting) {
    failIn(run, plan, {
      expected,
      message: T.notWaitingThen(plan.aborted, occasion(plan)),
      actual: T.notWaitingThen(plan.aborted, occasion(plan)),
      mistake: tookTurns(run) ? T.oneLoopTakingTurns : T.runBothLoops,
    })
  }
  if (waiting.abortedAt === plan.endsAt && !waiting.abortedLate) {
    const lateCall = calls.find((call) => call.startedLate)
    if (!lateCall) return
    failIn(run, plan, {
      expected,
      message: T.calledAfterSession(at, lateCall.lane, lateCall.start),
      actual: T.calledAfterSession(at, lateCall.lane, lateCall.start),
      mistake: zombieMistake(run, world, calls),
    })
  }
  if (waiting.abortedAt !== undefined) {
    failIn(run, plan, {
      expected,
      message: T.loopAbortedLater(plan.aborted, waiting.abortedAt, occasion(plan)),
      actual: T.loopAbortedAtShort(plan.aborted, waiting.abortedAt),
      mistake: T.abortAtThatInstant,
    })
  }
  failIn(run, plan, {
    expected,
    message: waiting.end === undefined ? T.stillWaiting(plan.aborted, occasion(plan)) : T.wentOnUntil(plan.aborted, occasion(plan), waiting.end),
    actual: waiting.end === undefined ? T.neverEnded(plan.aborted) : T.ranUntil(plan.aborted, waiting.end),
    // The loops had signals, but this call was made without one.
    mistake: !waiting.withSignal && calls.some((call) => call.withSignal) ? T.callWithoutSignal(plan.aborted) : zombieMistake(run, world, [waiting]),
  })
}

/** An error in either loop ends chat at once with that error. */
export function judgeError(run: Run, world: ChatWorldName): void {
  const plan = chatPlan(CHAT_WORLDS[world])
  const expected = T.rejectsWith(plan.endsAt, `Error: ${plan.error}`)
  const at = settle(run, CHAT, expected, plan.spans, { bugsAllowed: true })
  requireBothLoops(run, plan, expected)
  const said = { expected, actual: ending(run) }
  const outcome = run.outcome
  const failing = plan.aborted === RECEIVE ? SEND : RECEIVE
  if (outcome.kind === 'resolved') {
    const lost = failing === SEND && unhandledRejections(run).some((reason) => reason.includes(plan.error!))
    failIn(run, plan, {
      ...said,
      message: T.resolvedThoughBroken(ending(run), failing, plan.endsAt),
      mistake: lost ? T.sendNotAwaited : tookTurns(run) ? T.oneLoopTakingTurns : T.errorEndsChat,
    })
  }
  if (outcome.kind === 'rejected' && outcome.error.message !== plan.error) {
    failIn(run, plan, {
      ...said,
      message: T.rejectedWithOtherThan(ending(run), failing),
      mistake: outcome.error.name === 'AbortError' ? T.rejectedWithOthersAbort(plan.aborted) : T.rejectWithTheLoopsError,
    })
  }
  if (at !== plan.endsAt) failIn(run, plan, { ...said, message: T.rejectedNotWhenFailed(at, failing, plan.endsAt), mistake: T.errorEndsChat })
  judgeOtherAborted(run, world)
}

/** No AbortError (nor any rejection) left unhandled, in a run where both loops ran. */
export function judgeChatNoUnhandled(run: Run, world: ChatWorldName): void {
  const plan = chatPlan(CHAT_WORLDS[world])
  const expected = T.noUnhandled
  settle(run, CHAT, expected, plan.spans, { bugsAllowed: true })
  requireBothLoops(run, plan, expected)
  const unhandled = unhandledRejections(run)
  if (unhandled.length === 0) return
  failIn(run, plan, {
    expected,
    message: T.leftUnhandled(unhandled.length, unhandled[0]!),
    actual: unhandled.join('; '),
    mistake: unhandled.some((reason) => reason.startsWith('AbortError')) ? T.abortedLoopUnhandled : T.handleEveryLoop,
  })
}
