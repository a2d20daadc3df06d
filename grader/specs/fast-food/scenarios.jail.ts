// Runs inside the jail, in the world's compartment: the instrumented restaurant and the
// scenarios that call the submission. The `reference` scenario runs the kit's own serve on
// every rush, each on a restaurant and a log of its own: what the checks draw as expected.
import type { RestaurantConfig } from '#runtime'
import { Recorder } from '../../sandbox/recorder.ts'
import { defineScenarios, hand, type Scenario, type ScenarioContext } from '../../sandbox/scenario.ts'
import { placeOrders, trackOrders } from './orders.jail.ts'
import { openRestaurant as openReference } from './reference.jail.ts'
import { createRestaurant, ServeCalls } from './restaurant.jail.ts'
import { BIGGER, type Order, PERF_LOADS, PERF_SCENARIOS, type PerfScenario, RUSH_AT_ONCE, TODAY } from './restaurant.shared.ts'
import { configProblem, RUSH } from './upgrade.shared.ts'

/** 10 clients at t=0 on a restaurant of `config`, served by the submission. */
function rushAtOnce(config: RestaurantConfig) {
  return {
    uses: ['openRestaurant'],
    async run({ submission, recorder }: ScenarioContext) {
      const calls = new ServeCalls()
      const counter = submission.openRestaurant(createRestaurant(config, recorder, calls))
      return { orders: await placeOrders((client) => counter.serve(client), RUSH_AT_ONCE, recorder, calls) }
    },
  } satisfies Scenario
}

/**
 * The submission's perfTest with the kit's serve (so only perfTest is judged). The timers
 * it leaves keep firing after it resolves: orders placed later are on the trace too.
 */
function perfTest(name: PerfScenario) {
  return {
    uses: ['perfTest'],
    drainAfterSettle: true,
    async run({ submission, recorder }: ScenarioContext) {
      const tracked = trackOrders(openReference(createRestaurant(TODAY, recorder)).serve, recorder)
      const result: unknown = await submission.perfTest(tracked.serve, hand({ ...PERF_LOADS[name] }))
      // As perfTest saw them when it resolved.
      return { result, orders: tracked.orders.map((order) => ({ ...order })) }
    },
  } satisfies Scenario
}

/** A run of the kit's serve: its orders and its restaurant's trace. */
export interface ReferenceRun {
  orders: Order[]
  trace: ReturnType<Recorder['trace']>
}

/** `load` served by the kit's serve on a restaurant of `config`, logged on a recorder of its own. */
async function referenceRun(config: RestaurantConfig, load: { clients: number; periodMs: number }, recorder: Recorder): Promise<ReferenceRun> {
  const log = new Recorder(() => recorder.now())
  const orders = await placeOrders(openReference(createRestaurant(config, log)).serve, load, log)
  return { orders, trace: log.trace() }
}

export default defineScenarios({
  alone: {
    uses: ['openRestaurant'],
    async run({ submission, recorder }) {
      const calls = new ServeCalls()
      const counter = submission.openRestaurant(createRestaurant(TODAY, recorder, calls))
      const took: unknown = await trackOrders((client) => counter.serve(client), recorder, calls).serve('c1')
      return took
    },
  },
  rush: rushAtOnce(TODAY),
  'rush-bigger': rushAtOnce(BIGGER),
  'perf-1000-5000': perfTest('perf-1000-5000'),
  'perf-500-5000': perfTest('perf-500-5000'),
  'perf-1000-4000': perfTest('perf-1000-4000'),
  // The rush of the upgrade question, served by the kit's serve on the submitted configuration.
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
  reference: {
    uses: [],
    async run({ recorder }) {
      const [rush, bigger, ...perf] = await Promise.all([
        referenceRun(TODAY, RUSH_AT_ONCE, recorder),
        referenceRun(BIGGER, RUSH_AT_ONCE, recorder),
        ...PERF_SCENARIOS.map((name) => referenceRun(TODAY, PERF_LOADS[name], recorder)),
      ])
      // The perfTest loads in the order of PERF_SCENARIOS.
      return { rush: rush!, bigger: bigger!, perf }
    },
  },
})
