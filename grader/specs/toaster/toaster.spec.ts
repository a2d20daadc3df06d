// The toaster's checks: the two breakfasts judged by the kitchen's timeline, and main by
// what it prints, in the usual kitchen and in a slower one.
import { formatSpan as fmt } from '../../sandbox/trace.ts'
import { gradeExercise } from '../kit.ts'
import { CONCURRENT, breakfastSpans, judgePrintedTimes, judgeResult, listSpans, MAIN, SEQUENTIAL, startedBothThenAwaited } from './judge.ts'
import { COFFEE_MS, SLOW_KITCHEN, TOAST_MS } from './kitchen.shared.ts'
import type scenarios from './scenarios.jail.ts'
import { T } from './texts.ts'

gradeExercise<typeof scenarios>('toaster', ({ scenario, check }) => {
  const sequential = scenario('sequential')
  const concurrent = scenario('concurrent')
  const main = scenario('main')
  const mainSlowKitchen = scenario('main-slow-kitchen')

  check('sequential-order', async () => {
    const run = await sequential()
    run.resolved('breakfastSequential')
    const { toast, coffee } = breakfastSpans(run, 'breakfastSequential', SEQUENTIAL)
    const said = { expected: SEQUENTIAL.map(fmt).join(T.thenSeparator), actual: listSpans([toast, coffee]) }
    if (coffee.start < toast.start) {
      run.fail({ ...said, message: T.coffeeBeforeToast(coffee.start, toast.start), mistake: T.toastFirst }, SEQUENTIAL)
    }
    if (coffee.start < (toast.end ?? Infinity)) {
      const mistake = startedBothThenAwaited(run) ? T.pythonCoroutine : T.toastNotAwaited
      run.fail({ ...said, message: T.coffeeWhileToasting(coffee.start, toast.end), mistake }, SEQUENTIAL)
    }
    if (toast.start !== 0 || coffee.start !== toast.end) {
      run.fail({ ...said, message: T.startedAt(toast.start, coffee.start), mistake: T.waitedBetween }, SEQUENTIAL)
    }
  })

  check('sequential-result', async () => {
    judgeResult(await sequential(), 'breakfastSequential', TOAST_MS + COFFEE_MS, SEQUENTIAL)
  })

  check('concurrent-start', async () => {
    const run = await concurrent()
    run.resolved('breakfastConcurrent')
    const { toast, coffee } = breakfastSpans(run, 'breakfastConcurrent', CONCURRENT)
    if (toast.start === 0 && coffee.start === 0) return
    const [first, later] = coffee.start >= toast.start ? [toast, coffee] : [coffee, toast]
    // Started when the other ended: the other was awaited first.
    const awaitedFirst = later.start > 0 && (toast.end === later.start || coffee.end === later.start)
    run.fail(
      {
        message: T.notAtZero(later.lane, later.start),
        expected: T.bothAtZero,
        actual: listSpans([toast, coffee]),
        mistake: awaitedFirst ? T.awaitedFirst(first.lane, later.lane) : T.waitedBefore,
      },
      CONCURRENT,
    )
  })

  check('concurrent-result', async () => {
    judgeResult(await concurrent(), 'breakfastConcurrent', Math.max(TOAST_MS, COFFEE_MS), CONCURRENT)
  })

  check('main-runs-both', async () => {
    const run = await main()
    const { at } = run.resolved('main')
    const byTime = (spans: typeof MAIN) => JSON.stringify(spans.map(fmt).sort())
    if (byTime(run.spans) === byTime(MAIN) && at === 6000) return
    const unfinished = [...new Set(run.spans.filter((s) => s.end === undefined || s.end > at).map((s) => s.lane))]
    const made = listSpans(run.spans) || T.nothing
    run.fail(
      {
        message: unfinished.length > 0 ? T.stillBeingMade(at, unfinished) : T.mainMade(made),
        expected: T.mainResolvesAt(listSpans(MAIN), 6000),
        actual: T.mainResolvedAt(made, at),
        mistake: unfinished.length > 0 ? T.mainDoesNotAwait : T.mainRunsBoth,
      },
      MAIN,
    )
  })

  check('main-prints-times', async () => {
    judgePrintedTimes(await main(), ['4.00', '2.00'])
  })

  check('main-measures', async () => {
    const { toastMs, coffeeMs } = SLOW_KITCHEN
    const expected = [((toastMs + coffeeMs) / 1000).toFixed(2), (Math.max(toastMs, coffeeMs) / 1000).toFixed(2)]
    judgePrintedTimes(await mainSlowKitchen(), expected, T.slowKitchen(toastMs, coffeeMs))
  })
})
