import type { RestaurantConfig } from '#runtime'
import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { peakOverlap, type Span } from '../../sandbox/trace.ts'
import { fail, resolvedValue } from '../feedback.ts'
import { gradeExercise } from '../kit.ts'
import { allSpans, firstDelay, itemCounts, lastReady, orderSpans, readiness, stationSpans, violationsIn, type Violation } from './kitchen-log.ts'
import type { Order } from './orders.ts'
import { BIGGER, PERF_LOADS, perfScenario, RUSH_CLIENTS, type Load, type ReferenceRun } from './scenarios.ts'
import { CHEAPEST, costOf, describeConfig, RUSH, sameConfig } from './upgrade.ts'
import { BURGER_MS, FRIES_MS, ITEMS, listOf, plural, SODA_MS, TODAY, type Item } from './world.ts'

/** The seed's table: how long each of 10 clients ordering at t=0 waits, in order. */
const TABLE = [4000, 4000, 4000, 6000, 6000, 8000, 9000, 9000, 9000, 12000]
const ALONE_MS = Math.max(SODA_MS, BURGER_MS, FRIES_MS)

interface RushValue {
  orders: Order[]
  reference: ReferenceRun
}

interface PerfValue extends RushValue {
  result: unknown
  resolvedAt: number
}

interface UpgradeValue {
  config: unknown
  problem?: string
  orders?: Order[]
}

const STATION: Record<Item, { limit: (config: RestaurantConfig) => string; slow: string }> = {
  soda: {
    limit: (config) => `at most ${config.sodaMachines} cup${config.sodaMachines === 1 ? '' : 's'} filling at a time (${plural(config.sodaMachines, 'soda machine')})`,
    slow: 'hold a soda machine only while its cup fills',
  },
  burger: {
    limit: (config) => `at most ${config.cooks} burgers cooking at a time (${plural(config.cooks, 'cook')})`,
    slow: 'hold a cook only while the burger cooks',
  },
  fries: {
    limit: () => 'one batch at a time, started only on an empty tray, and portions taken only from the tray',
    slow: 'a cooked batch feeds the next orders at once: hold the fryer lock only to check the tray, cook when it is empty and take a portion',
  },
}

/** The likely misconception behind each broken rule. */
const MISTAKES: Record<Violation['rule'], string> = {
  'soda-machines': 'the soda machine is shared without a lock: several orders filled cups at the same time. Make each order wait for a free machine (a Lock, or a Semaphore of restaurant.config.sodaMachines permits) around fillSoda',
  cooks: 'nothing limits the kitchen to its cooks: every order started its burger at once. Let at most restaurant.config.cooks burgers cook at a time (a Semaphore) and make the others wait',
  'one-batch-at-a-time': 'the fries counter is read and updated without a lock: several orders saw an empty tray while a batch was already cooking, and each started one. Check the tray, cook when it is empty and take a portion all under one lock, so the next order sees the portions the batch left',
  'batch-on-empty-tray': 'a batch was started while portions were left: cook only when the tray is empty. A batch puts restaurant.config.fryerPortions portions on it, and restaurant.friesOnTray says how many are left',
  'portion-on-tray': 'fries were taken from an empty tray: the order must wait for a batch to be cooked (await it) before taking its portion, and check the tray under the fryer lock',
}

/** Fails with the first rule broken, drawn on its station's timeline (extra numbered stations are the broken rule). */
function ruleBroken(run: ScenarioRun, config: RestaurantConfig, prefix: string, items: readonly Item[] = ITEMS): never {
  const violations = violationsIn(run.trace, items)
  const [first] = violations as [Violation]
  fail({
    message: `${prefix}at t=${first.t}, ${first.what}`,
    expected: STATION[first.item].limit(config),
    actual: `${plural(violations.length, 'rule')} broken, the first at t=${first.t}`,
    mistake: MISTAKES[first.rule],
    timeline: stationTimeline(run, first.item),
  })
}

/** The expected side of a timeline, when the scenario resolved and ran the reference. */
function referenceTrace(run: ScenarioRun): ReferenceRun['trace'] | undefined {
  return run.outcome.kind === 'resolved' ? (run.outcome.value as RushValue).reference?.trace : undefined
}

const stationTimeline = (run: ScenarioRun, item: Item) => {
  const expected = referenceTrace(run)
  return { actual: stationSpans(run.trace, item), ...(expected ? { expected: stationSpans(expected, item) } : {}) }
}

const durations = (orders: readonly Order[]) => orders.map((order) => show(order.took)).join(', ')
const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, index) => item === b[index])

/** The spans of one client's items: its soda, its burger, and its fries from the batch it waited on to its take. */
function itemSpansOf(run: ScenarioRun, client: string): { item: Item; span: Span }[] {
  const ready = readiness(run.trace).get(client) ?? {}
  const own = (item: Item) => stationSpans(run.trace, item).filter((span) => span.label === client)
  const friesAt = ready.fries
  const batch = stationSpans(run.trace, 'fries').filter((span) => span.end !== undefined && friesAt !== undefined && span.end <= friesAt).at(-1)
  const fries = friesAt === undefined ? [] : [{ lane: 'fries', label: 'fries', start: batch?.start ?? friesAt, end: friesAt }]
  return [
    ...own('soda').map((span) => ({ item: 'soda' as const, span })),
    ...own('burger').map((span) => ({ item: 'burger' as const, span })),
    ...fries.map((span) => ({ item: 'fries' as const, span })),
  ]
}

const spanText = ({ item, span }: { item: Item; span: Span }) => `${item} ${span.start}-${span.end ?? '…'}`

gradeExercise('fast-food', ({ scenario, check }) => {
  const alone = scenario('alone')
  const rush = scenario('rush')
  const bigger = scenario('rush-bigger')
  const perf = PERF_LOADS.map((load) => ({ load, run: scenario(perfScenario(load)) }))
  const upgrade = scenario('upgrade')

  check('alone-at-once', async () => {
    const run = await alone()
    const took = resolvedValue(run, 'serve')
    const at = run.outcome.kind === 'resolved' ? run.outcome.at : 0
    const expectedSpans: Span[] = [
      { lane: 'soda 1', label: 'c1', start: 0, end: SODA_MS },
      { lane: 'cook 1', label: 'c1', start: 0, end: BURGER_MS },
      { lane: 'fryer 1', label: 'batch', start: 0, end: FRIES_MS },
      { lane: 'c1', label: 'order', start: 0, end: ALONE_MS },
    ]
    const items = itemSpansOf(run, 'c1')
    const timeline = { actual: allSpans(run.trace), expected: expectedSpans }
    const said = { expected: `soda 0-${SODA_MS}, burger 0-${BURGER_MS}, fries 0-${FRIES_MS}; serve resolves at t=${ALONE_MS} with ${ALONE_MS}`, actual: `${items.map(spanText).join(', ') || 'nothing was made'}; serve resolved at t=${at} with ${show(took)}`, timeline }

    const counts = itemCounts(run.trace, 'c1')
    const wrong = ITEMS.filter((item) => counts[item] !== 1)
    if (wrong.length > 0) {
      fail({
        ...said,
        message: `serve('c1') got ${wrong.map((item) => `${counts[item]} ${item}`).join(' and ')}; an order is one soda, one burger and one portion of fries`,
        mistake: 'call fillSoda, cookBurger and takeFries once per order (cooking a batch first when the tray is empty)',
      })
    }
    const last = lastReady(readiness(run.trace).get('c1') ?? {})!
    if (at < last.at) {
      fail({
        ...said,
        message: `serve('c1') resolved at t=${at}, before its ${last.item} was ready at t=${last.at}`,
        mistake: 'a missing await: serve must resolve once all three items are ready',
      })
    }
    if (at !== ALONE_MS) {
      if (violationsIn(run.trace).length > 0) ruleBroken(run, TODAY, `serve('c1') resolved at t=${at}, not ${ALONE_MS}: `)
      const sorted = items.map(({ span }) => span).sort((a, b) => a.start - b.start)
      const oneAfterAnother = sorted.every((span, index) => index === 0 || span.start >= (sorted[index - 1]!.end ?? Infinity))
      fail({
        ...said,
        message: `serve('c1') resolved at t=${at}: a client alone is served in ${ALONE_MS} ms, when its slowest item (the fries) is ready`,
        mistake: oneAfterAnother
          ? 'the three items were prepared one after another: each was awaited before the next was ordered. Order all three at once, then await them together (Promise.all), like asyncio.wait in the seed'
          : 'an item was started late: a client alone finds every station free, so all three items start at t=0',
      })
    }
    if (took !== ALONE_MS) {
      fail({
        ...said,
        message: `serve('c1') resolved at t=${ALONE_MS} with ${show(took)}, not ${ALONE_MS}`,
        mistake: took === ALONE_MS / 1000
          ? 'the time is in seconds: resolve with milliseconds'
          : 'resolve with the milliseconds the order took: performance.now() at the end minus performance.now() when serve was called',
      })
    }
  })

  /** A rule of one station in the rush of 10: never broken, and every client got the item
   *  once (judged on the trace, so a deadlock elsewhere does not hide a station done right). */
  const ruleCheck = (item: Item) => async () => {
    const run = await rush()
    if (violationsIn(run.trace, [item]).length > 0) ruleBroken(run, TODAY, `with ${RUSH_CLIENTS} clients ordering together, `, [item])
    const clients = Array.from({ length: RUSH_CLIENTS }, (_, index) => `c${index + 1}`)
    const missing = clients.filter((client) => itemCounts(run.trace, client)[item] !== 1)
    if (missing.length === 0) return
    resolvedValue(run, 'serve')
    fail({
      message: `${listOf(missing)} did not get exactly one ${item}`,
      expected: `one ${item} for each of the ${RUSH_CLIENTS} clients`,
      actual: missing.map((client) => `${client}: ${itemCounts(run.trace, client)[item]}`).join(', '),
      mistake: 'every order is one soda, one burger and one portion of fries',
      timeline: stationTimeline(run, item),
    })
  }
  check('soda-machines', ruleCheck('soda'))
  check('cooks', ruleCheck('burger'))
  check('fries-batches', ruleCheck('fries'))

  check('rush-times', async () => {
    const run = await rush()
    const { orders, reference } = resolvedValue(run, 'serve') as RushValue
    const took = orders.map((order) => order.took)
    if (sameList(took, TABLE)) return
    const said = {
      expected: `${TABLE.join(', ')} ms`,
      actual: `${durations(orders)} ms`,
      timeline: { actual: orderSpans(run.trace), expected: orderSpans(reference.trace) },
    }
    const broken = violationsIn(run.trace)
    if (broken.length > 0) {
      const first = broken[0]!
      fail({
        ...said,
        message: `the ${RUSH_CLIENTS} clients were served in ${durations(orders)} ms, not as in the seed's table, because a rule was broken: at t=${first.t}, ${first.what}`,
        mistake: `fix the broken rule first (see its check): ${MISTAKES[first.rule]}`,
      })
    }
    const misreported = orders.find((order) => order.servedAt !== undefined && order.took !== order.servedAt - order.placedAt)
    if (misreported) {
      fail({
        ...said,
        message: `serve('${misreported.client}') resolved ${misreported.servedAt! - misreported.placedAt} ms after it was called, but with ${show(misreported.took)}`,
        mistake: 'resolve with the milliseconds from the call of serve to the moment all three items are ready',
      })
    }
    const delay = firstDelay(orders, readiness(run.trace), readiness(reference.trace))
    const aloneRun = await alone()
    const sequential = aloneRun.outcome.kind === 'resolved' && aloneRun.outcome.at > ALONE_MS
    const index = delay ? orders.findIndex((order) => order.client === delay.client) : -1
    fail({
      ...said,
      message: delay
        ? `${delay.client} was served in ${show(orders[index]?.took)} ms instead of ${TABLE[index]}: its ${delay.item} was ready ${delay.at === Infinity ? 'never' : `at t=${delay.at}`}, and the rules let it be ready at t=${delay.could}`
        : `the ${RUSH_CLIENTS} clients were served in ${durations(orders)} ms, not as in the seed's table`,
      mistake: sequential
        ? 'the three items of an order are prepared one after another (see the check of one client alone): order them all at once'
        : delay
          ? `${delay.client}'s ${delay.item} waited longer than the rules require: ${STATION[delay.item].slow}`
          : 'serve the clients in the order they came, respecting each limit and no more',
    })
  })

  check('uses-config', async () => {
    const run = await bigger()
    const where = `on a restaurant with ${describeConfig(BIGGER)}, `
    // A rule already broken on today's restaurant is graded by its own check; here, only
    // what breaks because the restaurant is bigger.
    const today = await rush()
    const brokenToday = new Set(violationsIn(today.trace).map((violation) => violation.item))
    const onlyHere = ITEMS.filter((item) => !brokenToday.has(item))
    if (violationsIn(run.trace, onlyHere).length > 0) ruleBroken(run, BIGGER, where, onlyHere)
    resolvedValue(run, 'serve')
    const fastEnoughToday = today.outcome.kind === 'resolved' && sameList((today.outcome.value as RushValue).orders.map((order) => order.took), TABLE)
    for (const [item, capacity, one] of [['soda', BIGGER.sodaMachines, 'cup'], ['burger', BIGGER.cooks, 'burger']] as const) {
      const peak = peakOverlap(stationSpans(run.trace, item)).count
      if (peak >= capacity) continue
      fail({
        message: `${where}serve never had more than ${plural(peak, one)} ${item === 'soda' ? 'filling' : 'cooking'} at once, although ${RUSH_CLIENTS} clients ordered at t=0`,
        expected: `up to ${plural(capacity, one)} at once`,
        actual: `at most ${peak}`,
        mistake: fastEnoughToday
          ? `the limits must come from restaurant.config, not from the seed's numbers: this restaurant has ${item === 'soda' ? plural(capacity, 'soda machine') : plural(capacity, 'cook')}`
          : 'orders wait for each other longer than the stations require, on today\'s restaurant too (see the check of the 10 clients): hold each lock or permit only around its own item',
        timeline: stationTimeline(run, item),
      })
    }
  })

  check('perf-arrivals', async () => {
    for (const { load, run: perfRun } of perf) {
      const run = await perfRun()
      const { orders, reference } = resolvedValue(run, 'perfTest') as PerfValue
      const placed = orders.map((order) => order.placedAt)
      // The seed's first client orders at t=0; one who waits a period first reads "every periodMs" too.
      const firstAt = placed[0] === load.periodMs ? load.periodMs : 0
      const expected = Array.from({ length: load.clients }, (_, index) => firstAt + index * load.periodMs)
      if (sameList(placed, expected)) continue
      const said = {
        expected: `orders placed at t=${expected.join(', ')}`,
        actual: placed.length ? `orders placed at t=${placed.join(', ')}` : 'no order placed',
        timeline: { actual: orderSpans(run.trace), expected: orderSpans(reference.trace) },
      }
      const call = `perfTest(serve, ${show(load)})`
      if (placed.length !== load.clients) {
        fail({ ...said, message: `${call} placed ${plural(placed.length, 'order')} for ${load.clients} clients`, mistake: 'place exactly one order per client' })
      }
      const index = placed.findIndex((at, n) => at !== expected[n])
      const previous = orders[index - 1]
      const waited = previous?.servedAt !== undefined && placed[index]! >= previous.servedAt
      fail({
        ...said,
        message: `${call} placed order ${index + 1} (${orders[index]!.client}) at t=${placed[index]}, not at t=${expected[index]}${waited ? `: it waited until order ${index} was served at t=${previous!.servedAt}` : ''}`,
        mistake: waited
          ? 'each order was awaited before the next client arrived, but clients do not wait for each other: start each order without awaiting it, wait periodMs, and await all the orders at the end (like ensure_future, then asyncio.wait, in the seed)'
          : placed[index]! < expected[index]!
            ? 'the orders arrived too early: wait periodMs between two arrivals (await sleep(periodMs))'
            : 'the first client arrives at t=0, then one more every periodMs',
      })
    }
  })

  check('perf-counts', async () => {
    for (const { load, run: perfRun } of perf) {
      const run = await perfRun()
      const { result, orders, resolvedAt: at } = resolvedValue(run, 'perfTest') as PerfValue
      const call = `perfTest(serve, ${show(load)})`
      const unserved = orders.filter((order) => order.servedAt === undefined)
      if (unserved.length > 0) {
        fail({
          message: `${call} resolved at t=${at} while ${plural(unserved.length, 'order')} ${unserved.length === 1 ? 'was' : 'were'} still being served`,
          expected: 'resolves once every order is served',
          actual: `resolved at t=${at} with ${show(result)}`,
          mistake: 'count only once every order has been served: await all of them (Promise.all) before counting',
        })
      }
      const took = orders.map((order) => order.took as number)
      const under = (limit: number) => took.filter((ms) => ms < limit).length
      const want = { satisfied: under(load.timeoutMs), total: load.clients }
      const got = (typeof result === 'object' && result !== null ? result : {}) as { satisfied?: unknown; total?: unknown }
      if (got.satisfied === want.satisfied && got.total === want.total) continue
      fail({
        message: `${call} resolved with ${show(result)}: the orders took ${took.join(', ')} ms, so ${want.satisfied} of ${want.total} were served in under ${load.timeoutMs} ms`,
        expected: show(want),
        actual: show(result),
        mistake: countMistake(got, want, took, load),
      })
    }
  })

  /** The submitted upgrade and how the reference serve holds the rush with it. */
  const judgeUpgrade = async () => {
    const run = await upgrade()
    const { config, problem, orders = [] } = resolvedValue(run, 'upgrade') as UpgradeValue
    if (problem) {
      fail({ message: problem, mistake: 'upgrade is a configuration like restaurant.config: { sodaMachines, cooks, fryerPortions }, whole numbers' })
    }
    const upgraded = config as RestaurantConfig
    if (sameConfig(upgraded, TODAY)) {
      fail({
        message: `not implemented yet: upgrade is still the stub's placeholder, today's restaurant (${describeConfig(TODAY)})`,
        expected: `the cheapest configuration that serves ${RUSH.clients} clients arriving every ${RUSH.periodMs} ms, each in under ${RUSH.timeoutMs} ms`,
      })
    }
    const late = orders.filter((order) => !(typeof order.took === 'number' && order.took < RUSH.timeoutMs))
    const cost = costOf(upgraded)
    return { run, upgraded, late, cost, inTime: `${RUSH.clients - late.length}/${RUSH.clients}`, what: `${describeConfig(upgraded)} (cost ${cost})` }
  }

  check('upgrade-in-time', async () => {
    const { run, late, inTime, what } = await judgeUpgrade()
    if (late.length === 0) return
    const ready = readiness(run.trace)
    const lastOf = (order: Order) => lastReady(ready.get(order.client) ?? {})
    const first = late[0]!
    const firstLast = lastOf(first)
    const behind = ITEMS.map((item) => ({ item, count: late.filter((order) => lastOf(order)?.item === item).length })).sort((a, b) => b.count - a.count)[0]!.item
    fail({
      message: `with ${what}, ${inTime} clients of the rush are served in under ${RUSH.timeoutMs} ms: ${first.client}, arrived at t=${first.placedAt}, was served in ${show(first.took)} ms${firstLast ? `, its ${firstLast.item} ready last at t=${firstLast.at}` : ''}`,
      expected: `${RUSH.clients}/${RUSH.clients} clients served in under ${RUSH.timeoutMs} ms`,
      actual: `${inTime}`,
      mistake: `it does not serve everyone in time: ${{ soda: 'the soda machines', burger: 'the cooks', fries: 'the fryer' }[behind]} cannot keep up with a client every ${RUSH.periodMs} ms. Compare what each station makes per second with what the rush needs`,
    })
  })

  check('upgrade-cheapest', async () => {
    const { late, inTime, what, cost } = await judgeUpgrade()
    if (late.length > 0) {
      fail({
        message: `your upgrade, ${what}, does not serve everyone in time (${inTime}), so it is not the answer`,
        expected: `${RUSH.clients}/${RUSH.clients} served in under ${RUSH.timeoutMs} ms, at the lowest cost`,
        actual: `${inTime} served in time`,
        mistake: 'first make it serve every client in time (see the check above), then look for the lowest cost',
      })
    }
    if (cost <= CHEAPEST.cost) return
    fail({
      message: `your upgrade costs ${cost} and serves ${inTime} in time; a cheaper configuration exists`,
      expected: `${RUSH.clients}/${RUSH.clients} served in under ${RUSH.timeoutMs} ms, at the lowest cost`,
      actual: what,
      mistake: 'something you bought is not needed: take one unit away at a time and check that everyone is still served in time',
    })
  })
})

function countMistake(got: { satisfied?: unknown; total?: unknown }, want: { satisfied: number; total: number }, took: number[], load: Load): string {
  if (typeof got.satisfied !== 'number' || typeof got.total !== 'number') return 'resolve with an object { satisfied, total } holding two numbers'
  if (got.total !== want.total) return `total is the number of clients of the test (${load.clients})`
  if (got.satisfied === took.filter((ms) => ms <= load.timeoutMs).length) {
    return `an order that took exactly ${load.timeoutMs} ms was not served in under ${load.timeoutMs} ms: count the orders that took strictly less than timeoutMs`
  }
  return 'count the orders whose duration (what serve resolved with) is strictly less than timeoutMs'
}
