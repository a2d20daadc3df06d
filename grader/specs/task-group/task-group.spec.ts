// The task-group checks: withTaskGroup in worlds where every task succeeds, where one fails
// (while the body is done, while it works, or the body itself), and sendNewsletter built on it.
import { gradeExercise } from '../kit.ts'
import type { Run } from '../run.ts'
import type { GroupScenario } from './group.shared.ts'
import {
  FAILING,
  judgeAborts,
  judgeClosed,
  judgeNewsletterFailure,
  judgeNoUnhandled,
  judgeRealCause,
  judgeReporterObeys,
  judgeReports,
  judgeSendsAll,
  judgeSpawnWhileWaiting,
  judgeWaits,
  judgeWaitsForCleanup,
} from './judge.ts'
import type scenarios from './scenarios.jail.ts'

gradeExercise<typeof scenarios>('task-group', ({ scenario, check }) => {
  const failing = new Map(FAILING.map((name) => [name, scenario(name)]))
  const inFailingWorlds = (judge: (run: Run, world: GroupScenario) => void) => async () => {
    for (const [name, run] of failing) judge(await run(), name)
  }
  const groupOk = scenario('group-ok')
  const nested = scenario('group-nested')
  const spawnAfterFailure = scenario('group-spawn-after-failure')
  const newsletter = scenario('newsletter')
  const newsletterFailing = scenario('newsletter-failing')

  check('group-waits', async () => judgeWaits(await groupOk()))
  check('group-spawn-while-waiting', async () => judgeSpawnWhileWaiting(await nested()))
  check('group-aborts-on-failure', inFailingWorlds(judgeAborts))
  check('group-waits-for-cleanup', inFailingWorlds(judgeWaitsForCleanup))
  check('group-real-cause', inFailingWorlds(judgeRealCause))
  check('group-closed-after-failure', async () => judgeClosed(await spawnAfterFailure()))
  check('group-no-unhandled', inFailingWorlds(judgeNoUnhandled))
  check('newsletter-sends-all', async () => judgeSendsAll(await newsletter()))
  check('newsletter-reports', async () => judgeReports(await newsletter()))
  check('newsletter-failure', async () => judgeNewsletterFailure(await newsletterFailing()))
  check('newsletter-reporter-obeys', async () => judgeReporterObeys(await newsletterFailing()))
})
