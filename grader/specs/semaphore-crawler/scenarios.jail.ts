// Runs inside the jail, in the world's compartment: the page server and the limiter tasks, and the calls
// to the submission that the semaphore-crawler specs judge.
import type { Download } from '#runtime'
import { defineScenarios, type ScenarioContext } from '../../sandbox/scenario.ts'
import { Calls } from './calls.jail.ts'
import {
  DEFAULT_LIMIT,
  FAILING,
  LIMITER_DEADLINE_MS,
  LIMITER_FAILURES,
  LIMITER_ORDER,
  MANY_TASKS,
  STATEMENT,
  UNLIMITED_CALL,
  VARIED,
  type TaskPlan,
} from './params.shared.ts'
import { pushThrough } from './throughput.jail.ts'
import { createServer, createTasks, type ServerSetup } from './world.jail.ts'

function crawlWith(setup: ServerSetup, ids: number[], limit?: number) {
  return (context: ScenarioContext) => {
    const download: Download = createServer(context, setup)
    const given = [...ids]
    return limit === undefined ? context.submission.crawl(given, download) : context.submission.crawl(given, download, limit)
  }
}

/** Queues each task of `plans` on the submission's limiter, in order, at the current time. */
function queueAll(calls: Calls, task: ReturnType<typeof createTasks>, plans: TaskPlan[]): void {
  for (const plan of plans) calls.add(plan.name, task(plan))
}

export default defineScenarios({
  'crawl-statement': {
    uses: ['crawl'],
    run: crawlWith({ limit: STATEMENT.limit }, STATEMENT.ids, STATEMENT.limit),
  },
  'crawl-varied': {
    uses: ['crawl'],
    run: crawlWith(
      { limit: VARIED.limit, delays: new Map(VARIED.pages.map(({ id, ms }) => [id, ms])) },
      VARIED.pages.map(({ id }) => id),
      VARIED.limit,
    ),
  },
  'crawl-failing': {
    uses: ['crawl'],
    run: crawlWith({ limit: FAILING.limit, broken: FAILING.broken }, FAILING.ids, FAILING.limit),
  },
  'crawl-default-limit': {
    uses: ['crawl'],
    run: crawlWith({ limit: DEFAULT_LIMIT }, UNLIMITED_CALL.ids),
  },
  'limiter-order': {
    uses: ['createLimiter'],
    async run({ submission, recorder }) {
      const calls = new Calls(recorder, submission.createLimiter(LIMITER_ORDER.limit))
      const task = createTasks(recorder)
      queueAll(calls, task, LIMITER_ORDER.firstWave)
      // The second wave only once the first has ended: an idle limiter must start at once.
      if (await calls.settled(LIMITER_DEADLINE_MS)) queueAll(calls, task, LIMITER_ORDER.secondWave)
      await calls.settled(LIMITER_DEADLINE_MS)
      return calls.reports
    },
  },
  'limiter-failures': {
    uses: ['createLimiter'],
    async run({ submission, recorder }) {
      const calls = new Calls(recorder, submission.createLimiter(LIMITER_FAILURES.limit))
      queueAll(calls, createTasks(recorder), LIMITER_FAILURES.tasks)
      await calls.settled(LIMITER_DEADLINE_MS)
      return calls.reports
    },
  },
  'limiter-100k': {
    uses: ['createLimiter'],
    run: ({ submission, cpuMs }) => pushThrough(submission.createLimiter(MANY_TASKS.limit), cpuMs, LIMITER_DEADLINE_MS),
  },
})
