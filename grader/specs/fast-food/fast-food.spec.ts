// The fast-food checks: serve judged by the restaurant's log (a client alone, the rules of
// each station and the statement's times in a rush of ten, a bigger restaurant), perfTest
// and upgrade with the kit's counter. The expected side of a timeline is the kit's counter
// on the same rush (kitchen-model.shared.ts).
import { gradeExercise } from '../kit.ts'
import { servedBy } from './kitchen-model.shared.ts'
import { judgeArrivals, judgeCounts } from './judge-perf.ts'
import { judgeAlone, judgeRushTimes, judgeStation, judgeUsesConfig } from './judge-serve.ts'
import { judgeCheapest, judgeInTime, rushWith } from './judge-upgrade.ts'
import { BIGGER, PERF_LOADS, PERF_SCENARIOS, RUSH_AT_ONCE, TODAY } from './restaurant.shared.ts'
import type scenarios from './scenarios.jail.ts'

gradeExercise<typeof scenarios>('fast-food', ({ scenario, check }) => {
  const alone = scenario('alone')
  const rush = scenario('rush')
  const bigger = scenario('rush-bigger')
  const perf = PERF_SCENARIOS.map((name) => ({ load: PERF_LOADS[name], run: scenario(name) }))
  const upgrade = scenario('upgrade')
  const expected = { rush: () => servedBy(TODAY, RUSH_AT_ONCE), bigger: () => servedBy(BIGGER, RUSH_AT_ONCE) }

  check('alone-at-once', async () => judgeAlone(await alone()))
  check('soda-machines', async () => judgeStation(await rush(), 'soda', expected.rush()))
  check('cooks', async () => judgeStation(await rush(), 'burger', expected.rush()))
  check('fries-batches', async () => judgeStation(await rush(), 'fries', expected.rush()))
  check('rush-times', async () => judgeRushTimes(await rush(), await alone(), expected.rush()))
  check('uses-config', async () => judgeUsesConfig(await bigger(), await rush(), expected.bigger()))

  check('perf-arrivals', async () => {
    for (const { load, run } of perf) judgeArrivals(await run(), load, servedBy(TODAY, load))
  })
  check('perf-counts', async () => {
    for (const { load, run } of perf) judgeCounts(await run(), load, servedBy(TODAY, load))
  })

  check('upgrade-in-time', async () => judgeInTime(rushWith(await upgrade())))
  check('upgrade-cheapest', async () => judgeCheapest(rushWith(await upgrade())))
})
