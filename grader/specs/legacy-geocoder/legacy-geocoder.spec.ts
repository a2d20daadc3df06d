// The geocoder's checks: where geocodeSync ran and what the heartbeat felt, how the jobs met the
// executor, what each call resolved with and when, what the budget removed and left running, and
// the workload table.
import { gradeExercise } from '../kit.ts'
import { judgeAllResult, judgeAtOnce, judgeEarly, judgeFinal, judgeOffTheLoop, judgeRemovesQueued, judgeWithinBudget, judgeWorkload } from './judge.ts'
import type scenarios from './scenarios.jail.ts'

gradeExercise<typeof scenarios>('legacy-geocoder', ({ scenario, check }) => {
  const all = scenario('all')
  const allOtherPool = scenario('all-other-pool')
  const within = scenario('within')
  const withinEarly = scenario('within-early')
  const workload = scenario('workload')

  check('all-off-the-loop', async () => judgeOffTheLoop(await all()))
  check('all-at-once', async () => judgeAtOnce(await all()))
  check('all-result', async () => judgeAllResult(await all(), 'all'))
  check('all-other-pool', async () => judgeAllResult(await allOtherPool(), 'all-other-pool'))
  check('within-budget', async () => judgeWithinBudget(await within()))
  check('within-removes-queued', async () => judgeRemovesQueued(await within()))
  check('within-final', async () => judgeFinal(await within()))
  check('within-early', async () => judgeEarly(await withinEarly()))
  check('workload', async () => judgeWorkload(await workload()))
})
