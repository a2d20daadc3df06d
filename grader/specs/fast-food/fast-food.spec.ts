// The fast-food checks: serve judged by the restaurant's log (a client alone, the rules of
// each station and the statement's times in a rush of ten, a bigger restaurant), perfTest
// and upgrade with the kit's own serve. The expected side of a timeline is the kit's serve
// on the same rush (the `reference` scenario).
import { gradeExercise } from '../kit.ts'
import { judgeArrivals, judgeCounts } from './judge-perf.ts'
import { judgeAlone, judgeRushTimes, judgeStation, judgeUsesConfig } from './judge-serve.ts'
import { judgeCheapest, judgeInTime, rushWith } from './judge-upgrade.ts'
import { PERF_LOADS, PERF_SCENARIOS } from './restaurant.shared.ts'
import type scenarios from './scenarios.jail.ts'
import { T } from './texts.ts'

gradeExercise<typeof scenarios>('fast-food', ({ scenario, check }) => {
  const alone = scenario('alone')
  const rush = scenario('rush')
  const bigger = scenario('rush-bigger')
  const perf = PERF_SCENARIOS.map((name, index) => ({ load: PERF_LOADS[name], run: scenario(name), index }))
  const upgrade = scenario('upgrade')
  const reference = scenario('reference')
  const expected = async () => (await reference()).resolved(T.kitServe).value

  check('alone-at-once', async () => judgeAlone(await alone()))
  check('soda-machines', async () => judgeStation(await rush(), 'soda', (await expected()).rush))
  check('cooks', async () => judgeStation(await rush(), 'burger', (await expected()).rush))
  check('fries-batches', async () => judgeStation(await rush(), 'fries', (await expected()).rush))
  check('rush-times', async () => judgeRushTimes(await rush(), await alone(), (await expected()).rush))
  check('uses-config', async () => judgeUsesConfig(await bigger(), await rush(), (await expected()).bigger))

  check('perf-arrivals', async () => {
    for (const { load, run, index } of perf) judgeArrivals(await run(), load, (await expected()).perf[index]!)
  })
  check('perf-counts', async () => {
    for (const { load, run, index } of perf) judgeCounts(await run(), load, (await expected()).perf[index]!)
  })

  check('upgrade-in-time', async () => judgeInTime(rushWith(await upgrade())))
  check('upgrade-cheapest', async () => judgeCheapest(rushWith(await upgrade())))
})
