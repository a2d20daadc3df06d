// Reads what the restaurant recorded (see restaurant.jail.ts): who got which item when, the
// stations' spans, the orders, and the rules broken.
import { spansOf, type Span, type TraceEvent } from '../../sandbox/trace.ts'
import { Run } from '../run.ts'
import { CAUSES, type Cause, ITEMS, type Item, lanes, type Order, orderLabel, RULES, type Rule } from './restaurant.shared.ts'

export interface Violation {
  t: number
  rule: Rule
  item: Item
  /** What the world saw of the call that broke it, when it saw something. */
  cause?: Cause
  /** What happened, e.g. "clients c1 and c2 filled 2 cups at once on 1 soda machine" (the world's wording, in the grading's language). */
  what: string
}

const LANES = (Object.keys(RULES) as Rule[]).flatMap((rule) =>
  [undefined, ...CAUSES].map((cause) => ({ lane: lanes.violation(rule, cause), rule, ...(cause ? { cause } : {}) })),
)

/** The rules broken about `items`, in the order they were broken. */
export function violationsIn(trace: readonly TraceEvent[], items: readonly Item[] = ITEMS): Violation[] {
  return trace.flatMap((event) => {
    const found = event.kind === 'event' ? LANES.find((candidate) => candidate.lane === event.lane) : undefined
    if (!found || !items.includes(RULES[found.rule])) return []
    return [{ t: event.t, rule: found.rule, item: RULES[found.rule], what: event.label, ...(found.cause ? { cause: found.cause } : {}) }]
  })
}

const isStationOf = (item: Item) => (span: Pick<Span, 'lane'>) => span.lane.startsWith(`${lanes.station[item]} `)
const isOrder = (span: Pick<Span, 'label'>) => span.label === orderLabel()

/**
 * The run as a failure draws it: the spans of these stations, then of the orders when asked,
 * rather than every lane of the restaurant.
 */
export function drawn(run: Run, items: readonly Item[], orders = false): Run {
  const spans = run.trace.filter((event) => event.span !== undefined)
  const trace = [...items.flatMap((item) => spans.filter(isStationOf(item))), ...(orders ? spans.filter(isOrder) : [])]
  return new Run({ ...run, trace })
}

/** The spans of the stations that make `item` ("soda 1", "soda 2"...). */
export function stationSpans(trace: readonly TraceEvent[], item: Item): Span[] {
  return spansOf(trace).filter(isStationOf(item))
}

/** The spans of the orders, one lane per client, in the order they were placed. */
export function orderSpans(trace: readonly TraceEvent[]): Span[] {
  return spansOf(trace).filter(isOrder)
}

/** The orders as the world saw them, placed and served, whatever serve resolved with. */
export function ordersIn(trace: readonly TraceEvent[]): Order[] {
  return orderSpans(trace).map((span) => ({ client: span.lane, placedAt: span.start, ...(span.end === undefined ? {} : { servedAt: span.end }) }))
}

export type Readiness = Partial<Record<Item, number>>

/** When each client's items were ready: the end of its soda and burger, the moment it took its fries. */
export function readiness(trace: readonly TraceEvent[]): Map<string, Readiness> {
  const ready = new Map<string, Readiness>()
  const note = (client: string, item: Item, t: number | undefined) => {
    if (t !== undefined) ready.set(client, { ...ready.get(client), [item]: t })
  }
  for (const item of ['soda', 'burger'] as const) {
    for (const span of stationSpans(trace, item)) note(span.label, item, span.end)
  }
  for (const event of trace) if (event.kind === 'event' && event.lane === lanes.tray) note(event.label, 'fries', event.t)
  return ready
}

/** How many of each item every client got: spans for the soda and burger, takes for the fries. */
export function itemCounts(trace: readonly TraceEvent[], client: string): Record<Item, number> {
  const spans = spansOf(trace)
  const count = (item: 'soda' | 'burger') => spans.filter((span) => isStationOf(item)(span) && span.label === client).length
  const takes = trace.filter((event) => event.kind === 'event' && event.lane === lanes.tray && event.label === client).length
  return { soda: count('soda'), burger: count('burger'), fries: takes }
}

/** The item that was ready last for `client`, and when. */
export function lastReady(ready: Readiness): { item: Item; at: number } | undefined {
  return ITEMS.flatMap((item) => (ready[item] === undefined ? [] : [{ item, at: ready[item]! }])).sort((a, b) => b.at - a.at)[0]
}

export interface Delay {
  client: string
  item: Item
  at: number
  /** When the reference had it ready. */
  could: number
}

/** The first item, client by client, ready later than the reference had it ready. */
export function firstDelay(orders: readonly Order[], actual: Map<string, Readiness>, reference: Map<string, Readiness>): Delay | undefined {
  for (const { client } of orders) {
    for (const item of ITEMS) {
      const at = actual.get(client)?.[item]
      const could = reference.get(client)?.[item]
      if (could !== undefined && (at === undefined || at > could)) return { client, item, at: at ?? Infinity, could }
    }
  }
  return undefined
}

/**
 * When the orders were prepared one at a time, each only once the one before was served
 * (one lock around the whole order): the second order prepared, and the one it waited for.
 */
export function servedOneAtATime(trace: readonly TraceEvent[], orders: readonly Order[]): { order: Order; after: Order; startedAt: number } | undefined {
  const spans = [...stationSpans(trace, 'soda'), ...stationSpans(trace, 'burger')]
  const prepared = orders
    .map((order) => ({ order, startedAt: Math.min(...spans.filter((span) => span.label === order.client).map((span) => span.start)) }))
    .sort((a, b) => a.startedAt - b.startedAt)
  if (prepared.length < 2 || prepared.some(({ order, startedAt }) => order.servedAt === undefined || !Number.isFinite(startedAt))) return undefined
  const waited = prepared.slice(1).map(({ order, startedAt }, index) => ({ order, after: prepared[index]!.order, startedAt }))
  return waited.every(({ after, startedAt }) => startedAt >= after.servedAt!) ? waited[0] : undefined
}
