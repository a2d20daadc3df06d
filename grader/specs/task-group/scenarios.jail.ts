// Runs inside the jail, in the world's compartment: the jobs and bodies handed to withTaskGroup,
// the mailer and progress handed to sendNewsletter, and one scenario per world of group.shared.ts.
// Each job or send is a span on its lane, ended when it finishes or, with an "aborted" event, when
// its signal aborts; its clean-up is a span of its own, so the timeline shows what outlived the call.
import { sleep, type Mailer, type Progress } from '#runtime'
import { errorInfo } from '../../sandbox/outcome.ts'
import { labelOf, type Recorder } from '../../sandbox/recorder.ts'
import { defineScenarios, hand, signalFrom, type Scenario, type ScenarioContext } from '../../sandbox/scenario.ts'
import {
  ABORTED,
  BODIES,
  BODY_CLEANUP_MS,
  BODY_ERROR,
  BODY_LANE,
  BODY_VALUE,
  CLEANUP_MS,
  FAILED,
  FAILING_LIST,
  GAVE_UP,
  GROUP_SIGNAL_LANE,
  LATE_SPAWN_LANE,
  LISTS,
  NO_SIGNAL,
  PROGRESS_LANE,
  REPORT_LIMIT,
  REFUSED_WITH_REASON,
  cleanupLane,
  jobError,
  sendError,
  type GroupScenario,
  type Job,
  type NewsletterScenario,
} from './group.shared.ts'

type Spawn = (task: (signal: AbortSignal) => Promise<unknown>) => unknown

/**
 * Works `ms` on `lane`; if `signal` aborts first, notes it, cleans up for `cleanupMs` on a lane
 * of its own and rejects with the abort's reason, as the statement's mailer does.
 */
async function work(recorder: Recorder, lane: string, ms: number, signal: AbortSignal | undefined, cleanupMs: number): Promise<void> {
  const end = recorder.start(lane)
  try {
    await sleep(ms, signal)
  } catch (reason) {
    recorder.event(lane, ABORTED)
    end()
    const cleaned = recorder.start(cleanupLane(lane))
    await sleep(cleanupMs)
    cleaned()
    throw reason
  }
  end()
}

/** The signal a job or send was given, checked; noted when there is none, since nothing can then abort it. */
function signalOf(context: ScenarioContext, given: unknown, lane: string): AbortSignal | undefined {
  const signal = signalFrom(context, given)
  if (!signal) context.recorder.event(lane, NO_SIGNAL)
  return signal
}

function jobTask(context: ScenarioContext, job: Job, spawn: () => Spawn): (signal: AbortSignal) => Promise<string> {
  return hand(async (given: unknown) => {
    await work(context.recorder, job.name, job.ms, signalOf(context, given, job.name), CLEANUP_MS)
    // Spawned while the group waits; what spawn returns is the group's business.
    if (job.spawns) spawnQuietly(spawn(), jobTask(context, job.spawns, spawn))
    if (job.fails) {
      context.recorder.event(job.name, FAILED)
      throw new Error(jobError(job.name))
    }
    return `${job.name} done`
  })
}

/** Spawns and ignores the result, as a body that fires tasks into its group does. */
function spawnQuietly(spawn: Spawn, task: (signal: AbortSignal) => Promise<unknown>): void {
  try {
    spawn(task)
  } catch {
    // A spawn that throws starts nothing: the trace shows it.
  }
}

/** What the late spawn gave back, in the words of the trace. */
async function whatSpawnGave(spawn: Spawn, task: (signal: AbortSignal) => Promise<unknown>, signal: AbortSignal | undefined): Promise<string> {
  let returned: unknown
  try {
    returned = spawn(task)
  } catch (error) {
    const { name, message } = errorInfo(error)
    return `threw ${name}: ${message}`
  }
  if (typeof (returned as { then?: unknown } | null)?.then !== 'function') return `returned ${labelOf(returned)}`
  try {
    await returned
    return 'resolved'
  } catch (error) {
    if (signal && error === signal.reason) return REFUSED_WITH_REASON
    const { name, message } = errorInfo(error)
    return `rejected with ${name}: ${message}`
  }
}

function groupScenario(name: GroupScenario): Scenario {
  const plan = BODIES[name]
  return {
    uses: ['withTaskGroup'],
    // Clean-ups and tasks left running show on the timeline, marked late.
    drainAfterSettle: true,
    async run(context) {
      const { submission, recorder } = context
      let spawnGiven: Spawn = () => undefined
      const body = hand(async (spawn: unknown, given: unknown) => {
        const signal = signalFrom(context, given)
        if (!signal) recorder.event(GROUP_SIGNAL_LANE, NO_SIGNAL)
        spawnGiven = spawn as Spawn
        const onAbort = () => recorder.event(GROUP_SIGNAL_LANE, ABORTED)
        if (signal?.aborted) onAbort()
        else signal?.addEventListener('abort', onAbort, { once: true })
        const task = (job: Job) => jobTask(context, job, () => spawnGiven)
        for (const job of plan.jobs) spawnQuietly(spawnGiven, task(job))
        if (plan.worksMs > 0) await work(recorder, BODY_LANE, plan.worksMs, plan.obeys ? signal : undefined, BODY_CLEANUP_MS)
        if (plan.spawnsLate) recorder.event(LATE_SPAWN_LANE, await whatSpawnGave(spawnGiven, task(plan.spawnsLate), signal))
        if (plan.fails) throw new Error(BODY_ERROR)
        return BODY_VALUE
      })
      const done = recorder.start('withTaskGroup')
      try {
        return await submission.withTaskGroup(body)
      } finally {
        done()
      }
    },
  }
}

function newsletterScenario(name: NewsletterScenario): Scenario {
  return {
    uses: ['sendNewsletter'],
    drainAfterSettle: true,
    async run(context) {
      const { submission, recorder } = context
      const mailer: Mailer = hand({
        async send(list: unknown, given: unknown) {
          const listName = labelOf((list as { name?: unknown } | undefined)?.name)
          const sent = LISTS.find((candidate) => candidate.name === listName)
          if (!sent) throw new Error(`there is no mailing list named ${JSON.stringify(listName)}`)
          const signal = signalOf(context, given, listName)
          await work(recorder, listName, sent.ms, signal, CLEANUP_MS)
          if (name === 'newsletter-failing' && listName === FAILING_LIST) {
            recorder.event(listName, FAILED)
            throw new Error(sendError(listName))
          }
        },
      })
      let reports = 0
      let giveUp: (error: Error) => void = () => {}
      const gaveUp = new Promise<never>((_, reject) => {
        giveUp = reject
      })
      const progress: Progress = hand({
        report(done: unknown, total: unknown) {
          recorder.event(PROGRESS_LANE, `${labelOf(done)}/${labelOf(total)}`)
          if (++reports === REPORT_LIMIT) giveUp(Object.assign(new Error(`still reporting after ${REPORT_LIMIT} reports`), { name: GAVE_UP }))
        },
      })
      // A fresh copy: the code may do what it likes with its own array.
      const lists = LISTS.map((list) => ({ name: list.name }))
      const done = recorder.start('sendNewsletter')
      try {
        return await Promise.race([submission.sendNewsletter(lists, mailer, progress), gaveUp])
      } finally {
        done()
      }
    },
  }
}

export default defineScenarios({
  'group-ok': groupScenario('group-ok'),
  'group-nested': groupScenario('group-nested'),
  'group-task-fails': groupScenario('group-task-fails'),
  'group-body-running': groupScenario('group-body-running'),
  'group-body-fails': groupScenario('group-body-fails'),
  'group-spawn-after-failure': groupScenario('group-spawn-after-failure'),
  newsletter: newsletterScenario('newsletter'),
  'newsletter-failing': newsletterScenario('newsletter-failing'),
})
