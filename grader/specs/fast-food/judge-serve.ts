// How the checks judge serve from the restaurant's log: a client alone, the rules of each
// station in the rush of ten, the times of the statement's table, and a bigger restaurant.
import type { RestaurantConfig } from '#runtime'
import { show } from '../../sandbox/plain.ts'
import { peakOverlap, type Span } from '../../sandbox/trace.ts'
import { resolvedAt, resolvesAt } from '../feedback.ts'
import type { Failure, Run } from '../run.ts'
import { drawn, firstDelay, itemCounts, lastReady, orderSpans, readiness, servedOneAtATime, stationSpans, violationsIn, type Violation } from './kitchen-log.ts'
import { BIGGER, BURGER_MS, FRIES_MS, ITEMS, type Item, type Order, orderLabel, RUSH_AT_ONCE, SODA_MS, TODAY } from './restaurant.shared.ts'
import type { ExpectedRun } from './kitchen-model.shared.ts'
import { T } from './texts.ts'

/** The statement's table: how long each of the 10 clients ordering at t=0 waits, in order. */
const TABLE = [4000, 4000, 4000, 6000, 6000, 8000, 9000, 9000, 9000, 12000]
const CLIENTS = RUSH_AT_ONCE.clients
const ALONE_MS = Math.max(SODA_MS, BURGER_MS, FRIES_MS)
const READY_MS: Record<Item, number> = { soda: SODA_MS, burger: BURGER_MS, fries: FRIES_MS }
const ALONE: Span[] = [
  { lane: 'soda 1', label: 'c1', start: 0, end: SODA_MS },
  { lane: 'cook 1', label: 'c1', start: 0, end: BURGER_MS },
  { lane: 'fryer 1', label: 'batch', start: 0, end: FRIES_MS },
  { lane: 'c1', label: orderLabel(), start: 0, end: ALONE_MS },
]

/** A rush of ten clients, as the submission served it. */
export type Rush = Run<{ orders: Order[] }>

/** One client alone: one of each item, all three at once, served when the slowest is ready, with the time it took. */
export function judgeAlone(run: Run): void {
  const { value: took, at } = run.resolved('serve')
  const items = itemSpansOf(run, 'c1')
  const made = items.map(({ item, span }) => `${T.item(item)} ${span.start}-${span.end ?? '…'}`).join(', ') || T.nothingMade
  const atOnce = ITEMS.map((item) => `${T.item(item)} 0-${READY_MS[item]}`).join(', ')
  const said = { expected: T.madeAndServe(atOnce, resolvesAt(ALONE_MS, String(ALONE_MS))), actual: T.madeAndServe(made, resolvedAt(at, show(took))) }
  const fail: (failure: Omit<Failure, 'expected' | 'actual'>) => never = (failure) => drawn(run, ITEMS, true).fail({ ...said, ...failure }, ALONE)

  const counts = itemCounts(run.trace, 'c1')
  const wrong = ITEMS.filter((item) => counts[item] !== 1)
  if (wrong.length > 0) fail({ message: T.gotWrongCounts(counts, wrong), mistake: T.oneOfEach })
  const last = lastReady(readiness(run.trace).get('c1') ?? {})!
  if (at < last.at) fail({ message: T.beforeItemReady(at, last.item, last.at), mistake: T.missingAwait })
  if (at !== ALONE_MS) {
    if (violationsIn(run.trace).length > 0) ruleBroken(run, TODAY, T.notAlone(at, ALONE_MS))
    fail({ message: T.slowestItem(at, ALONE_MS), mistake: oneAfterAnother(items) ? T.oneAfterAnother : T.startedLate })
  }
  if (took !== ALONE_MS) fail({ message: T.resolvedWith(ALONE_MS, show(took)), mistake: took === ALONE_MS / 1000 ? T.inSeconds : T.resolveWithMs })
}

/**
 * A rule of one station in the rush of ten: never broken, and every client got the item
 * once (judged on the trace, so that a deadlock elsewhere does not hide a station done right).
 */
export function judgeStation(run: Rush, item: Item, reference: ExpectedRun): void {
  if (violationsIn(run.trace, [item]).length > 0) ruleBroken(run, TODAY, T.together(CLIENTS), reference, [item])
  const clients = Array.from({ length: CLIENTS }, (_, index) => `c${index + 1}`)
  const got = (client: string) => itemCounts(run.trace, client)[item]
  const missing = clients.filter((client) => got(client) !== 1)
  if (missing.length === 0) return
  run.resolved('serve')
  drawn(run, [item]).fail(
    {
      message: T.notExactlyOne(missing, item),
      expected: T.oneForEach(item, CLIENTS),
      actual: missing.map((client) => T.clientGot(client, got(client))).join(', '),
      mistake: T.orderIsOneOfEach,
    },
    stationSpans(reference.trace, item),
  )
}

/** The ten clients are served as in the statement's table, and serve says how long each order took. */
export function judgeRushTimes(run: Rush, alone: Run, reference: ExpectedRun): void {
  const { orders } = run.resolved('serve').value
  // Judged on what the world saw (each order's span); the durations serve reported must agree with it.
  if (
    sameList(
      orders.map((order) => order.took),
      TABLE,
    ) &&
    orders.every(reportsItsDuration)
  )
    return
  const notAsInTable = T.notAsInTable(CLIENTS, durations(orders))
  const fail: (message: string, mistake: string) => never = (message, mistake) =>
    drawn(run, [], true).fail({ message, expected: `${TABLE.join(', ')} ms`, actual: `${durations(orders)} ms`, mistake }, orderSpans(reference.trace))

  const [broken] = violationsIn(run.trace)
  if (broken) fail(T.becauseBroken(notAsInTable, broken.t, broken.what), T.fixRuleFirst(ruleMistake(run, broken, TODAY)))
  const idle = orders.find((order) => order.servedAt !== undefined && ITEMS.every((item) => itemCounts(run.trace, order.client)[item] === 0))
  if (idle) fail(T.madeNothingFor(idle.client, resolvedAt(idle.servedAt!, show(idle.took))), T.servedWhenReady)
  const misreported = orders.find((order) => order.servedAt !== undefined && !reportsItsDuration(order))
  if (misreported) fail(T.misreported(misreported.client, misreported.servedAt! - misreported.placedAt, show(misreported.took)), T.callToReady)
  const inTurn = servedOneAtATime(run.trace, orders)
  if (inTurn) fail(T.oneAtATime(notAsInTable, inTurn.order.client, inTurn.startedAt, inTurn.after.client), T.wholeOrderLock)
  const delay = firstDelay(orders, readiness(run.trace), readiness(reference.trace))
  if (!delay) fail(notAsInTable, T.inOrderOfArrival)
  const index = orders.findIndex((order) => order.client === delay.client)
  fail(
    T.servedLater(delay.client, show(orders[index]?.took), TABLE[index]!, delay.item, delay.at, delay.could),
    oneAfterAnother(itemSpansOf(alone, 'c1')) ? T.itemsInTurn : T.waitedLonger(delay.client, delay.item),
  )
}

/** On a bigger restaurant, serve uses every soda machine and cook it has, and still keeps the rules. */
export function judgeUsesConfig(run: Rush, today: Rush, reference: ExpectedRun): void {
  const where = T.onRestaurant(BIGGER)
  // A rule already broken on today's restaurant is graded by its own check; here, only
  // what breaks because the restaurant is bigger.
  const brokenToday = new Set(violationsIn(today.trace).map((violation) => violation.item))
  const onlyHere = ITEMS.filter((item) => !brokenToday.has(item))
  if (violationsIn(run.trace, onlyHere).length > 0) ruleBroken(run, BIGGER, where, reference, onlyHere)
  const { orders } = run.resolved('serve').value
  for (const [item, capacity] of [
    ['soda', BIGGER.sodaMachines],
    ['burger', BIGGER.cooks],
  ] as const) {
    const spans = stationSpans(run.trace, item)
    const peak = peakOverlap(spans).count
    if (peak >= capacity) continue
    const said = { expected: T.upTo(capacity, item), actual: T.atMost(peak) }
    const expected = stationSpans(reference.trace, item)
    if (spans.length === 0) drawn(run, [item]).fail({ ...said, message: T.madeNo(where, item, CLIENTS), mistake: T.oneOfEach }, expected)
    const mistake = servedOneAtATime(run.trace, orders) ? T.wholeOrderLock : servedAsInTable(today) ? T.fromConfig(capacity, item) : T.waitLongerToday
    drawn(run, [item]).fail({ ...said, message: T.neverMoreThan(where, item, peak, CLIENTS), mistake }, expected)
  }
}

/** Fails with the first rule broken, drawn on its station's timeline (extra numbered stations are the broken rule). */
function ruleBroken(run: Run, config: RestaurantConfig, prefix: string, reference?: ExpectedRun, items: readonly Item[] = ITEMS): never {
  const violations = violationsIn(run.trace, items)
  const first = violations[0]!
  return drawn(run, [first.item]).fail(
    {
      message: T.brokenAt(prefix, first.t, first.what),
      expected: T.limit(first.item, config),
      actual: T.rulesBroken(violations.length, first.t),
      mistake: ruleMistake(run, first, config),
    },
    reference && stationSpans(reference.trace, first.item),
  )
}

/**
 * The likely mistake behind a broken rule, from what the world saw of the call that broke
 * it and from how many orders used the station at once.
 */
function ruleMistake(run: Run, { rule, item, cause }: Violation, config: RestaurantConfig): string {
  const peak = peakOverlap(stationSpans(run.trace, item)).count
  // Every order at the station at once: none waited for another, so nothing limited them together.
  const noneWaited = peak >= orderSpans(run.trace).length
  switch (rule) {
    case 'soda-machines':
    case 'cooks': {
      const station = item === 'soda' ? 'soda' : 'burger'
      if (!noneWaited) return T.limitTooLarge(station, peak, station === 'soda' ? config.sodaMachines : config.cooks)
      return cause === 'after-await' ? T.limitPerOrder(station, peak) : T.noLock(station)
    }
    case 'one-batch-at-a-time':
      return cause === 'after-await' ? T.fryerLockNotShared(peak) : T.friesWithoutLock
    case 'batch-on-empty-tray':
      return cause === 'tray-read-before-fill' ? T.checkOutsideLock : T.batchOnPortions
    case 'portion-on-tray':
      return cause === 'tray-read-with-portions' ? T.takeOutsideLock : T.takeFromEmpty
  }
}

/** The spans of one client's items: its soda, its burger, and its fries from the batch it waited on to its take. */
function itemSpansOf(run: Run, client: string): { item: Item; span: Span }[] {
  const friesAt = readiness(run.trace).get(client)?.fries
  const own = (item: Item) => stationSpans(run.trace, item).filter((span) => span.label === client)
  const batch = stationSpans(run.trace, 'fries')
    .filter((span) => span.end !== undefined && friesAt !== undefined && span.end <= friesAt)
    .at(-1)
  return [
    ...own('soda').map((span) => ({ item: 'soda' as const, span })),
    ...own('burger').map((span) => ({ item: 'burger' as const, span })),
    ...(friesAt === undefined ? [] : [{ item: 'fries' as const, span: { lane: 'fries', label: 'fries', start: batch?.start ?? friesAt, end: friesAt } }]),
  ]
}

/** The three items of an order made one after another, each started once the one before was ready. */
function oneAfterAnother(items: { span: Span }[]): boolean {
  const sorted = items.map(({ span }) => span).sort((a, b) => a.start - b.start)
  return sorted.length === ITEMS.length && sorted.every((span, index) => index === 0 || span.start >= (sorted[index - 1]!.end ?? Infinity))
}

/** Today's rush took the statement's times, as the world saw them. */
function servedAsInTable(today: Rush): boolean {
  return sameList(
    orderSpans(today.trace).map((span) => (span.end ?? Infinity) - span.start),
    TABLE,
  )
}

/** serve resolved with the time the world saw the order take. */
const reportsItsDuration = (order: Order) => order.servedAt !== undefined && order.took === order.servedAt - order.placedAt
const durations = (orders: readonly Order[]) => orders.map((order) => show(order.took)).join(', ')
const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, index) => item === b[index])
