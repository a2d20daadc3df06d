// Runs inside the jail, in the world's compartment: the instrumented restaurant and the scenarios that
// call the submission. Rushes also run the kit's reference `serve` on a restaurant of
// their own, logged apart, so the specs can show what the same rush should look like.
import type { RestaurantConfig } from '#runtime'
import { Recorder } from '../../sandbox/recorder.ts'
import { defineScenarios, hand, type Scenario, type ScenarioContext } from '../../sandbox/scenario.ts'
import { placeOrders, trackOrders, type Order, type Serve } from './orders.ts'
import { openRestaurant as openReference } from './reference.ts'
import { configProblem, RUSH } from './upgrade.ts'
import { createRestaurant, TODAY } from './world.ts'

/** The seed's table: 10 clients ordering at t=0. */
export const RUSH_CLIENTS = 10
/** A restaurant bigger than today's, to see that `serve` sizes its limits from the config. */
export const BIGGER: RestaurantConfig = Object.freeze({ sodaMachines: 2, cooks: 6, fryerPortions: 8 })

export interface Load {
  clients: number
  periodMs: number
  timeoutMs: number
}

/** The loads perfTest is graded on: the seed's two, and one where some orders take exactly the limit. */
export const PERF_LOADS: readonly Load[] = [
  { clients: 10, periodMs: 1000, timeoutMs: 5000 },
  { clients: 10, periodMs: 500, timeoutMs: 5000 },
  { clients: 10, periodMs: 1000, timeoutMs: 4000 },
]
export const perfScenario = (load: Load) => `perf-${load.periodMs}-${load.timeoutMs}`

/** What the reference did on the same load: its orders and its restaurant's trace. */
export interface ReferenceRun {
  orders: Order[]
  trace: ReturnType<Recorder['trace']>
}

/** Runs `place` with the reference serve on its own restaurant, logged on its own recorder. */
async function referenceRun(config: RestaurantConfig, recorder: Recorder, place: (serve: Serve, log: Recorder) => Promise<Order[]>): Promise<ReferenceRun> {
  const log = new Recorder(() => recorder.now())
  const orders = await place(openReference(createRestaurant(config, log)).serve, log)
  return { orders, trace: log.trace() }
}

/** 10 clients at t=0 on a restaurant of `config`: the submission's serve, and the reference's. */
function rushAtOnce(config: RestaurantConfig): Scenario {
  const load = { clients: RUSH_CLIENTS, periodMs: 0 }
  return {
    uses: ['openRestaurant'],
    async run({ submission, recorder }: ScenarioContext) {
      const reference = referenceRun(config, recorder, (serve, log) => placeOrders(serve, load, log))
      const counter = submission.openRestaurant(createRestaurant(config, recorder))
      const orders = await placeOrders((client) => counter.serve(client), load, recorder)
      return { orders, reference: await reference }
    },
  }
}

/** The submission's perfTest, with the reference serve (so only perfTest is judged). */
function perfTest(load: Load): Scenario {
  return {
    uses: ['perfTest'],
    async run({ submission, recorder }: ScenarioContext) {
      const reference = referenceRun(TODAY, recorder, (serve, log) => placeOrders(serve, load, log))
      const tracked = trackOrders(openReference(createRestaurant(TODAY, recorder)).serve, recorder)
      const result = await submission.perfTest(tracked.serve, hand({ ...load }))
      // As perfTest saw them when it resolved: the reference may still be running.
      const resolvedAt = recorder.now()
      const orders = tracked.orders.map((order) => ({ ...order }))
      return { result, resolvedAt, orders, reference: await reference }
    },
  }
}

export default defineScenarios({
  alone: {
    uses: ['openRestaurant'],
    async run({ submission, recorder }) {
      const counter = submission.openRestaurant(createRestaurant(TODAY, recorder))
      return trackOrders((client) => counter.serve(client), recorder).serve('c1')
    },
  },
  rush: rushAtOnce(TODAY),
  'rush-bigger': rushAtOnce(BIGGER),
  ...Object.fromEntries(PERF_LOADS.map((load) => [perfScenario(load), perfTest(load)])),
  // The rush of the upgrade question, served by the reference on the submitted configuration.
  upgrade: {
    uses: ['upgrade'],
    async run({ submission, recorder }) {
      const config: unknown = submission.upgrade
      const problem = configProblem(config)
      if (problem) return { config, problem }
      const { serve } = openReference(createRestaurant(config as RestaurantConfig, recorder))
      return { config, orders: await placeOrders(serve, RUSH, recorder) }
    },
  },
})
