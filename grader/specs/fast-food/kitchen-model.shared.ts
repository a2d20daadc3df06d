// The kit's counter as arithmetic: a restaurant that serves every order first come, first
// served at each station (the first soda machine or cook to be free, the fryer in turn, a
// batch only on an empty tray), which is what the statement's table and the upgrade question
// assume. It works out when each item would be made instead of making it: it calls no
// station, so it is no `serve` a submission could hand in (tests/fast-food.test.ts checks it
// against the reference solution, span for span). The checks draw the expected runs with it;
// the perfTest scenarios serve with it; the upgrade's rush is worked out with it.
import type { RestaurantConfig } from '#runtime'
import type { Span, TraceEvent } from '../../sandbox/trace.ts'
import { BURGER_MS, FRIES_MS, type Item, lanes, type Order, orderLabel, SODA_MS } from './restaurant.shared.ts'

/** What a run of orders looks like: the orders, and the trace the instrumented restaurant would record. */
export interface ExpectedRun {
  orders: Order[]
  trace: TraceEvent[]
}

/**
 * Stations of one kind taken in turn: an order gets the first to be free, the lowest
 * numbered of those free at once. Only the stations used are tracked: a configuration may
 * name any number of them.
 */
class Stations {
  readonly #count: number
  readonly #freeAt: number[] = []

  constructor(count: number) {
    this.#count = count
  }

  /** The station an order asking at `at` gets, and when it starts on it. */
  take(at: number, ms: number): { index: number; start: number } {
    const unused = this.#freeAt.length < this.#count
    const start = unused ? at : Math.max(at, Math.min(...this.#freeAt))
    const free = this.#freeAt.findIndex((freeAt) => freeAt <= start)
    const index = free === -1 ? this.#freeAt.length : free
    this.#freeAt[index] = start + ms
    return { index, start }
  }
}

/** The fryer taken in turn: a portion from the tray, or a batch first when the tray is empty. */
class Fryer {
  readonly #portions: number
  #onTray = 0
  #freeAt = 0

  constructor(portions: number) {
    this.#portions = portions
  }

  /** When an order asking at `at` takes its portion, and the batch cooked for it, if one was. */
  take(at: number): { takenAt: number; batch?: number } {
    const start = Math.max(at, this.#freeAt)
    if (this.#onTray > 0) {
      this.#onTray--
      this.#freeAt = start
      return { takenAt: start }
    }
    this.#onTray = this.#portions - 1
    this.#freeAt = start + FRIES_MS
    return { takenAt: this.#freeAt, batch: start }
  }
}

export class KitchenModel {
  readonly #soda: Stations
  readonly #cooks: Stations
  readonly #fryer: Fryer
  readonly #spans: Span[] = []
  readonly #takes: { t: number; client: string }[] = []
  readonly orders: Order[] = []

  constructor(config: RestaurantConfig) {
    this.#soda = new Stations(config.sodaMachines)
    this.#cooks = new Stations(config.cooks)
    this.#fryer = new Fryer(config.fryerPortions)
  }

  /** `client` orders at `at`: when it is served, and how long it took. */
  order(client: string, at: number): { servedAt: number; took: number } {
    const station = (item: Item, index: number) => `${lanes.station[item]} ${index + 1}`
    const soda = this.#soda.take(at, SODA_MS)
    const burger = this.#cooks.take(at, BURGER_MS)
    const fries = this.#fryer.take(at)
    const servedAt = Math.max(soda.start + SODA_MS, burger.start + BURGER_MS, fries.takenAt)
    // The order opens when serve is called, before any station starts on it.
    this.#spans.push(
      { lane: client, label: orderLabel(), start: at, end: servedAt },
      { lane: station('soda', soda.index), label: client, start: soda.start, end: soda.start + SODA_MS },
      { lane: station('burger', burger.index), label: client, start: burger.start, end: burger.start + BURGER_MS },
    )
    if (fries.batch !== undefined) this.#spans.push({ lane: station('fries', 0), label: 'batch', start: fries.batch, end: fries.takenAt })
    this.#takes.push({ t: fries.takenAt, client })
    const took = servedAt - at
    this.orders.push({ client, placedAt: at, took, servedAt })
    return { servedAt, took }
  }

  /** What the instrumented restaurant would have recorded so far, in time order. */
  trace(): TraceEvent[] {
    // At one instant, what ends comes before what starts, as a station is handed over.
    const rank = { end: 0, event: 1, start: 2 } as const
    const events = [
      ...this.#spans.flatMap((span, index): TraceEvent[] => [
        { t: span.start, kind: 'start', lane: span.lane, label: span.label, span: index },
        { t: span.end!, kind: 'end', lane: span.lane, label: span.label, span: index },
      ]),
      ...this.#takes.map(({ t, client }): TraceEvent => ({ t, kind: 'event', lane: lanes.tray, label: client })),
    ]
    return events
      .map((event, order) => ({ event, order }))
      .sort((a, b) => a.event.t - b.event.t || rank[a.event.kind] - rank[b.event.kind] || a.order - b.order)
      .map(({ event }) => event)
  }
}

/** `load` served by the kit's counter on a restaurant of `config`: clients c1..cN, one every periodMs from t=0. */
export function servedBy(config: RestaurantConfig, load: { clients: number; periodMs: number }): ExpectedRun {
  const kitchen = new KitchenModel(config)
  for (let n = 1; n <= load.clients; n++) kitchen.order(`c${n}`, (n - 1) * load.periodMs)
  return { orders: kitchen.orders, trace: kitchen.trace() }
}
