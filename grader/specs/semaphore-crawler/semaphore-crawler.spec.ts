// The semaphore-crawler checks: crawl against a server that bans more than `limit`
// downloads in flight, and the student's own limiter.
import { gradeExercise } from '../kit.ts'
import { CRAWLS, judgeDefaultLimit, judgeFailures, judgeResults, judgeReusesSlots, judgeWithinLimit } from './judge-crawl.ts'
import {
  judgeFirstComeFirstServed,
  judgeLimit,
  judgeLimiterWithinLimit,
  judgeManyTasks,
  judgeOwnQueue,
  judgeRejectingTask,
  judgeThrowingTask,
  LIMITERS,
} from './judge-limiter.ts'
import type scenarios from './scenarios.jail.ts'

gradeExercise<typeof scenarios>('semaphore-crawler', ({ scenario, check }) => {
  const statement = scenario('crawl-statement')
  const varied = scenario('crawl-varied')
  const failing = scenario('crawl-failing')
  const defaultLimit = scenario('crawl-default-limit')
  const limiterOrder = scenario('limiter-order')
  const limiterFailures = scenario('limiter-failures')
  const manyTasks = scenario('limiter-100k')

  check('crawl-results', async () => {
    judgeResults(await statement(), CRAWLS.statement)
    judgeResults(await varied(), CRAWLS.varied)
  })

  check('crawl-within-limit', async () => {
    const runs = [
      [await statement(), CRAWLS.statement],
      [await varied(), CRAWLS.varied],
      [await failing(), CRAWLS.failing],
    ] as const
    runs[0][0].resolved('crawl')
    // The limit holds in every crawl, the one where downloads fail included.
    for (const [run, crawl] of runs) judgeWithinLimit(run, crawl)
  })

  check('crawl-reuses-slots', async () => {
    judgeReusesSlots(await statement(), CRAWLS.statement)
    judgeReusesSlots(await varied(), CRAWLS.varied)
  })

  check('crawl-failures', async () => {
    judgeFailures(await failing(), CRAWLS.failing)
  })

  check('crawl-default-limit', async () => {
    judgeDefaultLimit(await defaultLimit(), CRAWLS.defaultLimit)
  })

  check('limiter-limit', async () => {
    judgeLimit(await limiterOrder(), LIMITERS.order)
    // The limit holds where tasks fail too: a slot given back twice shows only there.
    judgeLimiterWithinLimit(await limiterFailures(), LIMITERS.failures)
  })

  check('limiter-fifo', async () => {
    judgeFirstComeFirstServed(await limiterOrder(), LIMITERS.order)
  })

  check('limiter-rejects', async () => {
    judgeRejectingTask(await limiterFailures(), LIMITERS.failures)
  })

  check('limiter-sync-throw', async () => {
    judgeThrowingTask(await limiterFailures(), LIMITERS.failures)
  })

  check('limiter-own-queue', async () => {
    judgeOwnQueue(await limiterOrder(), LIMITERS.order)
  })

  check('limiter-100k', async () => {
    judgeManyTasks(await manyTasks())
  })
})
