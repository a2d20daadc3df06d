// Everything the event-loop checks say, in English and French.
import { wording } from '../wording.ts'

/** "run() #1: prints Tic, RUNNING": one step of a task, as the expected and the actual steps list them. */
const stepText = (after: string, said: readonly string[], status: string) => ({
  en: `${after}: ${said.length ? `prints ${said.join(', ')}, ` : ''}${status}`,
  fr: `${after} : ${said.length ? `affiche ${said.join(', ')}, ` : ''}${status}`,
})

/** "was printed twice", after a task's name. */
const printedTimes = (count: number) => ({
  en: count === 0 ? 'was never printed' : `was printed ${count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`}`,
  fr: count === 0 ? "n'a jamais été affichée" : `a été affichée ${count === 1 ? 'une fois' : count === 2 ? 'deux fois' : `${count} fois`}`,
})

export const T = wording({
  // Words the other texts are made of.
  stepText,
  partsSeparator: { en: '; ', fr: ' ; ' },
  nothing: { en: 'nothing', fr: 'rien' },
  notATask: (type: string) =>
    type === 'undefined'
      ? { en: 'undefined', fr: 'undefined' }
      : { en: `a ${type} that is not a Task`, fr: `une valeur de type ${type} qui n'est pas une Task` },
  threw: (call: string, error: string) => ({ en: `${call} threw ${error}`, fr: `${call} a levé ${error}` }),

  // How a run ended, when it did not resolve with what the world saw.
  notImplemented: (name: string) => ({
    en: `not implemented yet: ${name} still throws the stub's error`,
    fr: `pas encore implémenté : ${name} lève toujours l'erreur du squelette`,
  }),
  neverEnded: (world: string, wallMs: number) => ({
    en: `the ${world} scenario never ended: the code kept running until it was stopped after ${wallMs} ms of real time`,
    fr: `le scénario ${world} ne s'est jamais terminé : le code a tourné jusqu'à être arrêté au bout de ${wallMs} ms de temps réel`,
  }),
  endlessLoop: {
    en: 'a loop that never ends: a task that never leaves the queue (a finished or cancelled task put back in it), or a run() that never stops',
    fr: "une boucle qui ne s'arrête jamais : une tâche qui ne quitte jamais la file (une tâche terminée ou annulée qu'on y remet), ou un run() qui ne s'arrête jamais",
  },

  // The output of a scenario, compared line by line.
  nothingCame: (want: string) => ({
    en: `nothing was printed: ${want} never came`,
    fr: `rien n'a été affiché : ${want} n'est jamais apparu`,
  }),
  outputStopped: (last: string, want: string) => ({
    en: `the output stopped after ${last}: ${want} never came`,
    fr: `la sortie s'est arrêtée après ${last} : ${want} n'est jamais apparu`,
  }),
  afterTheEnd: (got: string) => ({
    en: `${got} came after the end of the expected output`,
    fr: `${got} est apparu après la fin de la sortie attendue`,
  }),
  printedBeforeCall: (got: string, during: string | undefined, call: string) => ({
    en: `${got} was printed${during ? ` during ${during}` : ''}, before ${call} was called`,
    fr: `${got} a été affiché${during ? ` pendant ${during}` : ''}, avant l'appel de ${call}`,
  }),
  returnedBefore: (during: string | undefined, want: string) => ({
    en: `${during ?? 'the first call'} returned before ${want} was printed`,
    fr: `${during ?? 'le premier appel'} a rendu la main avant que ${want} soit affiché`,
  }),
  lineWas: (line: number, got: string, want: string) => ({
    en: `output line ${line} was ${got} where ${want} was expected`,
    fr: `la ligne ${line} de la sortie était ${got} là où ${want} était attendu`,
  }),

  // The mistakes the grader's flawed models reproduce, and the hints from a first different line.
  runToEnd: {
    en: 'Task.run() runs the coroutine to its end: it must stop at the next yield (one call to next() per run()), so that the other tasks get their turn in between',
    fr: "Task.run() exécute la coroutine jusqu'au bout : elle doit s'arrêter au prochain yield (un appel à next() par run()), pour que les autres tâches aient leur tour entre-temps",
  },
  lifo: {
    en: 'the loop takes the task queued last first (last-in first-out, like a stack): take the next task from the front of the queue and put an unfinished one at the back, so that the tasks take turns in order',
    fr: "la boucle prend d'abord la dernière tâche mise en file (dernier arrivé, premier servi, comme une pile) : prenez la tâche suivante en tête de file et remettez une tâche non terminée en queue de file, pour que les tâches passent chacune à leur tour",
  },
  requeueFront: {
    en: 'an unfinished task goes back to the front of the queue, so it runs again at once and each task runs to its end before the next one starts: put it at the back of the queue',
    fr: "une tâche non terminée est remise en tête de file : elle repasse aussitôt, et chaque tâche va jusqu'au bout avant que la suivante ne démarre. Remettez-la en queue de file",
  },
  printLate: {
    en: 'a finished task is printed one turn late, when its turn comes round again: print it right after the run() that finished it, and do not put it back in the queue',
    fr: "une tâche terminée est affichée avec un tour de retard, quand son tour revient : affichez-la juste après le run() qui l'a terminée, et ne la remettez pas dans la file",
  },
  silent: {
    en: 'finished tasks are never printed: print each one once, with console.log(String(task)), right after the run() that finished it',
    fr: "les tâches terminées ne sont jamais affichées : affichez chacune une fois, avec console.log(String(task)), juste après le run() qui l'a terminée",
  },
  printEveryTurn: {
    en: 'the loop prints a task after every turn: print it only once, when it is done',
    fr: 'la boucle affiche une tâche après chaque tour : affichez-la une seule fois, quand elle est terminée',
  },
  completeRunsAll: {
    en: 'runUntilComplete went on until the queue was empty: it must return as soon as its own task is done, leaving the other tasks in the queue',
    fr: "runUntilComplete a continué jusqu'à ce que la file soit vide : elle doit rendre la main dès que sa propre tâche est terminée, en laissant les autres tâches dans la file",
  },
  completeRunsOnlyTarget: {
    en: 'runUntilComplete ran only its own task: the other tasks of the queue (here subtask, which example scheduled) never got a turn while it ran. It must give turns to every task of the queue, as runUntilEmpty does, until its own task is done',
    fr: "runUntilComplete n'a exécuté que sa propre tâche : les autres tâches de la file (ici subtask, que example a programmée) n'ont jamais eu leur tour pendant ce temps. Elle doit donner leur tour à toutes les tâches de la file, comme runUntilEmpty, jusqu'à ce que sa propre tâche soit terminée",
  },
  errorEscapes: {
    en: 'the error thrown by the coroutine escaped from Task.run(): catch it around next(), keep it in errorValue and set the status to ERROR; the loop then prints the task like a finished one and goes on with the others',
    fr: "l'erreur levée par la coroutine s'est échappée de Task.run() : interceptez-la autour de next(), gardez-la dans errorValue et passez le statut à ERROR ; la boucle affiche alors la tâche comme une tâche terminée et continue avec les autres",
  },
  unreadableLine: {
    en: 'a printed line does not show its task: print each finished task with console.log(String(task)), and give Task a toString() that holds its name and its status',
    fr: 'une ligne affichée ne montre pas sa tâche : affichez chaque tâche terminée avec console.log(String(task)), et donnez à Task un toString() qui contient son nom et son statut',
  },
  printedTwice: { en: 'a task must be printed once, when it is done', fr: 'une tâche doit être affichée une seule fois, quand elle est terminée' },
  order: {
    en: 'take the task at the front of the queue and run it to its next yield; print it if it is done, otherwise put it at the back of the queue',
    fr: "prenez la tâche en tête de file et exécutez-la jusqu'à son prochain yield ; affichez-la si elle est terminée, sinon remettez-la en queue de file",
  },

  // A Task driven by hand: its states.
  newIsNew: { en: 'a task that has not run yet is NEW', fr: "une tâche qui ne s'est pas encore exécutée est NEW" },
  pausedIsRunning: { en: 'a task paused at a yield is RUNNING', fr: 'une tâche suspendue sur un yield est RUNNING' },
  doneIsFinished: { en: 'when next() reports done, the task is FINISHED', fr: 'quand next() indique done, la tâche est FINISHED' },
  cancelSetsCancelled: {
    en: 'cancel() sets the status of a task that is not done to CANCELLED',
    fr: "cancel() passe à CANCELLED le statut d'une tâche qui n'est pas terminée",
  },

  // task-steps.
  taskNamed: (shown: string) => ({ en: `new Task(ticTac(), "tic_tac").name was ${shown}`, fr: `new Task(ticTac(), "tic_tac").name valait ${shown}` }),
  keepName: { en: 'keep the name given to the constructor in task.name', fr: 'gardez dans task.name le nom donné au constructeur' },
  stoppedAfter: (runs: number) => ({ en: `tic_tac stopped after ${runs} run() calls`, fr: `tic_tac s'est arrêtée après ${runs} appels à run()` }),
  ranToEnd: (said: readonly string[], status: string) => ({
    en: `the first run() printed ${said.join(', ')} and left the task ${status}: it ran tic_tac to its end`,
    fr: `le premier run() a affiché ${said.join(', ')} et laissé la tâche ${status} : il a exécuté tic_tac jusqu'au bout`,
  }),
  printedWhere: (after: string, got: string, want: string) => ({
    en: `${after} printed ${got} where ${want} was expected`,
    fr: `${after} a affiché ${got} là où ${want} était attendu`,
  }),
  oneNextPerRun: {
    en: 'each run() resumes the coroutine once: one call to next()',
    fr: 'chaque run() fait reprendre la coroutine une fois : un appel à next()',
  },
  constructorOnlyKeeps: {
    en: 'the constructor only keeps the coroutine: the first run() starts it',
    fr: "le constructeur ne fait que garder la coroutine : c'est le premier run() qui la démarre",
  },
  statusAfter: (after: string, got: string, want: string) => ({
    en: `after ${after} the status was ${got}, not ${want}`,
    fr: `après ${after}, le statut était ${got}, et non ${want}`,
  }),
  isDoneWas: (was: boolean, status: string) => ({ en: `isDone() was ${was} for a ${status} task`, fr: `isDone() valait ${was} pour une tâche ${status}` }),
  isDoneMeaning: {
    en: 'isDone() is true once the task is FINISHED or ERROR, false before',
    fr: 'isDone() vaut true dès que la tâche est FINISHED ou ERROR, false avant',
  },
  returnValueWas: (shown: string) => ({
    en: `returnValue was ${shown} after tic_tac returned "Boum!"`,
    fr: `returnValue valait ${shown} après que tic_tac a renvoyé "Boum!"`,
  }),
  keepReturnValue: {
    en: 'when next() reports done, its value is what the coroutine returned: keep it in returnValue',
    fr: 'quand next() indique done, sa value est ce que la coroutine a renvoyé : gardez-la dans returnValue',
  },

  // task-error.
  errorSteps: (kaboom: string) => ({
    en: `run() #1: prints Ping; run() #2: the coroutine throws Error: ${kaboom}, run() returns, status ERROR, errorValue that Error`,
    fr: `run() #1 : affiche Ping ; run() #2 : la coroutine lève Error: ${kaboom}, run() rend la main, statut ERROR, errorValue est cette Error`,
  }),
  errorEscapedRun: (threw: string) => ({
    en: `${threw}: the coroutine's error escaped from run()`,
    fr: `${threw} : l'erreur de la coroutine s'est échappée de run()`,
  }),
  statusAfterThrow: (kaboom: string, status: string) => ({
    en: `after the coroutine threw Error: ${kaboom}, the status was ${status}`,
    fr: `après que la coroutine a levé Error: ${kaboom}, le statut était ${status}`,
  }),
  catchAroundNext: {
    en: 'catch the error around next() in run() and set the status to ERROR',
    fr: "interceptez l'erreur autour de next() dans run() et passez le statut à ERROR",
  },
  errorValueWas: (shown: string) => ({
    en: `errorValue was ${shown}, not the Error the coroutine threw`,
    fr: `errorValue valait ${shown}, et non l'Error levée par la coroutine`,
  }),
  keepCaughtError: { en: 'keep the caught error itself in errorValue', fr: "gardez dans errorValue l'erreur interceptée elle-même" },
  notDoneInError: { en: 'isDone() was false for a task in ERROR', fr: 'isDone() valait false pour une tâche en ERROR' },
  errorIsDone: {
    en: 'a task in ERROR is done: isDone() is true for FINISHED and ERROR',
    fr: 'une tâche en ERROR est terminée : isDone() vaut true pour FINISHED et ERROR',
  },

  // task-cancel.
  cancelLine: (name: string, change: string) => ({ en: `${name}: ${change}`, fr: `${name} : ${change}` }),
  cancelExpected: {
    en: 'idle: NEW -> CANCELLED, isCancelled() true; busy: RUNNING -> CANCELLED, isCancelled() true; quick: FINISHED -> FINISHED, isCancelled() false',
    fr: 'idle : NEW -> CANCELLED, isCancelled() true ; busy : RUNNING -> CANCELLED, isCancelled() true ; quick : FINISHED -> FINISHED, isCancelled() false',
  },
  cancelledBefore: (was: string, name: string) => ({
    en: `isCancelled() was true for the ${was} task ${name} before cancel()`,
    fr: `isCancelled() valait true pour la tâche ${name} (${was}) avant cancel()`,
  }),
  cancelledOnlyWhen: { en: 'isCancelled() is true only when the status is CANCELLED', fr: 'isCancelled() ne vaut true que si le statut est CANCELLED' },
  cancelLeft: (was: string, name: string, status: string) => ({
    en: `cancel() left the ${was} task ${name} ${status}`,
    fr: `cancel() a laissé la tâche ${name} (${was}) à l'état ${status}`,
  }),
  notCancelledAfter: (name: string) => ({ en: `isCancelled() was false after ${name}.cancel()`, fr: `isCancelled() valait false après ${name}.cancel()` }),
  cancelledWhen: { en: 'isCancelled() is true when the status is CANCELLED', fr: 'isCancelled() vaut true quand le statut est CANCELLED' },
  cancelRan: (name: string, said: readonly string[]) => ({
    en: `${name}.cancel() ran the coroutine: it printed ${said.join(', ')}`,
    fr: `${name}.cancel() a exécuté la coroutine : elle a affiché ${said.join(', ')}`,
  }),
  cancelOnlyMarks: { en: 'cancel() only marks the task; it never runs it', fr: "cancel() ne fait que marquer la tâche ; il ne l'exécute jamais" },
  busyNotRunning: (status: string) => ({
    en: `after one run() the task busy (3 yields) was ${status}, not RUNNING, so cancelling a running task could not be tried`,
    fr: `après un run(), la tâche busy (3 yields) était ${status}, et non RUNNING : l'annulation d'une tâche en cours n'a donc pas pu être essayée`,
  }),
  quickNotFinished: (status: string) => ({
    en: `the task quick, whose coroutine returns at once, was ${status} after its first run()`,
    fr: `la tâche quick, dont la coroutine se termine aussitôt, était ${status} après son premier run()`,
  }),
  cancelChangedFinished: (status: string, returned: string) => ({
    en: `cancel() on the FINISHED task quick left it ${status} with returnValue ${returned}`,
    fr: `cancel() sur la tâche quick, FINISHED, l'a laissée à l'état ${status} avec returnValue ${returned}`,
  }),
  cancelDoneChangesNothing: {
    en: 'cancelling a task that is already done changes nothing: check isDone() first',
    fr: "annuler une tâche déjà terminée ne change rien : vérifiez d'abord isDone()",
  },

  // to-string.
  itsName: (name: string) => ({ en: `its name ${name}`, fr: `son nom ${name}` }),
  itsStatus: (status: string) => ({ en: `its status ${status}`, fr: `son statut ${status}` }),
  itsError: (error: string) => ({ en: `its error (${error})`, fr: `son erreur (${error})` }),
  itsReturnValue: (value: string) => ({ en: `its return value ${value}`, fr: `sa valeur de retour ${value}` }),
  toStringWas: (status: string, name: string, text: string, what: string, anywhere: boolean) => ({
    en: `String(task) of the ${status} task ${name} was ${text}: ${anywhere ? `${what} is out of order` : `it does not show ${what}`}`,
    fr: `String(task) de la tâche ${name} (${status}) valait ${text} : ${anywhere ? `${what} n'est pas à sa place` : `il ne montre pas ${what}`}`,
  }),
  toStringHolds: (parts: readonly string[], example: string) => ({
    en: `${parts.join(', then ')}, with any punctuation, e.g. ${example}`,
    fr: `${parts.join(', puis ')}, avec n'importe quelle ponctuation, par exemple ${example}`,
  }),
  ownToString: { en: 'Task needs its own toString() method', fr: 'Task a besoin de sa propre méthode toString()' },
  toStringParts: {
    en: 'toString() holds the name, then the status, then the return value (FINISHED) or the error (ERROR)',
    fr: "toString() contient le nom, puis le statut, puis la valeur de retour (FINISHED) ou l'erreur (ERROR)",
  },
  neverDone: (statuses: string) => ({
    en: `no task ever became FINISHED or ERROR (tic_tac was ${statuses} from new Task to its last run()), so String(task) never had a return value or an error to show`,
    fr: `aucune tâche n'est jamais devenue FINISHED ou ERROR (tic_tac était ${statuses} de new Task à son dernier run()), donc String(task) n'a jamais eu de valeur de retour ni d'erreur à montrer`,
  }),
  neverHeldValue: (statuses: string, returned: string) => ({
    en: `no task ever held what its coroutine returned or threw (tic_tac was ${statuses} from new Task to its last run(), with returnValue ${returned}), so String(task) never had a return value or an error to show`,
    fr: `aucune tâche n'a jamais contenu ce que sa coroutine a renvoyé ou levé (tic_tac était ${statuses} de new Task à son dernier run(), avec returnValue ${returned}), donc String(task) n'a jamais eu de valeur de retour ni d'erreur à montrer`,
  }),
  toStringOfFinished: {
    en: `once tic_tac has returned "Boum!", String(task) holds tic_tac, FINISHED, then Boum!, e.g. <Task 'tic_tac' [FINISHED] ('Boum!')>`,
    fr: `une fois que tic_tac a renvoyé "Boum!", String(task) contient tic_tac, FINISHED, puis Boum!, par exemple <Task 'tic_tac' [FINISHED] ('Boum!')>`,
  },
  toStringJudgedOnRan: {
    en: 'toString() is judged on tasks that ran: keep the status up to date in run() (see the Task checks), so that a finished task shows its return value and a failed one its error',
    fr: "toString() est jugé sur des tâches qui se sont exécutées : tenez le statut à jour dans run() (voir les vérifications de Task), pour qu'une tâche terminée montre sa valeur de retour, et une tâche en échec son erreur",
  },

  // schedule.
  scheduleExpected: {
    en: 'schedule(generator, name) returns a new NEW Task with that name; schedule(task) returns that task; nothing runs before runUntilEmpty()',
    fr: "schedule(generator, name) renvoie une nouvelle Task NEW portant ce nom ; schedule(task) renvoie cette tâche ; rien ne s'exécute avant runUntilEmpty()",
  },
  scheduleReturned: (what: string) => ({ en: `schedule(ticTac(), "tic_tac") returned ${what}`, fr: `schedule(ticTac(), "tic_tac") a renvoyé ${what}` }),
  wrapGenerator: {
    en: 'wrap a generator in a new Task, queue that Task and return it',
    fr: 'enveloppez un générateur dans une nouvelle Task, mettez cette Task en file et renvoyez-la',
  },
  scheduledNamed: (shown: string) => ({
    en: `the Task made by schedule(ticTac(), "tic_tac") is named ${shown}`,
    fr: `la Task créée par schedule(ticTac(), "tic_tac") s'appelle ${shown}`,
  }),
  passName: { en: 'pass the name on to the new Task', fr: 'transmettez le nom à la nouvelle Task' },
  scheduleRan: (status: string, early: string | undefined) => ({
    en: `schedule() already ran the task: its status was ${status}${early ? ` and ${early} came before runUntilEmpty()` : ''}`,
    fr: `schedule() a déjà exécuté la tâche : son statut était ${status}${early ? `, et la sortie contenait déjà ${early} avant runUntilEmpty()` : ''}`,
  }),
  scheduleOnlyQueues: {
    en: 'schedule only queues the task: it runs when the loop gives it its turn',
    fr: "schedule ne fait que mettre la tâche en file : elle s'exécute quand la boucle lui donne son tour",
  },
  scheduleLostTask: { en: 'schedule(task) did not return the Task it was given', fr: "schedule(task) n'a pas renvoyé la Task reçue" },
  scheduleTaskAsIs: {
    en: 'given a Task, schedule queues that very Task and returns it; only a generator gets wrapped in a new Task',
    fr: 'quand il reçoit une Task, schedule met en file cette Task-là et la renvoie ; seul un générateur est enveloppé dans une nouvelle Task',
  },
  ranNeither: {
    en: 'runUntilEmpty() ran neither of the scheduled tasks: tic_tac and spam were still NEW and printed nothing',
    fr: "runUntilEmpty() n'a exécuté aucune des tâches programmées : tic_tac et spam étaient encore NEW et n'ont rien affiché",
  },
  scheduleThenRun: {
    en: "schedule puts the task in the loop's queue, and runUntilEmpty gives the queued tasks their turns until the queue is empty",
    fr: "schedule met la tâche dans la file de la boucle, et runUntilEmpty donne leur tour aux tâches de la file jusqu'à ce qu'elle soit vide",
  },
  afterRunUntilEmpty: (name: string, status: string, returned: string) => ({
    en: `after runUntilEmpty(), the ${name} task ${name === 'spam' ? 'given to' : 'returned by'} schedule() was ${status} with returnValue ${returned}`,
    fr: `après runUntilEmpty(), la tâche ${name} ${name === 'spam' ? 'donnée à' : 'renvoyée par'} schedule() était ${status} avec returnValue ${returned}`,
  }),
  runTheGivenTask: { en: 'the loop must run the very Task that schedule was given', fr: 'la boucle doit exécuter la Task même que schedule a reçue' },
  runTheReturnedTask: {
    en: 'the Task that schedule returns must be the one the loop runs',
    fr: "la Task que renvoie schedule doit être celle qu'exécute la boucle",
  },

  // round-robin.
  outOfOrder: (message: string) => ({ en: `turns out of order: ${message}`, fr: `tours dans le désordre : ${message}` }),

  // loop-errors.
  errorsExpected: (lines: string) => ({ en: `${lines}, and runUntilEmpty() returns`, fr: `${lines}, puis runUntilEmpty() rend la main` }),
  scheduledFragile: (what: string) => ({ en: `schedule(fragile(), "fragile") returned ${what}`, fr: `schedule(fragile(), "fragile") a renvoyé ${what}` }),
  thrownByFragile: { en: ', the error thrown by the coroutine of fragile', fr: ", l'erreur levée par la coroutine de fragile" },
  fragileAfterThrow: (status: string, error: string) => ({
    en: `after its coroutine threw, fragile was ${status} with errorValue ${error}`,
    fr: `après l'erreur de sa coroutine, fragile était ${status} avec errorValue ${error}`,
  }),
  fragilePrinted: (count: number, statuses: string) => ({
    en: `fragile ${printedTimes(count).en}${statuses}`,
    fr: `la tâche fragile ${printedTimes(count).fr}${statuses}`,
  }),
  errorPrintedOnce: {
    en: 'a task in ERROR is done: the loop prints it once, like a finished task, and does not queue it again',
    fr: "une tâche en ERROR est terminée : la boucle l'affiche une fois, comme une tâche terminée, et ne la remet pas en file",
  },
  printedWithoutError: (line: string, kaboom: string, text: string) => ({
    en: `fragile ended in ERROR and was printed as ${line}, which does not show its error (Error: ${kaboom}), although String(task) does: ${text}`,
    fr: `fragile a fini en ERROR et a été affichée sous la forme ${line}, qui ne montre pas son erreur (Error: ${kaboom}), alors que String(task) la montre : ${text}`,
  }),
  printTheTask: {
    en: 'the loop printed a line of its own instead of the task: print a done task with console.log(String(task)), so that a failed task shows its error as a finished one shows its return value',
    fr: "la boucle a affiché une ligne de son cru au lieu de la tâche : affichez une tâche terminée avec console.log(String(task)), pour qu'une tâche en échec montre son erreur comme une tâche finie montre sa valeur de retour",
  },
  spamStopped: (status: string) => ({
    en: `after fragile failed, spam did not run to its end: it was ${status}`,
    fr: `après l'échec de fragile, spam n'est pas allée jusqu'au bout : elle était ${status}`,
  }),
  errorStaysInTask: {
    en: 'an error in one task must not stop the others: catch it in run() and let the loop go on',
    fr: "l'erreur d'une tâche ne doit pas arrêter les autres : interceptez-la dans run() et laissez la boucle continuer",
  },

  // run-until-complete.
  completedWhile: (status: string, returned: string) => ({
    en: `runUntilComplete(example(), "example") returned the task while it was ${status} with returnValue ${returned}`,
    fr: `runUntilComplete(example(), "example") a renvoyé la tâche alors qu'elle était ${status} avec returnValue ${returned}`,
  }),
  completeReturned: (what: string) => ({
    en: `runUntilComplete(example(), "example") returned ${what}`,
    fr: `runUntilComplete(example(), "example") a renvoyé ${what}`,
  }),
  exampleFinished: { en: 'the example Task, FINISHED, returnValue "all good"', fr: 'la Task example, FINISHED, returnValue "all good"' },
  completeSchedules: {
    en: 'runUntilComplete schedules its work as schedule() does, runs the loop until that task is done, and returns the task',
    fr: "runUntilComplete programme son travail comme schedule(), fait tourner la boucle jusqu'à ce que cette tâche soit terminée, puis renvoie la tâche",
  },
  completeThrewBeforeExample: {
    en: 'runUntilComplete threw before example ever ran: the queue was empty, so its task was never in it. Schedule the task first, as schedule() does, then give turns until it is done',
    fr: "runUntilComplete a levé une erreur avant que example ne s'exécute : la file était vide, sa tâche n'y avait donc jamais été mise. Programmez d'abord la tâche, comme schedule(), puis donnez des tours jusqu'à ce qu'elle soit terminée",
  },
  againReturned: (sameTask: boolean, status: string) => ({
    en: `runUntilComplete(task) returned ${sameTask ? 'the task' : 'another object than the Task it was given'}, ${status}`,
    fr: `runUntilComplete(task) a renvoyé ${sameTask ? 'la tâche' : 'un autre objet que la Task reçue'}, ${status}`,
  }),
  givenTaskFinished: { en: 'the very Task it was given, FINISHED', fr: "la Task même qu'elle a reçue, FINISHED" },
  completeAcceptsTask: {
    en: 'runUntilComplete accepts a Task as well as a generator, like schedule()',
    fr: "runUntilComplete accepte une Task aussi bien qu'un générateur, comme schedule()",
  },

  // cancel-drops.
  cancelDropsExpected: {
    en: 'skipped never runs and worker stops once boss cancels it; each is printed once, CANCELLED, by the loop when its turn comes; boss and bystander finish',
    fr: "skipped ne s'exécute jamais et worker s'arrête dès que boss l'annule ; chacune est affichée une fois, CANCELLED, par la boucle quand vient son tour ; boss et bystander se terminent",
  },
  statusRightAfterCancel: (status: string) => ({
    en: `right after skipped.cancel() its status was ${status}`,
    fr: `juste après skipped.cancel(), son statut était ${status}`,
  }),
  ranCancelled: {
    en: "the loop ran a cancelled task: when a task's turn comes, check isCancelled() first, and if so print the task and drop it instead of running it",
    fr: "la boucle a exécuté une tâche annulée : quand vient le tour d'une tâche, vérifiez d'abord isCancelled() et, si c'est le cas, affichez la tâche et abandonnez-la au lieu de l'exécuter",
  },
  skippedRan: (said: readonly string[]) => ({
    en: `skipped was cancelled before the loop started, yet it ran: it printed ${said.join(', ')}`,
    fr: `skipped a été annulée avant le démarrage de la boucle, et pourtant elle s'est exécutée : elle a affiché ${said.join(', ')}`,
  }),
  workerKeptRunning: (said: readonly string[]) => ({
    en: `worker kept running after boss cancelled it: it printed ${said.join(', ')}`,
    fr: `la tâche worker a continué à s'exécuter après que boss l'a annulée : elle a affiché ${said.join(', ')}`,
  }),
  cancelledPrinted: (name: string, count: number, statuses: string) => ({
    en: `the cancelled task ${name} ${printedTimes(count).en}${statuses}`,
    fr: `la tâche annulée ${name} ${printedTimes(count).fr}${statuses}`,
  }),
  printCancelledOnce: {
    en: 'print a cancelled task once: the loop prints it when its turn comes, and cancel() itself prints nothing',
    fr: "affichez une tâche annulée une seule fois : la boucle l'affiche quand vient son tour, et cancel() lui-même n'affiche rien",
  },
  printCancelledOnItsTurn: {
    en: "when a cancelled task's turn comes, print it (console.log(String(task))) and drop it",
    fr: "quand vient le tour d'une tâche annulée, affichez-la (console.log(String(task))) et abandonnez-la",
  },
  cancelledAtTheEnd: (name: string, status: string) => ({
    en: `at the end, the cancelled task ${name} was ${status}`,
    fr: `à la fin, la tâche annulée ${name} était ${status}`,
  }),
  printedAtCancel: {
    en: 'skipped was printed when cancel() was called, before the loop ran',
    fr: "skipped a été affichée à l'appel de cancel(), avant que la boucle ne tourne",
  },
  loopPrintsCancelled: {
    en: 'cancel() only marks the task; the loop prints it when its turn comes',
    fr: "cancel() ne fait que marquer la tâche ; la boucle l'affiche quand vient son tour",
  },
  didNotFinish: (name: string, status: string) => ({
    en: `${name} did not finish: it was ${status}`,
    fr: `${name} ne s'est pas terminée : elle était ${status}`,
  }),
  dropLeavesOthers: {
    en: 'dropping a cancelled task must leave the other tasks in the queue',
    fr: 'abandonner une tâche annulée doit laisser les autres tâches dans la file',
  },
})
