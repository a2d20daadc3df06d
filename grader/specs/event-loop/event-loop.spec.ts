import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { fail, resolvedValue } from '../feedback.ts'
import { gradeExercise } from '../kit.ts'
import { say } from '../say.ts'
import { MISTAKES, outputFeedback, type RunStep } from './diagnosis.ts'
import type { OutputLine } from './model.ts'
import { outputOf, parseTaskLine, renderAll, STATUSES, threw, type TaskLine } from './output.ts'
import { KABOOM, STUB_MESSAGE, worlds, type CancelOutcome, type Settled, type Snapshot, type Step } from './worlds.ts'

type ResultOf<W extends keyof typeof worlds> = ReturnType<(typeof worlds)[W]['run']>

/** Names the method that still throws the stub's error, from the stub's message. */
function notImplemented(message: string, fallback: string): never {
  const name = message.replace(/^.*not implemented yet:?\s*/i, '') || fallback
  fail({
    message: say({
      en: `not implemented yet: ${name} still throws the stub's error`,
      fr: `pas encore implémenté : ${name} lève toujours l'erreur du squelette`,
    }),
  })
}

/** What a scenario resolved with; a loop that never returned gets its own explanation. */
function resultOf<W extends keyof typeof worlds>(run: ScenarioRun, world: W): ResultOf<W> & { runStep: RunStep } {
  const outcome = run.outcome
  if (outcome.kind === 'killed' && outcome.phase === 'run') {
    fail({
      outcome: outcome.kind,
      message: say({
        en: `the ${world} scenario never ended: the code kept running until it was stopped after ${outcome.wallMs} ms of real time`,
        fr: `le scénario ${world} ne s'est jamais terminé : le code a tourné jusqu'à être arrêté au bout de ${outcome.wallMs} ms de temps réel`,
      }),
      mistake: say({
        en: 'a loop that never ends: a task that never leaves the queue (a finished or cancelled task put back in it), or a run() that never stops',
        fr: "une boucle qui ne s'arrête jamais : une tâche qui ne quitte jamais la file (une tâche terminée ou annulée qu'on y remet), ou un run() qui ne s'arrête jamais",
      }),
    })
  }
  if (outcome.kind === 'rejected' && STUB_MESSAGE.test(outcome.error.message)) notImplemented(outcome.error.message, 'Loop')
  return resolvedValue(run, world === 'task' ? 'Task' : 'Loop') as ResultOf<W> & { runStep: RunStep }
}

/** The value of a part of a scenario, or a failure saying the stub is still there or what threw. */
function partValue<T>(settled: Settled<T>, what: string): T {
  if ('value' in settled) return settled.value
  if ('notImplemented' in settled) notImplemented(settled.notImplemented, what)
  fail({ message: threw(what, settled.threw) })
}

const isDoneOf = (snap: Snapshot) => partValue(snap.isDone, 'task.isDone()')
const isCancelledOf = (snap: Snapshot) => partValue(snap.isCancelled, 'task.isCancelled()')

/** "run() #1: prints Tic, RUNNING" */
function stepText(after: string, said: readonly string[], status: string): string {
  return say({
    en: `${after}: ${said.length ? `prints ${said.join(', ')}, ` : ''}${status}`,
    fr: `${after} : ${said.length ? `affiche ${said.join(', ')}, ` : ''}${status}`,
  })
}

/** Parts of a description, one after the other: "a; b" ("a ; b" in French). */
const joinParts = (parts: readonly string[]) => parts.join(say({ en: '; ', fr: ' ; ' }))

const TIC_TAC_STEPS = [
  { said: [], status: 'NEW', done: false },
  { said: ['Tic'], status: 'RUNNING', done: false },
  { said: ['Tac'], status: 'RUNNING', done: false },
  { said: [], status: 'FINISHED', done: true },
] as const
const TIC_TAC_EXPECTED = `${joinParts(TIC_TAC_STEPS.map((step, at) => stepText(at ? `run() #${at}` : 'new Task', step.said, step.status)))}, returnValue "Boum!"`

const NEW_IS_NEW = say({ en: 'a task that has not run yet is NEW', fr: "une tâche qui ne s'est pas encore exécutée est NEW" })
const PAUSED_IS_RUNNING = say({ en: 'a task paused at a yield is RUNNING', fr: 'une tâche suspendue sur un yield est RUNNING' })
const DONE_IS_FINISHED = say({ en: 'when next() reports done, the task is FINISHED', fr: 'quand next() indique done, la tâche est FINISHED' })
const STATUS_MISTAKES = [NEW_IS_NEW, PAUSED_IS_RUNNING, PAUSED_IS_RUNNING, DONE_IS_FINISHED]
const CANCEL_SETS_CANCELLED = say({
  en: 'cancel() sets the status of a task that is not done to CANCELLED',
  fr: "cancel() passe à CANCELLED le statut d'une tâche qui n'est pas terminée",
})

/** A status as the student's code set it: bare when it is a string, like the expected ones. */
const statusText = (status: unknown) => (typeof status === 'string' ? status : show(status))

/** "was printed twice", after a task's name. */
const printedTimes = (count: number) =>
  say({
    en: count === 0 ? 'was never printed' : `was printed ${count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`}`,
    fr: count === 0 ? "n'a jamais été affichée" : `a été affichée ${count === 1 ? 'une fois' : count === 2 ? 'deux fois' : `${count} fois`}`,
  })

/** "a number that is not a Task": what came back instead of a Task. */
const notATask = (type: string) =>
  type === 'undefined'
    ? 'undefined'
    : say({
        en: `a ${type} that is not a Task`,
        fr: `une valeur de type ${type} qui n'est pas une Task`,
      })

function describeSteps(taskSteps: readonly Step[]): string {
  return joinParts(taskSteps.map((step) => stepText(step.after, step.said, statusText(step.status))))
}

/** Printed lines about tasks, parsed. */
function taskLines(output: readonly OutputLine[], names: readonly string[]): TaskLine[] {
  return output.flatMap((line) => (line.lane === 'print' ? (parseTaskLine(line.text, names) ?? []) : []))
}

/** The lines after the marker of the call `label` (none if it is missing). */
function linesAfterCall(output: readonly OutputLine[], label: string): OutputLine[] {
  const at = output.findIndex((line) => line.lane === 'call' && line.text === label)
  return at < 0 ? [] : output.slice(at + 1)
}

/** The lines before the marker of the call `label` (all if it is missing). */
function linesBeforeCall(output: readonly OutputLine[], label: string): OutputLine[] {
  const at = output.findIndex((line) => line.lane === 'call' && line.text === label)
  return at < 0 ? [...output] : output.slice(0, at)
}

const saidLines = (output: readonly OutputLine[]) => output.filter((line) => line.lane === 'say').map((line) => line.text)

/** The first of `parts` that `text` does not hold in that order, with whether it is there at all. */
function missingInOrder(text: string, parts: readonly string[]): { part: string; anywhere: boolean } | undefined {
  let from = 0
  for (const part of parts) {
    const at = text.indexOf(part, from)
    if (at < 0) return { part, anywhere: text.includes(part) }
    from = at + part.length
  }
  return undefined
}

gradeExercise('event-loop', ({ scenario, check }) => {
  const task = scenario('task')
  const schedule = scenario('schedule')
  const seed = scenario('seed')
  const roundRobin = scenario('round-robin')
  const errors = scenario('errors')
  const complete = scenario('complete')
  const cancel = scenario('cancel')

  check('task-steps', async () => {
    const steps = partValue(resultOf(await task(), 'task').steps, 'new Task(ticTac(), "tic_tac")')
    const context = { expected: TIC_TAC_EXPECTED, actual: describeSteps(steps) }
    if (steps[0]!.name !== 'tic_tac') {
      fail({
        ...context,
        message: say({
          en: `new Task(ticTac(), "tic_tac").name was ${show(steps[0]!.name)}`,
          fr: `new Task(ticTac(), "tic_tac").name valait ${show(steps[0]!.name)}`,
        }),
        mistake: say({ en: 'keep the name given to the constructor in task.name', fr: 'gardez dans task.name le nom donné au constructeur' }),
      })
    }
    TIC_TAC_STEPS.forEach((want, at) => {
      const got = steps[at]
      if (!got) {
        fail({
          ...context,
          message: say({ en: `tic_tac stopped after ${steps.length - 1} run() calls`, fr: `tic_tac s'est arrêtée après ${steps.length - 1} appels à run()` }),
        })
      }
      if (got.threw) fail({ ...context, message: threw(got.after, got.threw) })
      if (at === 1 && got.said.length > 1) {
        fail({
          ...context,
          message: say({
            en: `the first run() printed ${got.said.join(', ')} and left the task ${statusText(got.status)}: it ran tic_tac to its end`,
            fr: `le premier run() a affiché ${got.said.join(', ')} et laissé la tâche ${statusText(got.status)} : il a exécuté tic_tac jusqu'au bout`,
          }),
          mistake: MISTAKES.runToEnd,
        })
      }
      if (got.said.join('\n') !== want.said.join('\n')) {
        const printed = (lines: readonly string[]) => (lines.length ? lines.join(', ') : say({ en: 'nothing', fr: 'rien' }))
        fail({
          ...context,
          message: say({
            en: `${got.after} printed ${printed(got.said)} where ${printed(want.said)} was expected`,
            fr: `${got.after} a affiché ${printed(got.said)} là où ${printed(want.said)} était attendu`,
          }),
          mistake: at
            ? say({
                en: 'each run() resumes the coroutine once: one call to next()',
                fr: 'chaque run() fait reprendre la coroutine une fois : un appel à next()',
              })
            : say({
                en: 'the constructor only keeps the coroutine: the first run() starts it',
                fr: "le constructeur ne fait que garder la coroutine : c'est le premier run() qui la démarre",
              }),
        })
      }
      if (got.status !== want.status) {
        fail({
          ...context,
          message: say({
            en: `after ${got.after} the status was ${statusText(got.status)}, not ${want.status}`,
            fr: `après ${got.after}, le statut était ${statusText(got.status)}, et non ${want.status}`,
          }),
          mistake: STATUS_MISTAKES[at],
        })
      }
      if (isDoneOf(got) !== want.done) {
        fail({
          ...context,
          message: say({ en: `isDone() was ${!want.done} for a ${want.status} task`, fr: `isDone() valait ${!want.done} pour une tâche ${want.status}` }),
          mistake: say({
            en: 'isDone() is true once the task is FINISHED or ERROR, false before',
            fr: 'isDone() vaut true dès que la tâche est FINISHED ou ERROR, false avant',
          }),
        })
      }
    })
    const last = steps[3]!
    if (last.returnValue !== 'Boum!') {
      fail({
        ...context,
        message: say({
          en: `returnValue was ${show(last.returnValue)} after tic_tac returned "Boum!"`,
          fr: `returnValue valait ${show(last.returnValue)} après que tic_tac a renvoyé "Boum!"`,
        }),
        mistake: say({
          en: 'when next() reports done, its value is what the coroutine returned: keep it in returnValue',
          fr: 'quand next() indique done, sa value est ce que la coroutine a renvoyé : gardez-la dans returnValue',
        }),
      })
    }
  })

  check('task-error', async () => {
    const { steps, errorIsTheError } = partValue(resultOf(await task(), 'task').error, 'new Task(fragile(), "fragile")')
    const context = {
      expected: say({
        en: `run() #1: prints Ping; run() #2: the coroutine throws Error: ${KABOOM}, run() returns, status ERROR, errorValue that Error`,
        fr: `run() #1 : affiche Ping ; run() #2 : la coroutine lève Error: ${KABOOM}, run() rend la main, statut ERROR, errorValue est cette Error`,
      }),
      actual: describeSteps(steps),
    }
    const thrown = steps.find((step) => step.threw)
    if (thrown) {
      fail({
        ...context,
        message: say({
          en: `${threw(thrown.after, thrown.threw!)}: the coroutine's error escaped from run()`,
          fr: `${threw(thrown.after, thrown.threw!)} : l'erreur de la coroutine s'est échappée de run()`,
        }),
        mistake: MISTAKES.errorEscapes,
      })
    }
    const last = steps.at(-1)!
    if (last.status !== 'ERROR') {
      fail({
        ...context,
        message: say({
          en: `after the coroutine threw Error: ${KABOOM}, the status was ${statusText(last.status)}`,
          fr: `après que la coroutine a levé Error: ${KABOOM}, le statut était ${statusText(last.status)}`,
        }),
        mistake: say({
          en: 'catch the error around next() in run() and set the status to ERROR',
          fr: "interceptez l'erreur autour de next() dans run() et passez le statut à ERROR",
        }),
      })
    }
    if (!errorIsTheError) {
      fail({
        ...context,
        message: say({
          en: `errorValue was ${show(last.errorValue)}, not the Error the coroutine threw`,
          fr: `errorValue valait ${show(last.errorValue)}, et non l'Error levée par la coroutine`,
        }),
        mistake: say({ en: 'keep the caught error itself in errorValue', fr: "gardez dans errorValue l'erreur interceptée elle-même" }),
      })
    }
    if (isDoneOf(last) !== true) {
      fail({
        ...context,
        message: say({ en: 'isDone() was false for a task in ERROR', fr: 'isDone() valait false pour une tâche en ERROR' }),
        mistake: say({
          en: 'a task in ERROR is done: isDone() is true for FINISHED and ERROR',
          fr: 'une tâche en ERROR est terminée : isDone() vaut true pour FINISHED et ERROR',
        }),
      })
    }
  })

  check('task-cancel', async () => {
    const cases = partValue(resultOf(await task(), 'task').cancel, 'cancel()')
    const line = (name: string, { before, after }: CancelOutcome) => {
      const change = `${statusText(before.status)} -> ${statusText(after.status)}, isCancelled() ${'value' in after.isCancelled ? after.isCancelled.value : '?'}`
      return say({ en: `${name}: ${change}`, fr: `${name} : ${change}` })
    }
    const context = {
      expected: say({
        en: 'idle: NEW -> CANCELLED, isCancelled() true; busy: RUNNING -> CANCELLED, isCancelled() true; quick: FINISHED -> FINISHED, isCancelled() false',
        fr: 'idle : NEW -> CANCELLED, isCancelled() true ; busy : RUNNING -> CANCELLED, isCancelled() true ; quick : FINISHED -> FINISHED, isCancelled() false',
      }),
      actual: joinParts([line('idle', cases.fresh), line('busy', cases.running), line('quick', cases.finished)]),
    }
    for (const [name, { after }] of [
      ['idle', cases.fresh],
      ['busy', cases.running],
      ['quick', cases.finished],
    ] as const) {
      if (after.threw) fail({ ...context, message: threw(`${name}.cancel()`, after.threw) })
    }
    const expectCancelled = (name: string, { before, after }: CancelOutcome) => {
      const was = statusText(before.status)
      if (isCancelledOf(before)) {
        fail({
          ...context,
          message: say({
            en: `isCancelled() was true for the ${was} task ${name} before cancel()`,
            fr: `isCancelled() valait true pour la tâche ${name} (${was}) avant cancel()`,
          }),
          mistake: say({
            en: 'isCancelled() is true only when the status is CANCELLED',
            fr: 'isCancelled() ne vaut true que si le statut est CANCELLED',
          }),
        })
      }
      if (after.status !== 'CANCELLED') {
        fail({
          ...context,
          message: say({
            en: `cancel() left the ${was} task ${name} ${statusText(after.status)}`,
            fr: `cancel() a laissé la tâche ${name} (${was}) à l'état ${statusText(after.status)}`,
          }),
          mistake: CANCEL_SETS_CANCELLED,
        })
      }
      if (!isCancelledOf(after)) {
        fail({
          ...context,
          message: say({ en: `isCancelled() was false after ${name}.cancel()`, fr: `isCancelled() valait false après ${name}.cancel()` }),
          mistake: say({ en: 'isCancelled() is true when the status is CANCELLED', fr: 'isCancelled() vaut true quand le statut est CANCELLED' }),
        })
      }
      if (after.said.length) {
        fail({
          ...context,
          message: say({
            en: `${name}.cancel() ran the coroutine: it printed ${after.said.join(', ')}`,
            fr: `${name}.cancel() a exécuté la coroutine : elle a affiché ${after.said.join(', ')}`,
          }),
          mistake: say({ en: 'cancel() only marks the task; it never runs it', fr: "cancel() ne fait que marquer la tâche ; il ne l'exécute jamais" }),
        })
      }
    }
    expectCancelled('idle', cases.fresh)
    const busy = cases.running.before.status
    if (busy !== 'RUNNING') {
      fail({
        ...context,
        message: say({
          en: `after one run() the task busy (3 yields) was ${statusText(busy)}, not RUNNING, so cancelling a running task could not be tried`,
          fr: `après un run(), la tâche busy (3 yields) était ${statusText(busy)}, et non RUNNING : l'annulation d'une tâche en cours n'a donc pas pu être essayée`,
        }),
        mistake: busy === 'FINISHED' ? MISTAKES.runToEnd : PAUSED_IS_RUNNING,
      })
    }
    expectCancelled('busy', cases.running)
    const { before, after } = cases.finished
    if (before.status !== 'FINISHED') {
      fail({
        ...context,
        message: say({
          en: `the task quick, whose coroutine returns at once, was ${statusText(before.status)} after its first run()`,
          fr: `la tâche quick, dont la coroutine se termine aussitôt, était ${statusText(before.status)} après son premier run()`,
        }),
        mistake: DONE_IS_FINISHED,
      })
    }
    if (after.status !== 'FINISHED' || isCancelledOf(after) || after.returnValue !== 'fast') {
      fail({
        ...context,
        message: say({
          en: `cancel() on the FINISHED task quick left it ${statusText(after.status)} with returnValue ${show(after.returnValue)}`,
          fr: `cancel() sur la tâche quick, FINISHED, l'a laissée à l'état ${statusText(after.status)} avec returnValue ${show(after.returnValue)}`,
        }),
        mistake: say({
          en: 'cancelling a task that is already done changes nothing: check isDone() first',
          fr: "annuler une tâche déjà terminée ne change rien : vérifiez d'abord isDone()",
        }),
      })
    }
  })

  check('to-string', async () => {
    const { steps, error, cancel: cancelled } = resultOf(await task(), 'task')
    const named: Array<[string, Snapshot]> = partValue(steps, 'new Task(ticTac(), "tic_tac")').map((step) => ['tic_tac', step])
    if ('value' in error) named.push(...error.value.steps.map((step): [string, Snapshot] => ['fragile', step]))
    if ('value' in cancelled) {
      const { fresh, running, finished } = cancelled.value
      named.push(['idle', fresh.after], ['busy', running.after], ['quick', finished.before], ['quick', finished.after])
    }
    const values: Record<string, string> = { tic_tac: 'Boum!', quick: 'fast', fragile: KABOOM }
    let shownValues = 0
    for (const [name, snap] of named) {
      const status = snap.status
      if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) continue
      const text = partValue(snap.text, 'String(task)')
      const value = status === 'FINISHED' || status === 'ERROR' ? values[name] : undefined
      if (value) shownValues++
      const parts = [name, status, ...(value ? [value] : [])]
      const missing = missingInOrder(text, parts)
      if (!missing) continue
      const what =
        missing.part === name
          ? say({ en: `its name ${name}`, fr: `son nom ${name}` })
          : missing.part === status
            ? say({ en: `its status ${status}`, fr: `son statut ${status}` })
            : status === 'ERROR'
              ? say({ en: `its error (${value})`, fr: `son erreur (${value})` })
              : say({ en: `its return value ${value}`, fr: `sa valeur de retour ${value}` })
      const example = `<Task '${name}' [${status}]${value ? ` ('${value}')` : ''}>`
      fail({
        message: say({
          en: `String(task) of the ${status} task ${name} was ${JSON.stringify(text)}: ${missing.anywhere ? `${what} is out of order` : `it does not show ${what}`}`,
          fr: `String(task) de la tâche ${name} (${status}) valait ${JSON.stringify(text)} : ${missing.anywhere ? `${what} n'est pas à sa place` : `il ne montre pas ${what}`}`,
        }),
        expected: say({
          en: `${parts.join(', then ')}, with any punctuation, e.g. ${example}`,
          fr: `${parts.join(', puis ')}, avec n'importe quelle ponctuation, par exemple ${example}`,
        }),
        actual: JSON.stringify(text),
        mistake:
          text === '[object Object]'
            ? say({ en: 'Task needs its own toString() method', fr: 'Task a besoin de sa propre méthode toString()' })
            : say({
                en: 'toString() holds the name, then the status, then the return value (FINISHED) or the error (ERROR)',
                fr: "toString() contient le nom, puis le statut, puis la valeur de retour (FINISHED) ou l'erreur (ERROR)",
              }),
      })
    }
    // The check is about showing a return value or an error: it needs a task that has one.
    if (shownValues > 0) return
    const ticTac = named.filter(([name]) => name === 'tic_tac').map(([, snap]) => snap)
    const seen = (snap: Snapshot) => ('value' in snap.text ? JSON.stringify(snap.text.value) : '?')
    fail({
      message: say({
        en: `no task ever became FINISHED or ERROR (tic_tac was ${ticTac.map((snap) => statusText(snap.status)).join(', ') || '?'} from new Task to its last run()), so String(task) never had a return value or an error to show`,
        fr: `aucune tâche n'est jamais devenue FINISHED ou ERROR (tic_tac était ${ticTac.map((snap) => statusText(snap.status)).join(', ') || '?'} de new Task à son dernier run()), donc String(task) n'a jamais eu de valeur de retour ni d'erreur à montrer`,
      }),
      expected: say({
        en: `once tic_tac has returned "Boum!", String(task) holds tic_tac, FINISHED, then Boum!, e.g. <Task 'tic_tac' [FINISHED] ('Boum!')>`,
        fr: `une fois que tic_tac a renvoyé "Boum!", String(task) contient tic_tac, FINISHED, puis Boum!, par exemple <Task 'tic_tac' [FINISHED] ('Boum!')>`,
      }),
      actual: ticTac.map((snap) => `${statusText(snap.status)}: ${seen(snap)}`).join(', '),
      mistake: say({
        en: 'toString() is judged on tasks that ran: keep the status up to date in run() (see the Task checks), so that a finished task shows its return value and a failed one its error',
        fr: "toString() est jugé sur des tâches qui se sont exécutées : tenez le statut à jour dans run() (voir les vérifications de Task), pour qu'une tâche terminée montre sa valeur de retour, et une tâche en échec son erreur",
      }),
    })
  })

  check('schedule', async () => {
    const run = await schedule()
    const { fromGenerator, fromTask, ran, after: finals } = resultOf(run, 'schedule')
    const output = outputOf(run.trace)
    const context = {
      expected: say({
        en: 'schedule(generator, name) returns a new NEW Task with that name; schedule(task) returns that task; nothing runs before runUntilEmpty()',
        fr: "schedule(generator, name) renvoie une nouvelle Task NEW portant ce nom ; schedule(task) renvoie cette tâche ; rien ne s'exécute avant runUntilEmpty()",
      }),
    }
    if (fromGenerator.threw) fail({ ...context, message: threw('schedule(ticTac(), "tic_tac")', fromGenerator.threw) })
    if (!fromGenerator.isTask) {
      fail({
        ...context,
        message: say({
          en: `schedule(ticTac(), "tic_tac") returned ${notATask(fromGenerator.type)}`,
          fr: `schedule(ticTac(), "tic_tac") a renvoyé ${notATask(fromGenerator.type)}`,
        }),
        mistake: say({
          en: 'wrap a generator in a new Task, queue that Task and return it',
          fr: 'enveloppez un générateur dans une nouvelle Task, mettez cette Task en file et renvoyez-la',
        }),
      })
    }
    if (fromGenerator.name !== 'tic_tac') {
      fail({
        ...context,
        message: say({
          en: `the Task made by schedule(ticTac(), "tic_tac") is named ${show(fromGenerator.name)}`,
          fr: `la Task créée par schedule(ticTac(), "tic_tac") s'appelle ${show(fromGenerator.name)}`,
        }),
        mistake: say({ en: 'pass the name on to the new Task', fr: 'transmettez le nom à la nouvelle Task' }),
      })
    }
    const early = linesBeforeCall(output, 'runUntilEmpty()').filter((line) => line.lane === 'say' || line.lane === 'print')
    if (fromGenerator.status !== 'NEW' || early.length) {
      const status = statusText(fromGenerator.status)
      fail({
        ...context,
        message: say({
          en: `schedule() already ran the task: its status was ${status}${early.length ? ` and ${renderAll(early)} came before runUntilEmpty()` : ''}`,
          fr: `schedule() a déjà exécuté la tâche : son statut était ${status}${early.length ? `, et la sortie contenait déjà ${renderAll(early)} avant runUntilEmpty()` : ''}`,
        }),
        mistake: say({
          en: 'schedule only queues the task: it runs when the loop gives it its turn',
          fr: "schedule ne fait que mettre la tâche en file : elle s'exécute quand la boucle lui donne son tour",
        }),
      })
    }
    if (fromTask.threw) fail({ ...context, message: threw('schedule(task)', fromTask.threw) })
    if (!fromTask.sameTask) {
      fail({
        ...context,
        message: say({ en: 'schedule(task) did not return the Task it was given', fr: "schedule(task) n'a pas renvoyé la Task reçue" }),
        mistake: say({
          en: 'given a Task, schedule queues that very Task and returns it; only a generator gets wrapped in a new Task',
          fr: 'quand il reçoit une Task, schedule met en file cette Task-là et la renvoie ; seul un générateur est enveloppé dans une nouvelle Task',
        }),
      })
    }
    if (ran) fail({ ...context, message: threw('runUntilEmpty()', ran) })
    const ranNothing = saidLines(output).length === 0 && [finals.tic_tac, finals.spam].every((final) => final.status === 'NEW')
    if (ranNothing) {
      fail({
        ...context,
        message: say({
          en: 'runUntilEmpty() ran neither of the scheduled tasks: tic_tac and spam were still NEW and printed nothing',
          fr: "runUntilEmpty() n'a exécuté aucune des tâches programmées : tic_tac et spam étaient encore NEW et n'ont rien affiché",
        }),
        actual: renderAll(output),
        mistake: say({
          en: "schedule puts the task in the loop's queue, and runUntilEmpty gives the queued tasks their turns until the queue is empty",
          fr: "schedule met la tâche dans la file de la boucle, et runUntilEmpty donne leur tour aux tâches de la file jusqu'à ce qu'elle soit vide",
        }),
      })
    }
    for (const [name, value] of [
      ['tic_tac', 'Boum!'],
      ['spam', 'SPAM!'],
    ] as const) {
      const final = finals[name]
      if (final.status !== 'FINISHED' || final.returnValue !== value) {
        const [state, returned] = [statusText(final.status), show(final.returnValue)]
        fail({
          ...context,
          message: say({
            en: `after runUntilEmpty(), the ${name} task ${name === 'spam' ? 'given to' : 'returned by'} schedule() was ${state} with returnValue ${returned}`,
            fr: `après runUntilEmpty(), la tâche ${name} ${name === 'spam' ? 'donnée à' : 'renvoyée par'} schedule() était ${state} avec returnValue ${returned}`,
          }),
          mistake:
            name === 'spam'
              ? say({ en: 'the loop must run the very Task that schedule was given', fr: 'la boucle doit exécuter la Task même que schedule a reçue' })
              : say({
                  en: 'the Task that schedule returns must be the one the loop runs',
                  fr: "la Task que renvoie schedule doit être celle qu'exécute la boucle",
                }),
        })
      }
    }
  })

  check('seed-interleaving', async () => {
    const run = await seed()
    const { runStep } = resultOf(run, 'seed')
    const feedback = outputFeedback('seed', outputOf(run.trace), () => true, runStep)
    if (feedback) fail(feedback)
  })

  check('round-robin', async () => {
    const run = await roundRobin()
    const { runStep } = resultOf(run, 'round-robin')
    const feedback = outputFeedback('round-robin', outputOf(run.trace), (line) => line.lane !== 'print', runStep)
    if (feedback) {
      fail({ ...feedback, message: say({ en: `turns out of order: ${feedback.message}`, fr: `tours dans le désordre : ${feedback.message}` }) })
    }
  })

  check('loop-errors', async () => {
    const run = await errors()
    const { ran, errorIsTheError, fragile, spam } = resultOf(run, 'errors')
    const output = outputOf(run.trace)
    const expectedLines = `Ping, Spam, <fragile ERROR ${KABOOM}>, Eggs, Bacon, <spam FINISHED SPAM!>`
    const context = {
      expected: say({ en: `${expectedLines}, and runUntilEmpty() returns`, fr: `${expectedLines}, puis runUntilEmpty() rend la main` }),
      actual: renderAll(output),
    }
    if (ran) {
      const escaped = ran.includes(KABOOM)
      fail({
        ...context,
        message: `${threw('runUntilEmpty()', ran)}${
          escaped ? say({ en: ', the error thrown by the coroutine of fragile', fr: ", l'erreur levée par la coroutine de fragile" }) : ''
        }`,
        mistake: escaped ? MISTAKES.errorEscapes : undefined,
      })
    }
    if (fragile.status !== 'ERROR' || !errorIsTheError) {
      fail({
        ...context,
        message: say({
          en: `after its coroutine threw, fragile was ${statusText(fragile.status)} with errorValue ${show(fragile.errorValue)}`,
          fr: `après l'erreur de sa coroutine, fragile était ${statusText(fragile.status)} avec errorValue ${show(fragile.errorValue)}`,
        }),
        mistake: MISTAKES.errorEscapes,
      })
    }
    const fragileLines = taskLines(output, worlds.errors.names).filter((line) => line.name === 'fragile')
    if (fragileLines.length !== 1 || fragileLines[0]!.status !== 'ERROR') {
      const statuses = fragileLines.length ? ` (${fragileLines.map((line) => line.status).join(', ')})` : ''
      fail({
        ...context,
        message: say({
          en: `fragile ${printedTimes(fragileLines.length)}${statuses}`,
          fr: `la tâche fragile ${printedTimes(fragileLines.length)}${statuses}`,
        }),
        mistake: say({
          en: 'a task in ERROR is done: the loop prints it once, like a finished task, and does not queue it again',
          fr: "une tâche en ERROR est terminée : la boucle l'affiche une fois, comme une tâche terminée, et ne la remet pas en file",
        }),
      })
    }
    // Printed with its error: the line the loop printed shows the error value. When String(task)
    // itself leaves the error out, that is the toString check's to judge, not this one's.
    const fragileText = 'value' in fragile.text ? fragile.text.value : undefined
    const printedLine = output.find((line) => line.lane === 'print' && parseTaskLine(line.text, worlds.errors.names)?.name === 'fragile')!.text
    if (!printedLine.includes(KABOOM) && fragileText?.includes(KABOOM)) {
      fail({
        ...context,
        message: say({
          en: `fragile ended in ERROR and was printed as ${show(printedLine)}, which does not show its error (Error: ${KABOOM}), although String(task) does: ${show(fragileText)}`,
          fr: `fragile a fini en ERROR et a été affichée sous la forme ${show(printedLine)}, qui ne montre pas son erreur (Error: ${KABOOM}), alors que String(task) la montre : ${show(fragileText)}`,
        }),
        mistake: say({
          en: 'the loop printed a line of its own instead of the task: print a done task with console.log(String(task)), so that a failed task shows its error as a finished one shows its return value',
          fr: "la boucle a affiché une ligne de son cru au lieu de la tâche : affichez une tâche terminée avec console.log(String(task)), pour qu'une tâche en échec montre son erreur comme une tâche finie montre sa valeur de retour",
        }),
      })
    }
    const spamSaid = saidLines(output).filter((line) => ['Spam', 'Eggs', 'Bacon'].includes(line))
    if (spam.status !== 'FINISHED' || spamSaid.join() !== 'Spam,Eggs,Bacon') {
      fail({
        ...context,
        message: say({
          en: `after fragile failed, spam did not run to its end: it was ${statusText(spam.status)}`,
          fr: `après l'échec de fragile, spam n'est pas allée jusqu'au bout : elle était ${statusText(spam.status)}`,
        }),
        mistake: say({
          en: 'an error in one task must not stop the others: catch it in run() and let the loop go on',
          fr: "l'erreur d'une tâche ne doit pas arrêter les autres : interceptez-la dans run() et laissez la boucle continuer",
        }),
      })
    }
  })

  check('run-until-complete', async () => {
    const run = await complete()
    const { runStep, completed, again } = resultOf(run, 'complete')
    const output = outputOf(run.trace)
    if (completed.threw) fail({ message: threw('runUntilComplete(example(), "example")', completed.threw), actual: renderAll(output) })
    if (!completed.isTask || completed.status !== 'FINISHED' || completed.returnValue !== 'all good') {
      const [status, returned] = [statusText(completed.status), show(completed.returnValue)]
      fail({
        message: completed.isTask
          ? say({
              en: `runUntilComplete(example(), "example") returned the task while it was ${status} with returnValue ${returned}`,
              fr: `runUntilComplete(example(), "example") a renvoyé la tâche alors qu'elle était ${status} avec returnValue ${returned}`,
            })
          : say({
              en: `runUntilComplete(example(), "example") returned ${notATask(completed.type)}`,
              fr: `runUntilComplete(example(), "example") a renvoyé ${notATask(completed.type)}`,
            }),
        expected: say({ en: 'the example Task, FINISHED, returnValue "all good"', fr: 'la Task example, FINISHED, returnValue "all good"' }),
        mistake: say({
          en: 'runUntilComplete schedules its work as schedule() does, runs the loop until that task is done, and returns the task',
          fr: "runUntilComplete programme son travail comme schedule(), fait tourner la boucle jusqu'à ce que cette tâche soit terminée, puis renvoie la tâche",
        }),
      })
    }
    const feedback = outputFeedback('complete', output, () => true, runStep)
    if (feedback) fail(feedback)
    if (again.threw || !again.sameTask || again.status !== 'FINISHED') {
      const status = statusText(again.status)
      fail({
        message: again.threw
          ? threw('runUntilComplete(task)', again.threw)
          : say({
              en: `runUntilComplete(task) returned ${again.sameTask ? 'the task' : 'another object than the Task it was given'}, ${status}`,
              fr: `runUntilComplete(task) a renvoyé ${again.sameTask ? 'la tâche' : 'un autre objet que la Task reçue'}, ${status}`,
            }),
        expected: say({ en: 'the very Task it was given, FINISHED', fr: "la Task même qu'elle a reçue, FINISHED" }),
        mistake: say({
          en: 'runUntilComplete accepts a Task as well as a generator, like schedule()',
          fr: "runUntilComplete accepte une Task aussi bien qu'un générateur, comme schedule()",
        }),
      })
    }
  })

  check('cancel-drops', async () => {
    const run = await cancel()
    const { cancelled, skippedWhenCancelled, workerWhenCancelled, ran, final } = resultOf(run, 'cancel')
    const output = outputOf(run.trace)
    const context = {
      expected: say({
        en: 'skipped never runs and worker stops once boss cancels it; each is printed once, CANCELLED, by the loop when its turn comes; boss and bystander finish',
        fr: "skipped ne s'exécute jamais et worker s'arrête dès que boss l'annule ; chacune est affichée une fois, CANCELLED, par la boucle quand vient son tour ; boss et bystander se terminent",
      }),
      actual: renderAll(output),
    }
    if (cancelled) fail({ ...context, message: threw('skipped.cancel()', cancelled) })
    if (skippedWhenCancelled.status !== 'CANCELLED') {
      fail({
        ...context,
        message: say({
          en: `right after skipped.cancel() its status was ${statusText(skippedWhenCancelled.status)}`,
          fr: `juste après skipped.cancel(), son statut était ${statusText(skippedWhenCancelled.status)}`,
        }),
        mistake: CANCEL_SETS_CANCELLED,
      })
    }
    if (ran) fail({ ...context, message: threw('runUntilEmpty()', ran) })
    const kept = say({
      en: "the loop ran a cancelled task: when a task's turn comes, check isCancelled() first, and if so print the task and drop it instead of running it",
      fr: "la boucle a exécuté une tâche annulée : quand vient le tour d'une tâche, vérifiez d'abord isCancelled() et, si c'est le cas, affichez la tâche et abandonnez-la au lieu de l'exécuter",
    })
    const skippedRan = saidLines(output).filter((line) => line.startsWith('skipped'))
    if (skippedRan.length) {
      fail({
        ...context,
        message: say({
          en: `skipped was cancelled before the loop started, yet it ran: it printed ${skippedRan.join(', ')}`,
          fr: `skipped a été annulée avant le démarrage de la boucle, et pourtant elle s'est exécutée : elle a affiché ${skippedRan.join(', ')}`,
        }),
        mistake: kept,
      })
    }
    const workerAfter = saidLines(linesAfterCall(output, 'worker.cancel()')).filter((line) => line.startsWith('worker'))
    if (workerAfter.length) {
      fail({
        ...context,
        message: say({
          en: `worker kept running after boss cancelled it: it printed ${workerAfter.join(', ')}`,
          fr: `worker a continué à s'exécuter après que boss l'a annulée : elle a affiché ${workerAfter.join(', ')}`,
        }),
        mistake: kept,
      })
    }
    const cancelledNames = workerWhenCancelled === 'FINISHED' || workerWhenCancelled === 'ERROR' ? (['skipped'] as const) : (['skipped', 'worker'] as const)
    for (const name of cancelledNames) {
      const lines = taskLines(output, worlds.cancel.names).filter((line) => line.name === name)
      if (lines.length !== 1 || lines[0]!.status !== 'CANCELLED') {
        const statuses = lines.length ? ` (${lines.map((line) => line.status).join(', ')})` : ''
        fail({
          ...context,
          message: say({
            en: `the cancelled task ${name} ${printedTimes(lines.length)}${statuses}`,
            fr: `la tâche annulée ${name} ${printedTimes(lines.length)}${statuses}`,
          }),
          mistake:
            lines.length > 1
              ? say({
                  en: 'print a cancelled task once: the loop prints it when its turn comes, and cancel() itself prints nothing',
                  fr: "affichez une tâche annulée une seule fois : la boucle l'affiche quand vient son tour, et cancel() lui-même n'affiche rien",
                })
              : say({
                  en: "when a cancelled task's turn comes, print it (console.log(String(task))) and drop it",
                  fr: "quand vient le tour d'une tâche annulée, affichez-la (console.log(String(task))) et abandonnez-la",
                }),
        })
      }
      if (final[name]!.status !== 'CANCELLED') {
        fail({
          ...context,
          message: say({
            en: `at the end, the cancelled task ${name} was ${statusText(final[name]!.status)}`,
            fr: `à la fin, la tâche annulée ${name} était ${statusText(final[name]!.status)}`,
          }),
          mistake: kept,
        })
      }
    }
    const printedAtCancel = taskLines(linesBeforeCall(output, 'runUntilEmpty()'), worlds.cancel.names)
    if (printedAtCancel.length) {
      fail({
        ...context,
        message: say({
          en: 'skipped was printed when cancel() was called, before the loop ran',
          fr: "skipped a été affichée à l'appel de cancel(), avant que la boucle ne tourne",
        }),
        mistake: say({
          en: 'cancel() only marks the task; the loop prints it when its turn comes',
          fr: "cancel() ne fait que marquer la tâche ; la boucle l'affiche quand vient son tour",
        }),
      })
    }
    for (const name of ['boss', 'bystander'] as const) {
      if (final[name]!.status !== 'FINISHED') {
        fail({
          ...context,
          message: say({
            en: `${name} did not finish: it was ${statusText(final[name]!.status)}`,
            fr: `${name} ne s'est pas terminée : elle était ${statusText(final[name]!.status)}`,
          }),
          mistake: say({
            en: 'dropping a cancelled task must leave the other tasks in the queue',
            fr: 'abandonner une tâche annulée doit laisser les autres tâches dans la file',
          }),
        })
      }
    }
  })
})
