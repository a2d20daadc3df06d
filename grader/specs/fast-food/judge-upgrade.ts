// How the checks judge the upgrade: the rush of the question, served by the kit's counter on
// the submitted configuration, and what that configuration costs. The cheapest one is
// known here only by a salted hash (cheapest.ts), so the grader states no answer; a
// configuration that holds the rush and is not it costs more. Only a rush that falls behind
// is drawn (its stations); a price needs no timeline.
import type { RestaurantConfig } from '#runtime'
import { show } from '../../sandbox/plain.ts'
import { fail } from '../feedback.ts'
import type { Run } from '../run.ts'
import { saltedHash } from '../salted-hash.ts'
import { CHEAPEST } from './cheapest.ts'
import { drawn, lastReady, readiness } from './kitchen-log.ts'
import { ITEMS, type Order, TODAY } from './restaurant.shared.ts'
import { T } from './texts.ts'
import { canonicalConfig, type ConfigProblem, costOf, RUSH, sameConfig } from './upgrade.shared.ts'

export type Upgrade = Run<
  { problem: ConfigProblem; config?: undefined; orders?: undefined } | { config: RestaurantConfig; orders: Order[]; problem?: undefined }
>

/** The submitted upgrade and how the rush went with it; fails when it is no configuration, or still today's. */
export function rushWith(run: Upgrade): { config: RestaurantConfig; late: Order[]; cost: number; inTime: string; what: string; run: Upgrade } {
  const { value } = run.resolved('upgrade')
  if (value.problem) fail({ message: T.notAConfig(value.problem), mistake: T.configShape })
  const { config } = value
  if (sameConfig(config, TODAY)) fail({ message: T.stillToday(TODAY), expected: T.cheapestHolding })
  const late = value.orders.filter((order) => !(typeof order.took === 'number' && order.took < RUSH.timeoutMs))
  const cost = costOf(config)
  return { config, run, late, cost, inTime: `${RUSH.clients - late.length}/${RUSH.clients}`, what: T.configAndCost(config, cost) }
}

/** Every client of the rush served in under timeoutMs; otherwise, which station fell behind. */
export function judgeInTime({ run, late, inTime, what }: ReturnType<typeof rushWith>): void {
  if (late.length === 0) return
  const ready = readiness(run.trace)
  const lastOf = (order: Order) => lastReady(ready.get(order.client) ?? {})
  const first = late[0]!
  const behind = ITEMS.map((item) => ({ item, count: late.filter((order) => lastOf(order)?.item === item).length })).sort((a, b) => b.count - a.count)[0]!
  drawn(run, ITEMS).fail({
    message: T.servedInTime(what, inTime, T.lateClient(first.client, first.placedAt, show(first.took), lastOf(first))),
    expected: T.everyoneInTime,
    actual: inTime,
    mistake: T.cannotKeepUp(behind.item),
  })
}

/** The configuration holds the rush and is the cheapest that does. */
export function judgeCheapest({ config, late, inTime, what, cost }: ReturnType<typeof rushWith>): void {
  if (late.length > 0) {
    fail({ message: T.notInTime(what, inTime), expected: T.inTimeAtLowestCost, actual: T.servedOnTime(inTime), mistake: T.inTimeFirst })
  }
  if (saltedHash(CHEAPEST.salt, canonicalConfig(config)) !== CHEAPEST.sha256) {
    fail({ message: T.cheaperExists(cost, inTime), expected: T.inTimeAtLowestCost, actual: what, mistake: T.notNeeded })
  }
}
