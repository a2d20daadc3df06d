// How the toaster's checks judge a breakfast and the times main prints.
import { show } from '../../sandbox/plain.ts'
import { formatSpan as fmt, type Span } from '../../sandbox/trace.ts'
import { resolvedAt, resolvesAt } from '../feedback.ts'
import type { Run } from '../run.ts'
import { COFFEE, COFFEE_MS, METHOD, TOAST, TOAST_MS } from './kitchen.shared.ts'
import { T } from './texts.ts'

const span = (lane: string, start: number, end: number): Span => ({ lane, label: lane, start, end })
export const SEQUENTIAL: Span[] = [span('toast', 0, TOAST_MS), span('coffee', TOAST_MS, TOAST_MS + COFFEE_MS)]
export const CONCURRENT: Span[] = [span('toast', 0, TOAST_MS), span('coffee', 0, COFFEE_MS)]
/** main: the sequential breakfast, then the concurrent one from t=4000. */
export const MAIN: Span[] = [...SEQUENTIAL, ...CONCURRENT.map((s) => ({ ...s, start: s.start + 4000, end: s.end! + 4000 }))]
const BREAKFAST = [TOAST, COFFEE]

export const listSpans = (spans: Span[]) => spans.map(fmt).join(', ')

/** The single toast span and coffee span of a breakfast, or a failure saying which step was not made once. */
export function breakfastSpans(run: Run, fn: string, expected: Span[]): { toast: Span; coffee: Span } {
  const [toast, coffee] = ['toast', 'coffee'].map((lane) => {
    const found = run.lane(lane)
    if (found.length !== 1) {
      run.fail(
        { message: T.calledTimes(fn, METHOD[lane]!, found.length), expected: listSpans(expected), actual: listSpans(run.spans) || T.nothingMade },
        expected,
      )
    }
    return found[0]!
  }) as [Span, Span]
  return { toast, coffee }
}

/**
 * The Python habit: both calls made first, then each awaited in turn, as if a call started
 * nothing until awaited (a coroutine). Both start at once, and the result is right.
 */
export function startedBothThenAwaited(run: Run): boolean {
  const value = run.outcome.kind === 'resolved' ? run.outcome.value : undefined
  const starts = run.spans.map((span) => span.start)
  return Array.isArray(value) && value[0] === TOAST && value[1] === COFFEE && starts.length === 2 && starts[0] === starts[1]
}

/** A breakfast resolves exactly when it is ready, with [toast, coffee] as the kitchen made them. */
export function judgeResult(run: Run, fn: string, readyAt: number, expected: Span[]): void {
  const { value, at } = run.resolved(fn)
  const got = resolvedAt(at, show(value))
  // The result counts only as what the kitchen made: constants and a mere wait make nothing.
  const missing = ['toast', 'coffee'].filter((lane) => run.lane(lane).length === 0)
  if (missing.length > 0) {
    run.fail(
      {
        message: T.madeNothing(
          fn,
          got,
          missing,
          missing.map((lane) => METHOD[lane]!),
        ),
        expected: T.resultFromKitchen(resolvesAt(readyAt, show(BREAKFAST))),
        actual: T.madeAndGot(listSpans(run.spans), got),
        mistake: T.breakfastIsWhatTheKitchenMakes,
      },
      expected,
    )
  }
  const holdsPromise = Array.isArray(value) && value.some((item) => show(item) === 'a Promise')
  if (at < readyAt || holdsPromise || run.timersLeft > 0) {
    const python = fn === 'breakfastSequential' && startedBothThenAwaited(run)
    run.fail(
      {
        message: T.beforeReady(fn, got, readyAt),
        expected: resolvesAt(readyAt, show(BREAKFAST)),
        actual: got,
        mistake: python ? T.pythonCoroutine : T.missingAwait,
      },
      expected,
    )
  }
  if (at > readyAt) {
    run.fail(
      {
        message: T.afterReady(fn, got, at - readyAt, readyAt),
        expected: resolvesAt(readyAt),
        actual: got,
        mistake: readyAt === TOAST_MS ? T.oneAfterTheOther : T.waitedLonger,
      },
      expected,
    )
  }
  if (JSON.stringify(value) !== JSON.stringify(BREAKFAST)) {
    run.fail({
      message: `${fn} ${got}`,
      expected: T.resultInOrder(show(BREAKFAST)),
      actual: show(value),
      mistake: JSON.stringify(value) === JSON.stringify([COFFEE, TOAST]) ? T.wrongOrder : T.returnTheValues,
    })
  }
}

/** A number of seconds with two decimals, as main prints a time ("4.00" in "Time: 4.00s"). */
const TIME = /\d+\.\d\d(?!\d)/g
const DECIMAL_COMMA = /\d+,\d\d(?!\d)/

/**
 * main runs both breakfasts and prints the seconds each took: the first two numbers with
 * two decimals it prints are the two times (more lines, such as a gain, are free).
 */
export function judgePrintedTimes(run: Run, expected: string[], kitchen = ''): void {
  run.resolved('main')
  const lines = run.printed
  const printed = lines.flatMap((line) => line.match(TIME) ?? [])
  const times = printed.slice(0, 2)
  const quoted = lines.map((line) => JSON.stringify(line)).join(', ')
  // A time counts only as the time of a breakfast main ran: two toasts and two coffees.
  if (!['toast', 'coffee'].every((lane) => run.lane(lane).length >= 2)) {
    run.fail({
      message: T.withoutBothBreakfasts(kitchen, T.printedTimes(times), listSpans(run.spans)),
      expected: T.runsBothThenPrints(kitchen, expected),
      actual: T.madeAndPrinted(listSpans(run.spans), quoted),
      mistake: T.measureAroundBreakfasts,
    })
  }
  if (times[0] === expected[0] && times[1] === expected[1]) return
  const said = { expected: T.twoLinesHolding(kitchen, expected), actual: quoted || T.nothingPrinted }
  if (times.length < 2) {
    const comma = times.length === 0 && lines.some((line) => DECIMAL_COMMA.test(line))
    run.fail({ ...said, message: T.timesCount(times.length), ...(times.length === 0 ? { mistake: comma ? T.decimalComma : T.twoDecimals } : {}) })
  }
  run.fail({ ...said, message: T.printedInstead(kitchen, times, expected), mistake: timingMistake(times, expected, kitchen !== '') })
}

/** Why the two times printed are not the breakfasts' times. */
function timingMistake(times: string[], expected: string[], otherKitchen: boolean): string {
  if (times.includes('0.00')) return T.readBeforeReady
  if (Number(times[1]) === Number(expected[0]) + Number(expected[1])) return T.startNotReset
  if (times[0] === expected[0] && times[1] === expected[0]) return T.concurrentAsLong
  if (times.some((time) => Number(time) >= 1000)) return T.milliseconds
  if (otherKitchen && times[0] === '4.00' && times[1] === '2.00') return T.hardCoded
  return T.measureEach
}
