// How the checks judge perfTest, run with the kit's counter: when it placed its orders (all of
// them, whenever: the trace holds those placed after it resolved), and what it counted.
import { show } from '../../sandbox/plain.ts'
import { resolvedAt } from '../feedback.ts'
import type { Run } from '../run.ts'
import { drawn, orderSpans, ordersIn } from './kitchen-log.ts'
import type { Load, Order } from './restaurant.shared.ts'
import type { ExpectedRun } from './kitchen-model.shared.ts'
import { T } from './texts.ts'

/** A perfTest run: what it resolved with, and the orders as it left them when it did. */
export type Perf = Run<{ result: unknown; orders: Order[] }>

const callOf = (load: Load) => `perfTest(serve, ${show(load)})`
/** The first client orders at t=0, then one every periodMs. */
const arrivals = (load: Load) => Array.from({ length: load.clients }, (_, index) => index * load.periodMs)
const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, index) => item === b[index])

/** One order per client, the first at t=0, then one every periodMs, none waiting for another. */
export function judgeArrivals(run: Perf, load: Load, reference: ExpectedRun): void {
  run.resolved('perfTest')
  const orders = ordersIn(run.trace)
  const placed = orders.map((order) => order.placedAt)
  const expected = arrivals(load)
  if (sameList(placed, expected)) return
  const said = { expected: T.placedAt(expected), actual: placed.length ? T.placedAt(placed) : T.noOrderPlaced }
  const fail: (message: string, mistake: string) => never = (message, mistake) =>
    drawn(run, [], true).fail({ ...said, message, mistake }, orderSpans(reference.trace))
  const call = callOf(load)
  if (placed.length !== load.clients) fail(T.placedFor(call, placed.length, load.clients), T.onePerClient)
  const index = placed.findIndex((at, n) => at !== expected[n])
  const [at, previous] = [placed[index]!, orders[index - 1]]
  const waitedFor = previous?.servedAt !== undefined && at >= previous.servedAt ? previous.servedAt : undefined
  const mistake =
    waitedFor !== undefined
      ? T.awaitedEachOrder
      : index === 0 && placed.every((time, n) => time === (n + 1) * load.periodMs)
        ? T.firstOrderLate(at)
        : at < expected[index]!
          ? T.tooEarly
          : T.arrivals
  fail(T.placedOrderAt(call, index, orders[index]!.client, at, expected[index]!, waitedFor), mistake)
}

/** Once every order is served, perfTest resolves with how many took strictly less than timeoutMs, of how many. */
export function judgeCounts(run: Perf, load: Load, reference: ExpectedRun): void {
  const { value, at } = run.resolved('perfTest')
  const { result, orders } = value
  const call = callOf(load)
  const got = resolvedAt(at, show(result))
  const placed = ordersIn(run.trace)
  const fail: (message: string, expected: string, actual: string, mistake: string) => never = (message, expected, actual, mistake) =>
    drawn(run, [], true).fail({ message, expected, actual, mistake }, orderSpans(reference.trace))

  const late = placed.slice(orders.length)
  if (late.length > 0) {
    fail(
      T.placedAfterResolving(
        call,
        at,
        show(result),
        late.length,
        load.clients,
        late.map((order) => order.placedAt),
      ),
      T.oncePlacedAndServed,
      T.resolvedAndPlaced(got, T.placedAt(placed.map((order) => order.placedAt))),
      T.awaitedEmptyArray,
    )
  }
  const unserved = orders.filter((order) => order.servedAt === undefined).length
  if (unserved > 0) {
    // Resolved as the last order left: nothing was awaited after placing them.
    const awaitedNone = at === Math.max(...orders.map((order) => order.placedAt))
    const onTime = sameList(
      placed.map((order) => order.placedAt),
      arrivals(load),
    )
    if (awaitedNone) fail(T.resolvedRightAfterLast(call, orders.length, onTime, at, unserved), T.oncePlacedAndServed, got, T.ordersNotAwaited)
    fail(T.stillBeingServed(call, at, unserved), T.oncePlacedAndServed, got, T.awaitAllFirst)
  }
  if (orders.length !== load.clients) {
    // Nothing to count without the orders: what it resolved with was not counted.
    const referenceTook = reference.orders.map((order) => order.took as number)
    const referenceWant = { satisfied: referenceTook.filter((ms) => ms < load.timeoutMs).length, total: load.clients }
    fail(
      T.nothingToCount(call, orders.length, load.clients, show(result)),
      T.referenceCount(load.clients, referenceTook, show(referenceWant)),
      T.placedAndResolved(orders.length, got),
      T.countWhatHappened,
    )
  }
  const took = orders.map((order) => order.took as number)
  const want = { satisfied: took.filter((ms) => ms < load.timeoutMs).length, total: load.clients }
  const counted = (typeof result === 'object' && result !== null ? result : {}) as { satisfied?: unknown; total?: unknown }
  if (counted.satisfied === want.satisfied && counted.total === want.total) return
  fail(T.countedWrong(call, show(result), took, want.satisfied, want.total, load.timeoutMs), show(want), show(result), countMistake(counted, want, took, load))
}

function countMistake(got: { satisfied?: unknown; total?: unknown }, want: { satisfied: number; total: number }, took: number[], load: Load): string {
  if (typeof got.satisfied !== 'number' || typeof got.total !== 'number') return T.resolveWithCounts
  if (got.total !== want.total) return T.totalIsClients(load.clients)
  if (got.satisfied === took.filter((ms) => ms <= load.timeoutMs).length) return T.strictlyLess(load.timeoutMs)
  return T.countDurations
}
