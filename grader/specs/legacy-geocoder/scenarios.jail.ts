// Runs inside the jail, in the world's compartment: one scenario per world of geocoder.shared.ts,
// each with its heartbeat, plus the workload read once and the demo `npm run try` runs.
import { show, toPlain } from '../../sandbox/plain.ts'
import { defineScenarios, type Scenario, type ScenarioContext } from '../../sandbox/scenario.ts'
import { RESULT_LANE, WORLDS, changedLabel, type World, type WorldName } from './geocoder.shared.ts'
import { createWorld, startHeartbeat } from './world.jail.ts'

/**
 * Calls the submission in a world, with the heartbeat running until the call settles. After
 * that, each result the executor still delivers is followed by a look at the array the call
 * resolved with: the report notes any change.
 */
async function callIn(context: ScenarioContext, world: World): Promise<unknown> {
  const { submission, recorder } = context
  const { legacy, executor, setInsideCall, afterDelivery } = createWorld(context, world.threads)
  const stopHeartbeat = startHeartbeat(context)
  // A fresh copy: the code may do what it likes with its own array.
  const addresses = [...world.addresses]
  const done = recorder.start(world.call)
  let pending: Promise<unknown>
  setInsideCall(true)
  try {
    pending =
      world.call === 'geocodeAll' ? submission.geocodeAll(addresses, legacy, executor) : submission.geocodeWithin(addresses, world.budgetMs, legacy, executor)
  } finally {
    setInsideCall(false)
  }
  try {
    const value = await pending
    // Read once for the verdict: the copy judged is the first reading, whatever its getters do later.
    const copy = toPlain(value)
    let shown = show(copy)
    afterDelivery(() => {
      const now = show(toPlain(value))
      if (now !== shown) recorder.event(RESULT_LANE, changedLabel(now))
      shown = now
    })
    return copy
  } finally {
    done()
    stopHeartbeat()
  }
}

const scenarioOf = (name: WorldName): Scenario => ({
  uses: [WORLDS[name].call],
  // What the executor still runs after the call settled shows on the timeline, late.
  drainAfterSettle: true,
  run: (context) => callIn(context, WORLDS[name]),
})

export default defineScenarios({
  all: scenarioOf('all'),
  'all-other-pool': scenarioOf('all-other-pool'),
  within: scenarioOf('within'),
  'within-early': scenarioOf('within-early'),
  workload: {
    uses: ['workload'],
    run: async ({ submission }) => submission.workload,
  },
  // `npm run try`: the statement's geocodeWithin, on the statement's clock (`--scenario all` runs its geocodeAll).
  statement: scenarioOf('within'),
})
