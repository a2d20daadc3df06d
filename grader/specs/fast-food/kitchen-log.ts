// Reads what the restaurant recorded (see world.ts): who got which item when, the
// stations' spans, and the rules broken.
import { spansOf, type Span, type TraceEvent } from '../../sandbox/trace.ts'
import { ORDER_LABEL, type Order } from './orders.ts'
import { ITEMS, lanes, RULES, type Item, type Rule } from './world.ts'

export interface Violation {
  t: number
  rule: Rule
  item: Item
  /** What happened, e.g. "clients c1 and c2 filled 2 cups at once on 1 soda machine" (the world's wording, in the grading's language). */
  what: string
}

const RULE_NAMES = Object.keys(RULES) as Rule[]

/** The rules broken about `items`, in the order they were broken. */
export function violationsIn(trace: readonly TraceEvent[], items: readonly Item[] = ITEMS): Violation[] {
  return trace.flatMap((event) => {
    const rule = RULE_NAMES.find((candidate) => event.kind === 'event' && event.lane === lanes.violation(candidate))
    return rule && items.includes(RULES[rule]) ? [{ t: event.t, rule, item: RULES[rule], what: event.label }] : []
  })
}

const isStationOf = (item: Item) => (span: Span) => span.lane.startsWith(`${lanes.station[item]} `)

/** The spans of the stations that make `item` ("soda 1", "soda 2"...). */
export function stationSpans(trace: readonly TraceEvent[], item: Item): Span[] {
  return spansOf(trace).filter(isStationOf(item))
}

/** The spans of the orders, one lane per client. */
export function orderSpans(trace: readonly TraceEvent[]): Span[] {
  return spansOf(trace).filter((span) => span.label === ORDER_LABEL)
}

/** The spans of every station, then of every order. */
export function allSpans(trace: readonly TraceEvent[]): Span[] {
  return [...ITEMS.flatMap((item) => stationSpans(trace, item)), ...orderSpans(trace)]
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
