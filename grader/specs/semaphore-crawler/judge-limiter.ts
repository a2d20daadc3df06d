// How the spec judges the submission's createLimiter: from the calls' reports (how and
// when each limit(task) settled) and the tasks' spans (when each task ran).
import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { eventsOf, peakOverlap, spansOf, type Span } from '../../sandbox/trace.ts'
import { explainOutcome, fail, resolvedValue, type Timeline } from '../feedback.ts'
import { say } from '../say.ts'
import type { CallReport } from './calls.ts'
import { LIMITER_FAILURES, LIMITER_ORDER, MANY_TASKS, rejectionOf, resultOf, taskLabel, throwOf, type TaskPlan } from './params.ts'
import { describeIdle, firstIdleSlot, greedySchedule, labelText, listSpans as listOf, type Job } from './schedule.ts'
import type { Throughput } from './throughput.ts'
import { SEMAPHORE_LANE } from './world.ts'

export interface LimiterSetup {
  name: string
  limit: number
  plans: TaskPlan[]
  /** What a correct limiter does: the jobs, handed over when the scenario hands them over. */
  expected: Span[]
}

function jobsOf(plans: TaskPlan[], readyAt: number): Job[] {
  return plans.map((plan) => ({ label: taskLabel(plan.name), ms: plan.ms, readyAt }))
}

function orderSetup(): LimiterSetup {
  const { limit, firstWave, secondWave } = LIMITER_ORDER
  const first = greedySchedule(jobsOf(firstWave, 0), limit)
  const secondAt = Math.max(...first.map((span) => span.end!))
  const expected = greedySchedule([...jobsOf(firstWave, 0), ...jobsOf(secondWave, secondAt)], limit)
  return { name: `createLimiter(${limit})`, limit, plans: [...firstWave, ...secondWave], expected }
}

export const LIMITERS = {
  order: orderSetup(),
  failures: {
    name: `createLimiter(${LIMITER_FAILURES.limit})`,
    limit: LIMITER_FAILURES.limit,
    plans: LIMITER_FAILURES.tasks,
    expected: greedySchedule(jobsOf(LIMITER_FAILURES.tasks, 0), LIMITER_FAILURES.limit),
  },
}

const timeline = (run: ScenarioRun, limiter: LimiterSetup): Timeline => ({ actual: spansOf(run.trace), expected: limiter.expected })
const listSpans = (spans: Span[]) => listOf(spans, say({ en: 'no task ran', fr: "aucune tâche ne s'est exécutée" }))
const labels = (spans: Span[]) => spans.map((span) => labelText(span.label)).join(', ')
/** "100,000" in English, "100 000" in French. */
const counted = (count: number) => say({ en: count.toLocaleString('en'), fr: count.toLocaleString('fr').replace(/\s/g, ' ') })

function reportsOf(run: ScenarioRun): CallReport[] {
  const reports = resolvedValue(run, 'createLimiter')
  if (!Array.isArray(reports)) {
    throw new Error(say({ en: `the limiter scenario returned ${show(reports)}`, fr: `le scénario du limiteur a renvoyé ${show(reports)}` }))
  }
  return reports as CallReport[]
}

/** The jobs as the run handed them over: each task ready when limit(task) was called. */
function actualJobs(reports: CallReport[], limiter: LimiterSetup): Job[] {
  return reports.map((report) => {
    const plan = limiter.plans.find((candidate) => candidate.name === report.task)!
    return { label: taskLabel(plan.name), ms: plan.ms, readyAt: report.calledAt }
  })
}

function describeEnding(report: CallReport): string {
  const call = `limit(task ${report.task})`
  switch (report.ended) {
    case 'pending':
      return say({ en: `${call} never settled`, fr: `${call} ne s'est jamais terminée` })
    case 'threw':
      return say({
        en: `${call} threw ${show(report.value)} instead of returning a promise`,
        fr: `${call} a levé ${show(report.value)} au lieu de renvoyer une promesse`,
      })
    default:
      return say({
        en: `${call} ${report.ended} at t=${report.at} with ${show(report.value)}`,
        fr: `${call} ${report.ended === 'resolved' ? "s'est résolue" : 'a rejeté'} à t=${report.at} avec ${show(report.value)}`,
      })
  }
}

const errorMessage = (value: unknown) => (value as { message?: unknown } | undefined)?.message

/**
 * What a limiter check says about the tasks holds only if they ran: every task handed to
 * limit() was started. Otherwise fails, saying how many ran and how the first lost call ended.
 */
function judgeEveryTaskRan(run: ScenarioRun, limiter: LimiterSetup): void {
  const reports = reportsOf(run)
  const spans = spansOf(run.trace)
  const lost = reports.filter((report) => !spans.some((span) => span.label === taskLabel(report.task)))
  if (lost.length === 0) return
  const [total, ran] = [reports.length, reports.length - lost.length]
  const first = lost[0]!
  const expected = say({
    en: `expected every task to run, at most ${limiter.limit} at a time, in the order limit() was called`,
    fr: `chaque tâche devait s'exécuter, au plus ${limiter.limit} à la fois, dans l'ordre des appels à limit()`,
  })
  fail({
    message:
      ran === 0
        ? say({
            en: `${limiter.name} ran none of the ${total} tasks handed to it: ${expected}`,
            fr: `${limiter.name} n'a exécuté aucune des ${total} tâches qui lui ont été confiées : ${expected}`,
          })
        : say({
            en: `${limiter.name} ran only ${ran} of the ${total} tasks handed to it (task ${first.task} never started): ${expected}`,
            fr: `${limiter.name} n'a exécuté que ${ran} des ${total} tâches qui lui ont été confiées (la tâche ${first.task} n'a jamais démarré) : ${expected}`,
          }),
    expected: listSpans(limiter.expected),
    actual: say({ en: `${listSpans(spans)}; ${describeEnding(first)}`, fr: `${listSpans(spans)} ; ${describeEnding(first)}` }),
    mistake: say({
      en: 'limit(task) must run its task: call task() as soon as a slot is free (at once while fewer than limit run), and settle like the promise it returns',
      fr: "limit(task) doit exécuter sa tâche : appelez task() dès qu'une place est libre (aussitôt tant que moins de limit sont en cours), et terminez-vous comme la promesse qu'elle renvoie",
    }),
    timeline: timeline(run, limiter),
  })
}

/**
 * Never more than `limit` tasks at once. Judged in every limiter scenario where tasks run,
 * the one where tasks fail included: a slot given back twice shows only there.
 */
export function judgeLimiterWithinLimit(run: ScenarioRun, limiter: LimiterSetup): void {
  const spans = spansOf(run.trace)
  // A task that threw when called held no slot for any time: its empty span would count as
  // open beside the ones that start at that instant.
  const peak = peakOverlap(spans.filter((span) => span.end !== span.start))
  if (peak.count <= limiter.limit) return
  // A task that rejected or threw before the peak, when the limiter had been within its limit until then.
  const failedBefore = limiter.plans
    .filter((plan) => plan.ends !== 'resolves')
    .map((plan) => ({ plan, end: spans.find((span) => span.label === taskLabel(plan.name))?.end }))
    .filter((found): found is { plan: TaskPlan; end: number } => found.end !== undefined && found.end <= peak.at)
    .sort((a, b) => a.end - b.end)[0]
  const how = (plan: TaskPlan) =>
    plan.ends === 'rejects'
      ? say({ en: 'rejected', fr: 'a été rejetée' })
      : say({ en: 'threw when it was called', fr: 'a levé une exception quand elle a été appelée' })
  fail({
    expected: listSpans(limiter.expected),
    actual: listSpans(spans),
    timeline: timeline(run, limiter),
    message: say({
      en: `${limiter.name} ran ${peak.count} tasks at once at t=${peak.at} (${labels(peak.open)}); the limit is ${limiter.limit}`,
      fr: `${limiter.name} a exécuté ${peak.count} tâches en même temps à t=${peak.at} (${labels(peak.open)}) ; la limite est de ${limiter.limit}`,
    }),
    mistake: failedBefore
      ? say({
          en: `task ${failedBefore.plan.name} ${how(failedBefore.plan)} at t=${failedBefore.end}, and its slot was freed more than once (say in a catch and again in a finally), so more tasks started than slots were free: count a task down exactly once, however it ends`,
          fr: `la tâche ${failedBefore.plan.name} ${how(failedBefore.plan)} à t=${failedBefore.end}, et sa place a été libérée plus d'une fois (par exemple dans un catch puis encore dans un finally), si bien que plus de tâches ont démarré qu'il n'y avait de places libres : décomptez une tâche exactement une fois, quelle que soit la façon dont elle se termine`,
        })
      : say({
          en: 'count the running tasks: start a task only while fewer than limit run, and count it down exactly once when it ends',
          fr: 'comptez les tâches en cours : ne lancez une tâche que tant que moins de limit sont en cours, et décomptez-la exactement une fois quand elle se termine',
        }),
  })
}

/** At most `limit` tasks at once, the next one as soon as a slot frees, each call settling like its task. */
export function judgeLimit(run: ScenarioRun, limiter: LimiterSetup): void {
  const reports = reportsOf(run)
  judgeEveryTaskRan(run, limiter)
  const spans = spansOf(run.trace)
  const said = { expected: listSpans(limiter.expected), actual: listSpans(spans), timeline: timeline(run, limiter) }
  const peak = peakOverlap(spans)
  if (peak.count > limiter.limit) {
    fail({
      ...said,
      message: say({
        en: `${limiter.name} ran ${peak.count} tasks at once at t=${peak.at} (${labels(peak.open)}); the limit is ${limiter.limit}`,
        fr: `${limiter.name} a exécuté ${peak.count} tâches en même temps à t=${peak.at} (${labels(peak.open)}) ; la limite est de ${limiter.limit}`,
      }),
      mistake:
        peak.count === limiter.limit + 1 && peak.at === 0
          ? say({
              en: 'an off-by-one: limit + 1 tasks started at once, so the test that lets a task start lets one too many through (running <= limit instead of running < limit). Start a task only while fewer than limit run',
              fr: 'une erreur de un : limit + 1 tâches ont démarré en même temps, donc le test qui laisse démarrer une tâche en laisse passer une de trop (running <= limit au lieu de running < limit). Ne lancez une tâche que tant que moins de limit sont en cours',
            })
          : say({
              en: 'count the running tasks: start a task only while fewer than limit run, and count it down exactly once when it ends',
              fr: 'comptez les tâches en cours : ne lancez une tâche que tant que moins de limit sont en cours, et décomptez-la exactement une fois quand elle se termine',
            }),
    })
  }
  const idle = firstIdleSlot(spans, actualJobs(reports, limiter), limiter.limit)
  if (idle) {
    fail({
      ...said,
      message: say({ en: `${limiter.name}: ${describeIdle(idle, limiter.limit)}`, fr: `${limiter.name} : ${describeIdle(idle, limiter.limit)}` }),
      mistake: say({
        en: 'when a task ends, start the next waiting task right away (and a task handed over while a slot is free starts at once)',
        fr: "quand une tâche se termine, lancez aussitôt la suivante en attente (et une tâche confiée alors qu'une place est libre démarre tout de suite)",
      }),
    })
  }
  for (const report of reports) {
    const span = spans.find((candidate) => candidate.label === taskLabel(report.task))
    if (report.ended === 'resolved' && report.value === resultOf(report.task) && report.at === span?.end) continue
    const result = show(resultOf(report.task))
    const at = span?.end === undefined ? undefined : span.end
    fail({
      ...said,
      message: describeEnding(report),
      expected: say({
        en: `limit(task ${report.task}) resolves with ${result} when the task ends${at === undefined ? '' : `, at t=${at}`}`,
        fr: `limit(task ${report.task}) se résout avec ${result} quand la tâche se termine${at === undefined ? '' : `, à t=${at}`}`,
      }),
      actual: describeEnding(report),
      mistake:
        report.ended === 'resolved' && report.value !== resultOf(report.task)
          ? say({
              en: 'the promise limit(task) returns must resolve with what the task resolved with',
              fr: 'la promesse que renvoie limit(task) doit se résoudre avec la valeur de la tâche',
            })
          : say({
              en: 'limit(task) must settle exactly when its task does, like the task',
              fr: 'limit(task) doit se terminer au moment même où sa tâche se termine, et de la même façon',
            }),
    })
  }
}

/** Tasks start in the order limit() was called. */
export function judgeFirstComeFirstServed(run: ScenarioRun, limiter: LimiterSetup): void {
  const reports = reportsOf(run)
  judgeEveryTaskRan(run, limiter)
  const spans = spansOf(run.trace)
  const order = reports.map((report) => taskLabel(report.task))
  const jumped = spans.findIndex((span, index) => span.label !== order[index])
  if (jumped < 0) return
  const early = spans[jumped]!
  const skipped = order[jumped]!
  const skippedSpan = spans.find((span) => span.label === skipped)
  const waitingThen = reports.filter(
    (report) => report.calledAt <= early.start && !spans.slice(0, jumped).some((span) => span.label === taskLabel(report.task)),
  )
  const newest = waitingThen.at(-1)
  const orderText = order.map(labelText).join(', ')
  fail({
    message: say({
      en: `${limiter.name}: ${early.label} started at t=${early.start} before ${skipped}, which was queued earlier and ${skippedSpan ? `started only at t=${skippedSpan.start}` : 'never started'}`,
      fr: `${limiter.name} : la ${labelText(early.label)} a démarré à t=${early.start} avant la ${labelText(skipped)}, mise en attente plus tôt, qui ${skippedSpan ? `n'a démarré qu'à t=${skippedSpan.start}` : "n'a jamais démarré"}`,
    }),
    expected: say({
      en: `tasks start in the order limit() was called: ${orderText}`,
      fr: `les tâches démarrent dans l'ordre des appels à limit() : ${orderText}`,
    }),
    actual: say({ en: `they started in this order: ${labels(spans)}`, fr: `elles ont démarré dans cet ordre : ${labels(spans)}` }),
    mistake:
      newest && taskLabel(newest.task) === early.label && waitingThen.length > 1
        ? say({
            en: 'the newest waiting task went first: the queue is served last-in first-out (push + pop is a stack). Take the oldest waiting task, at the front of the queue',
            fr: "la dernière tâche arrivée est passée la première : la file est servie en dernier arrivé, premier servi (push + pop, c'est une pile). Prenez la plus ancienne tâche en attente, en tête de file",
          })
        : say({
            en: 'serve the waiting tasks first come, first served: the oldest waiting task starts next',
            fr: "servez les tâches en attente dans l'ordre d'arrivée : la plus ancienne démarre la première",
          }),
    timeline: timeline(run, limiter),
  })
}

/**
 * When task `name` ended (rejected or threw), did the next waiting task take its slot at
 * once? A leaked slot leaves the limiter short for the rest of the run, so the check
 * blames a task only when the FIRST idle instant is the one it ended at.
 */
function judgeSlotHandedOn(run: ScenarioRun, limiter: LimiterSetup, name: string, how: string, expectedError: string, mistake: string): void {
  const reports = reportsOf(run)
  const spans = spansOf(run.trace)
  const said = { expected: listSpans(limiter.expected), actual: listSpans(spans), timeline: timeline(run, limiter) }
  const span = spans.find((candidate) => candidate.label === taskLabel(name))
  if (span?.end === undefined) {
    fail({
      ...said,
      message: say({
        en: `${limiter.name}: task ${name} never ran (or never ended), so this cannot be judged yet`,
        fr: `${limiter.name} : la tâche ${name} ne s'est jamais exécutée (ou ne s'est jamais terminée), ce point ne peut donc pas encore être jugé`,
      }),
      mistake: say({
        en: 'first make every queued task run (see the other limiter checks)',
        fr: "faites d'abord en sorte que chaque tâche mise en attente s'exécute (voir les autres vérifications du limiteur)",
      }),
    })
  }
  const report = reports.find((candidate) => candidate.task === name)!
  const idle = firstIdleSlot(spans, actualJobs(reports, limiter), limiter.limit)
  if (idle && idle.from === span.end) {
    const never = idle.startedAt === Infinity
    const busy = idle.busy > 1 ? 's' : ''
    fail({
      ...said,
      message: say({
        en: `${limiter.name}: task ${name} ${how} at t=${span.end}, but its slot was not freed: ${idle.waiting} waited until ${never ? 'the end' : `t=${idle.startedAt}`} with ${idle.busy} of ${limiter.limit} slots busy`,
        fr: `${limiter.name} : la tâche ${name} ${how} à t=${span.end}, mais sa place n'a pas été libérée : la ${labelText(idle.waiting)} a attendu jusqu'à ${never ? 'la fin' : `t=${idle.startedAt}`} avec ${idle.busy} place${busy} occupée${busy} sur ${limiter.limit}`,
      }),
      actual: say({ en: `${listSpans(spans)}; ${describeEnding(report)}`, fr: `${listSpans(spans)} ; ${describeEnding(report)}` }),
      mistake,
    })
  }
  if (report.ended !== 'rejected' || errorMessage(report.value) !== expectedError) {
    fail({
      ...said,
      message: describeEnding(report),
      expected: say({
        en: `limit(task ${name}) rejects at t=${span.end} with the task's error, Error: ${expectedError}`,
        fr: `limit(task ${name}) rejette à t=${span.end} avec l'erreur de la tâche, Error: ${expectedError}`,
      }),
      actual: describeEnding(report),
      mistake: say({
        en: 'limit(task) must settle like its task: reject with the error the task rejected with or threw',
        fr: "limit(task) doit se terminer comme sa tâche : rejeter avec l'erreur que la tâche a rejetée ou levée",
      }),
    })
  }
}

export function judgeRejectingTask(run: ScenarioRun, limiter: LimiterSetup): void {
  const name = limiter.plans.find((plan) => plan.ends === 'rejects')!.name
  judgeSlotHandedOn(
    run,
    limiter,
    name,
    say({ en: 'rejected', fr: 'a été rejetée' }),
    rejectionOf(name),
    say({
      en: 'a task that rejects keeps its slot: give the slot back however the task ends (in a finally, or in both callbacks of then)',
      fr: 'une tâche rejetée garde sa place : rendez la place quelle que soit la façon dont la tâche se termine (dans un finally, ou dans les deux callbacks de then)',
    }),
  )
}

export function judgeThrowingTask(run: ScenarioRun, limiter: LimiterSetup): void {
  const name = limiter.plans.find((plan) => plan.ends === 'throws')!.name
  judgeSlotHandedOn(
    run,
    limiter,
    name,
    say({ en: 'threw when it was called', fr: 'a levé une exception quand elle a été appelée' }),
    throwOf(name),
    say({
      en: 'a task that throws synchronously skips your bookkeeping: task() throws before any promise exists, so the code that frees the slot never runs. Call it inside a try block, or as new Promise(resolve => resolve(task())), or from an async function',
      fr: "une tâche qui lève une exception de façon synchrone échappe à votre comptabilité : task() lève l'exception avant qu'une promesse existe, et le code qui libère la place ne s'exécute jamais. Appelez-la dans un bloc try, sous la forme new Promise(resolve => resolve(task())), ou depuis une fonction async",
    }),
  )
}

/** The limiter keeps its own queue: no task waits on #runtime's Semaphore or Lock. */
export function judgeOwnQueue(run: ScenarioRun, limiter: LimiterSetup): void {
  judgeEveryTaskRan(run, limiter)
  const seen = eventsOf(run.trace, SEMAPHORE_LANE)[0]
  if (!seen) return
  fail({
    message: say({
      en: `while tasks waited for a slot of createLimiter, they were queued on #runtime's semaphore: ${seen.label}`,
      fr: `pendant que des tâches attendaient une place de createLimiter, elles faisaient la queue sur le sémaphore de #runtime : ${seen.label}`,
    }),
    expected: say({
      en: 'a limiter with its own queue of waiting tasks and its own count of running ones',
      fr: 'un limiteur avec sa propre file de tâches en attente et son propre compte des tâches en cours',
    }),
    actual: seen.label,
    mistake: say({
      en: "createLimiter is your own p-limit: write the queue yourself instead of using #runtime's Semaphore (crawl may use it)",
      fr: "createLimiter est votre propre p-limit : écrivez la file d'attente vous-même au lieu d'utiliser le Semaphore de #runtime (crawl, lui, peut s'en servir)",
    }),
  })
}

/** 100,000 tasks queued at once all go through, in little real time. */
export function judgeManyTasks(run: ScenarioRun): void {
  const { count, budgetMs } = MANY_TASKS
  const slowMistake = say({
    en: 'each hand-over costs time proportional to the number of waiting tasks: Array.shift and splice move every remaining element, and copying or scanning the queue, or waking every waiting task to check for a free slot, costs as much. With 100,000 waiting that adds up to billions of steps. Take the oldest waiting task in constant time: an index to the head of an array, or a linked list',
    fr: "chaque passage de relais prend un temps proportionnel au nombre de tâches en attente : Array.shift et splice déplacent tous les éléments restants, et copier ou parcourir la file, ou réveiller chaque tâche en attente pour vérifier si une place est libre, coûte autant. Avec 100 000 tâches en attente, cela fait des milliards d'opérations. Prenez la plus ancienne tâche en attente en temps constant : un indice vers la tête d'un tableau, ou une liste chaînée",
  })
  const limiter = `createLimiter(${MANY_TASKS.limit})`
  if (run.outcome.kind === 'killed' && run.outcome.phase === 'run') {
    fail({
      message: say({
        en: `${limiter} did not get through ${counted(count)} queued tasks: it was stopped after ${run.outcome.wallMs} ms of real time`,
        fr: `${limiter} n'est pas venu à bout de ${counted(count)} tâches en attente : il a été arrêté au bout de ${run.outcome.wallMs} ms de temps réel`,
      }),
      expected: say({
        en: `all ${counted(count)} calls settle within ${budgetMs} ms`,
        fr: `les ${counted(count)} appels se terminent en moins de ${budgetMs} ms`,
      }),
      actual: say({ en: 'stopped by the watchdog', fr: 'arrêté par le garde-fou du correcteur' }),
      mistake: slowMistake,
      outcome: 'killed',
    })
  }
  if (run.outcome.kind === 'runaway') {
    fail({
      ...explainOutcome(run, 'createLimiter'),
      mistake: say({
        en: 'waiting tasks poll for a free slot with timers: wake the next task when a slot frees instead',
        fr: 'les tâches en attente guettent une place libre avec des minuteurs : réveillez plutôt la tâche suivante quand une place se libère',
      }),
    })
  }
  const result = resolvedValue(run, 'createLimiter') as Throughput
  if (result.settled < count) {
    const lost = counted(count - result.settled)
    fail({
      message: say({
        en: `only ${counted(result.settled)} of ${counted(count)} queued calls settled`,
        fr: `seuls ${counted(result.settled)} des ${counted(count)} appels mis en attente se sont terminés`,
      }),
      expected: say({ en: 'every call settles', fr: 'chaque appel se termine' }),
      actual: [say({ en: `${lost} calls never settled`, fr: `${lost} appels ne se sont jamais terminés` }), ...run.problems].join('; '),
      mistake: run.problems.some((problem) => /call stack/i.test(problem))
        ? say({
            en: 'the limiter recursed once per queued task and overflowed the stack: hand over the next task without nesting calls',
            fr: "le limiteur s'est rappelé récursivement une fois par tâche en attente et a fait déborder la pile : passez la main à la tâche suivante sans imbriquer les appels",
          })
        : say({
            en: 'some queued tasks were lost: every call must eventually run its task and settle',
            fr: 'des tâches en attente ont été perdues : chaque appel doit finir par exécuter sa tâche et se terminer',
          }),
    })
  }
  if (result.rejected > 0) {
    fail({
      message: say({
        en: `${counted(result.rejected)} of ${counted(count)} calls rejected though every task resolved`,
        fr: `${counted(result.rejected)} appels sur ${counted(count)} ont été rejetés alors que chaque tâche s'est résolue`,
      }),
      expected: say({ en: 'every call resolves like its task', fr: 'chaque appel se résout comme sa tâche' }),
      actual: run.problems.join('; ') || say({ en: `${result.rejected} rejections`, fr: `${result.rejected} rejets` }),
      mistake: say({ en: 'limit(task) must settle like its task', fr: 'limit(task) doit se terminer comme sa tâche' }),
    })
  }
  if (result.ran < count) {
    fail({
      message: say({
        en: `all ${counted(count)} calls of ${limiter} settled, but only ${counted(result.ran)} of their tasks ran`,
        fr: `les ${counted(count)} appels de ${limiter} se sont terminés, mais seules ${counted(result.ran)} de leurs tâches se sont exécutées`,
      }),
      expected: say({
        en: `each of the ${counted(count)} tasks runs, and its call settles like it`,
        fr: `chacune des ${counted(count)} tâches s'exécute, et son appel se termine comme elle`,
      }),
      actual: say({ en: `${counted(count - result.ran)} tasks never ran`, fr: `${counted(count - result.ran)} tâches ne se sont jamais exécutées` }),
      mistake: say({
        en: 'limit(task) must run its task and settle like it: a call that settles without calling task() has done nothing',
        fr: "limit(task) doit exécuter sa tâche et se terminer comme elle : un appel qui se termine sans appeler task() n'a rien fait",
      }),
    })
  }
  if (result.cpuMs > budgetMs) {
    fail({
      message: say({
        en: `${limiter} took ${result.cpuMs} ms of CPU for ${counted(count)} queued tasks that each end at once`,
        fr: `${limiter} a mis ${result.cpuMs} ms de CPU pour ${counted(count)} tâches en attente qui se terminent chacune aussitôt`,
      }),
      expected: say({ en: `within ${budgetMs} ms`, fr: `en moins de ${budgetMs} ms` }),
      actual: say({ en: `${result.cpuMs} ms of CPU`, fr: `${result.cpuMs} ms de CPU` }),
      mistake: slowMistake,
    })
  }
}
