// Runs inside the jail, in the world's compartment: the instrumented weather servers, and one scenario per
// world of worlds.shared.ts. Each request is a span on its server's lane, ended when the server
// replies or, with an "aborted" event, when its signal aborts.
import { sleep, type FetchWeather } from '#runtime'
import { labelOf } from '../../sandbox/recorder.ts'
import { defineScenarios, hand, signalFrom, type Scenario, type ScenarioContext } from '../../sandbox/scenario.ts'
import { ABORTED, FORECASTS, NO_SIGNAL, SERVERS, WORLDS, failureMessage, laneOf, type ScenarioName, type ServerName, type World } from './worlds.shared.ts'

/** Rejects with the signal's reason once it aborts; without a signal, never settles. */
function untilAborted(signal?: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(signal.reason)
    else signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}

function createFetchWeather({ recorder, isGenuineSignal }: ScenarioContext, world: World): FetchWeather {
  return hand(async (server: unknown, given?: unknown) => {
    const signal = signalFrom({ isGenuineSignal }, given)
    const name = labelOf((server as { name?: unknown } | undefined)?.name) as ServerName
    if (!SERVERS.includes(name)) throw new Error(`there is no weather server named ${JSON.stringify(name)}`)
    const reply = world.replies[name]
    const lane = laneOf(name)
    const end = recorder.start(lane)
    if (!signal) recorder.event(lane, NO_SIGNAL)
    // Noted the moment the signal aborts, not when the rejection gets through.
    const onAbort = (): void => {
      recorder.event(lane, ABORTED)
      end()
    }
    if (signal?.aborted) onAbort()
    else signal?.addEventListener('abort', onAbort, { once: true })
    try {
      await (Number.isFinite(reply.afterMs) ? sleep(reply.afterMs, signal) : untilAborted(signal))
    } finally {
      signal?.removeEventListener('abort', onAbort)
    }
    end()
    if (reply.fails) throw new Error(failureMessage(name))
    return { ...FORECASTS[name] }
  })
}

function scenarioOf(name: ScenarioName): Scenario {
  const world: World = WORLDS[name]
  return {
    uses: [world.call],
    // A request left running shows on the timeline when it finally replies (B at t=5000).
    // Only where a reply can come late: elsewhere draining would show nothing new.
    drainAfterSettle: SERVERS.some((server) => Number.isFinite(world.replies[server].afterMs) && world.replies[server].afterMs > world.budgetMs),
    async run(context) {
      const { submission, recorder } = context
      // A fresh copy: the code may do what it likes with its own array.
      const servers = world.order.map((server) => ({ name: server }))
      const done = recorder.start(world.call)
      try {
        return await submission[world.call](servers, world.budgetMs, createFetchWeather(context, world))
      } finally {
        done()
      }
    },
  }
}

export default defineScenarios({
  'all-fast': scenarioOf('all-fast'),
  'all-fast-shuffled': scenarioOf('all-fast-shuffled'),
  'all-slow': scenarioOf('all-slow'),
  'all-never': scenarioOf('all-never'),
  'all-failing': scenarioOf('all-failing'),
  'all-failing-later': scenarioOf('all-failing-later'),
  'available-fast': scenarioOf('available-fast'),
  'available-slow': scenarioOf('available-slow'),
  'available-never': scenarioOf('available-never'),
  'available-failing': scenarioOf('available-failing'),
  'available-failing-later': scenarioOf('available-failing-later'),
})
