import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { eventsOf, formatSpan, spansOf, type Span } from '../../sandbox/trace.ts'
import { fail, resolvedValue, type Timeline } from '../feedback.ts'
import { gradeExercise } from '../kit.ts'
import { COFFEE, COFFEE_MS, SLOW_KITCHEN, TOAST, TOAST_MS } from './scenarios.ts'

const span = (lane: string, start: number, end: number): Span => ({ lane, label: lane, start, end })
const SEQUENTIAL: Span[] = [span('toast', 0, TOAST_MS), span('coffee', TOAST_MS, TOAST_MS + COFFEE_MS)]
const CONCURRENT: Span[] = [span('toast', 0, TOAST_MS), span('coffee', 0, COFFEE_MS)]
const fmt = formatSpan

function timeline(run: ScenarioRun, expected: Span[]): Timeline {
  return { actual: spansOf(run.trace), expected }
}

/** The single toast span and coffee span of a breakfast, or a failure saying what was off. */
function breakfastSpans(run: ScenarioRun, fn: string, expected: Span[]): { toast: Span; coffee: Span } {
  const spans = spansOf(run.trace)
  const [toast, coffee] = ['toast', 'coffee'].map((lane) => {
    const found = spans.filter((s) => s.lane === lane)
    const method = lane === 'toast' ? 'kitchen.toastBread()' : 'kitchen.brewCoffee()'
    if (found.length !== 1) {
      fail({
        message: `${fn} called ${method} ${found.length} times; a breakfast needs it exactly once`,
        expected: expected.map(fmt).join(', '),
        actual: spans.map(fmt).join(', ') || 'nothing was made',
        timeline: timeline(run, expected),
      })
    }
    return found[0]!
  }) as [Span, Span]
  return { toast, coffee }
}

/** A breakfast must resolve exactly when it is ready, with [toast, coffee]. */
function checkResult(run: ScenarioRun, fn: string, readyAt: number, expected: Span[]): void {
  const value = resolvedValue(run, fn)
  const at = run.outcome.kind === 'resolved' ? run.outcome.at : -1
  const got = `resolved at t=${at} with ${show(value)}`
  const holdsPromise = Array.isArray(value) && value.some((item) => show(item) === 'a Promise')
  if (at < readyAt || holdsPromise || run.timersLeft > 0) {
    fail({
      message: `${fn} ${got}, before breakfast was ready at t=${readyAt}`,
      expected: `resolves at t=${readyAt} with ${show([TOAST, COFFEE])}`,
      actual: got,
      mistake: 'a missing await: the function returned while the toast or the coffee was still being made',
      timeline: timeline(run, expected),
    })
  }
  if (at > readyAt) {
    fail({
      message: `${fn} ${got}, ${at - readyAt} ms after breakfast was ready at t=${readyAt}`,
      expected: `resolves at t=${readyAt}`,
      actual: got,
      mistake: readyAt === TOAST_MS ? 'the toast and the coffee were made one after the other, not at the same time' : 'something waited longer than the breakfast needs',
      timeline: timeline(run, expected),
    })
  }
  if (JSON.stringify(value) !== JSON.stringify([TOAST, COFFEE])) {
    fail({
      message: `${fn} ${got}`,
      expected: `${show([TOAST, COFFEE])}: the toast first, then the coffee, as the kitchen returned them`,
      actual: show(value),
      mistake: JSON.stringify(value) === JSON.stringify([COFFEE, TOAST]) ? 'the results are in the wrong order' : 'return the values the kitchen resolved with, in the order [toast, coffee]',
    })
  }
}

/** main must print two lines holding the elapsed seconds of each breakfast, in order. */
function checkPrintedTimes(run: ScenarioRun, expected: [string, string] | string[], kitchen = ''): void {
  resolvedValue(run, 'main')
  const lines = eventsOf(run.trace, 'print').map((event) => event.label)
  const times = lines.flatMap((line) => line.match(/\d+\.\d\d(?!\d)/)?.[0] ?? [])
  if (times.length === 2 && times[0] === expected[0] && times[1] === expected[1]) return
  const said = {
    expected: `${kitchen}two lines holding ${expected[0]} then ${expected[1]} (seconds, two decimals)`,
    actual: lines.length ? lines.map((line) => JSON.stringify(line)).join(', ') : 'nothing printed',
  }
  if (times.length !== 2) {
    fail({ ...said, message: `main printed ${times.length} elapsed times; expected 2`, ...(times.length ? {} : { mistake: 'print each time with two decimals, e.g. print(`Time: ${seconds.toFixed(2)}s`)' }) })
  }
  const sequentialTotal = Number(expected[0]) + Number(expected[1])
  fail({
    ...said,
    message: `${kitchen}main printed ${times.join(' then ')} instead of ${expected.join(' then ')}`,
    mistake: times.includes('0.00')
      ? 'the time was read before the breakfast was ready: await the breakfast, then read the clock'
      : Number(times[1]) === sequentialTotal
        ? 'the start time was not reset before the concurrent breakfast'
        : times[0] === expected[0] && times[1] === expected[0]
          ? 'the concurrent breakfast took as long as the sequential one: its two steps did not run at the same time'
          : times.some((time) => Number(time) >= 1000)
            ? 'the time is in milliseconds: divide by 1000 to print seconds'
            : kitchen && times[0] === '4.00' && times[1] === '2.00'
              ? 'the times are written into the code: measure them with performance.now() or Date.now()'
              : 'measure each breakfast from its own start with performance.now() or Date.now()',
  })
}

gradeExercise('toaster', ({ scenario, check }) => {
  const sequential = scenario('sequential')
  const concurrent = scenario('concurrent')
  const main = scenario('main')
  const mainSlowKitchen = scenario('main-slow-kitchen')

  check('sequential-order', async () => {
    const run = await sequential()
    resolvedValue(run, 'breakfastSequential')
    const { toast, coffee } = breakfastSpans(run, 'breakfastSequential', SEQUENTIAL)
    const said = { expected: SEQUENTIAL.map(fmt).join(', then '), actual: `${fmt(toast)}, ${fmt(coffee)}`, timeline: timeline(run, SEQUENTIAL) }
    if (coffee.start < toast.start) {
      fail({ ...said, message: `the coffee started at t=${coffee.start}, before the toast (t=${toast.start})`, mistake: 'the sequential breakfast toasts first, then brews' })
    }
    if (coffee.start < (toast.end ?? Infinity)) {
      fail({
        ...said,
        message: `the coffee started at t=${coffee.start}, while the toast was still toasting (until t=${toast.end})`,
        mistake: 'the toast was not awaited: in the sequential version, await the toast before starting the coffee',
      })
    }
    if (toast.start !== 0 || coffee.start !== toast.end) {
      fail({ ...said, message: `the toast started at t=${toast.start} and the coffee at t=${coffee.start}`, mistake: 'something waited before or between the two steps' })
    }
  })

  check('sequential-result', async () => {
    checkResult(await sequential(), 'breakfastSequential', TOAST_MS + COFFEE_MS, SEQUENTIAL)
  })

  check('concurrent-start', async () => {
    const run = await concurrent()
    resolvedValue(run, 'breakfastConcurrent')
    const { toast, coffee } = breakfastSpans(run, 'breakfastConcurrent', CONCURRENT)
    if (toast.start === 0 && coffee.start === 0) return
    const later = coffee.start >= toast.start ? { name: 'coffee', at: coffee.start, first: 'toast' } : { name: 'toast', at: toast.start, first: 'coffee' }
    fail({
      message: `the ${later.name} started at t=${later.at}, not at t=0`,
      expected: 'toast and coffee both start at t=0',
      actual: `${fmt(toast)}, ${fmt(coffee)}`,
      mistake: later.at > 0 && (toast.end === later.at || coffee.end === later.at)
        ? `you awaited the ${later.first} before starting the ${later.name}: start both first, then await both (Promise.all)`
        : 'something waited before the breakfast started',
      timeline: timeline(run, CONCURRENT),
    })
  })

  check('concurrent-result', async () => {
    checkResult(await concurrent(), 'breakfastConcurrent', Math.max(TOAST_MS, COFFEE_MS), CONCURRENT)
  })

  const MAIN: Span[] = [...SEQUENTIAL, ...CONCURRENT.map((s) => ({ ...s, start: s.start + 4000, end: s.end! + 4000 }))]

  check('main-runs-both', async () => {
    const run = await main()
    resolvedValue(run, 'main')
    const at = run.outcome.kind === 'resolved' ? run.outcome.at : 0
    const actual = spansOf(run.trace)
    const byTime = (spans: Span[]) => JSON.stringify(spans.map(fmt).sort())
    if (byTime(actual) === byTime(MAIN) && at === 6000) return
    const unfinished = [...new Set(actual.filter((s) => s.end === undefined || s.end > at).map((s) => s.lane))]
    fail({
      message: unfinished.length > 0
        ? `main resolved at t=${at} while the ${unfinished.join(' and the ')} ${unfinished.length > 1 ? 'were' : 'was'} still being made`
        : `main made ${actual.map(fmt).join(', ') || 'nothing'}`,
      expected: `${MAIN.map(fmt).join(', ')}; main resolves at t=6000`,
      actual: `${actual.map(fmt).join(', ') || 'nothing'}; main resolved at t=${at}`,
      mistake: unfinished.length > 0
        ? 'main does not await its breakfasts'
        : 'main must run breakfastSequential, then breakfastConcurrent, awaiting each (if their own checks fail, fix those first)',
      timeline: { actual, expected: MAIN },
    })
  })

  check('main-prints-times', async () => {
    checkPrintedTimes(await main(), ['4.00', '2.00'])
  })

  check('main-measures', async () => {
    const { toastMs, coffeeMs } = SLOW_KITCHEN
    const expected = [((toastMs + coffeeMs) / 1000).toFixed(2), (Math.max(toastMs, coffeeMs) / 1000).toFixed(2)]
    checkPrintedTimes(await mainSlowKitchen(), expected, `with a ${toastMs / 1000} s toast and a ${coffeeMs / 1000} s coffee, `)
  })
})
