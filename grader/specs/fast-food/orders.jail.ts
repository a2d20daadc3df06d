// Placing orders and logging them: each order is a span on its client's lane (labelled
// orderLabel()), from the call of `serve` until it resolves.
import { labelOf, type Recorder } from '../../sandbox/recorder.ts'
import { hand } from '../../sandbox/scenario.ts'
import { type Order, orderLabel } from './restaurant.shared.ts'
import { ServeCalls } from './restaurant.jail.ts'

export type Serve = (client: string) => Promise<number>

/** A `serve` that logs every order it passes on; `orders` fills in as they are served. */
export function trackOrders(serve: Serve, recorder: Recorder, calls = new ServeCalls()): { serve: Serve; orders: Order[] } {
  const orders: Order[] = []
  return {
    orders,
    // Handed to the submission's perfTest: frozen, and the client's name read once.
    serve: hand((client: string) => {
      const order: Order = { client: labelOf(client), placedAt: recorder.now() }
      orders.push(order)
      const done = recorder.start(order.client, orderLabel())
      return Promise.resolve(calls.during(() => serve(order.client))).then((took) => {
        done()
        order.took = took
        order.servedAt = recorder.now()
        return took
      })
    }),
  }
}

/** Clients c1..cN ordering at once, in order; resolves when every order is served. */
export async function placeAtOnce(serve: Serve, clients: number, recorder: Recorder, calls: ServeCalls): Promise<Order[]> {
  const tracked = trackOrders(serve, recorder, calls)
  await Promise.all(Array.from({ length: clients }, (_, index) => tracked.serve(`c${index + 1}`)))
  return tracked.orders
}
