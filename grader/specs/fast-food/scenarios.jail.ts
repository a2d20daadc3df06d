// Runs inside the jail, in the world's compartment: the instrumented restaurant and the
// scenarios that call the submission. perfTest and upgrade are judged with the kit's counter
// (kitchen-model.shared.ts), so that a wrong serve cannot spoil them.
import { sleep, type RestaurantConfig } from '#runtime'
import type { Recorder } from '../../sandbox/recorder.ts'
import { defineScenarios, hand, type Scenario, type ScenarioContext } from '../../sandbox/scenario.ts'
import type { TraceEvent } from '../../sandbox/trace.ts'
import { KitchenModel, servedBy } from './kitchen-model.shared.ts'
import { placeAtOnce, type Serve, trackOrders } from './orders.jail.ts'
import { createRestaurant, ServeCalls } from './restaurant.jail.ts'
import { BIGGER, PERF_LOADS, type PerfScenario, RUSH_AT_ONCE, TODAY } from './restaurant.shared.ts'
import { readConfig, RUSH } from './upgrade.shared.ts'

/** 10 clients at t=0 on a restaurant of `config`, served by the submission. */
function rushAtOnce(config: RestaurantConfig) {
  return {
    uses: ['openRestaurant'],
    async run({ submission, recorder }: ScenarioContext) {
      const calls = new ServeCalls()
      const counter = submission.openRestaurant(createRestaurant(config, recorder, calls))
      return { orders: await placeAtOnce((client) => counter.serve(client), RUSH_AT_ONCE.clients, recorder, calls) }
    },
  } satisfies Scenario
}

/** The kit's counter on today's restaurant: each order resolves when the model serves it. */
function kitServe(recorder: Recorder): Serve {
  const kitchen = new KitchenModel(TODAY)
  return async (client) => {
    const { took } = kitchen.order(client, recorder.now())
    await sleep(took)
    return took
  }
}

/** Records a worked-out trace on the recorder as it happens in virtual time, for the timeline and `try`. */
async function play(trace: readonly TraceEvent[], recorder: Recorder): Promise<void> {
  const ends = new Map<number | undefined, () => void>()
  for (const event of trace) {
    if (event.t > recorder.now()) await sleep(event.t - recorder.now())
    if (event.kind === 'start') ends.set(event.span, recorder.start(event.lane, event.label))
    else if (event.kind === 'end') ends.get(event.span)?.()
    else recorder.event(event.lane, event.label)
  }
}

/**
 * The submission's perfTest with the kit's counter (so only perfTest is judged). The timers
 * it leaves keep firing after it resolves: orders placed later are on the trace too.
 */
function perfTest(name: PerfScenario) {
  return {
    uses: ['perfTest'],
    drainAfterSettle: true,
    async run({ submission, recorder }: ScenarioContext) {
      const tracked = trackOrders(kitServe(recorder), recorder)
      const result: unknown = await submission.perfTest(tracked.serve, hand({ ...PERF_LOADS[name] }))
      // As perfTest saw them when it resolved.
      return { result, orders: tracked.orders.map((order) => ({ ...order })) }
    },
  } satisfies Scenario
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
  // The rush of the upgrade question, served by the kit's counter on the submitted configuration.
  upgrade: {
    uses: ['upgrade'],
    async run({ submission, recorder }) {
      const read = readConfig(submission.upgrade)
      if (read.problem) return read
      const rush = servedBy(read.config, RUSH)
      await play(rush.trace, recorder)
      return { config: read.config, orders: rush.orders }
    },
  },
})
