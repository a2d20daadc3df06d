// Everything the task-group checks say, in English and French.
import { wording } from '../wording.ts'

/** "a, b and c" in each language. */
const and = (items: readonly string[], word: string) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`)
const en = (items: readonly string[]) => and(items, 'and')
const fr = (items: readonly string[]) => and(items, 'et')

export const T = wording({
  theBody: { en: 'the body', fr: 'le corps' },
  theGroupSignal: { en: "the group's signal", fr: 'le signal du groupe' },
  noReport: { en: 'no report', fr: 'aucun rapport' },
  nothingReturned: { en: 'nothing came back', fr: "rien n'est revenu" },

  // Runs that never end, or never did the work a check is about.
  neverSettledReporting: (fn: string, at: number, times: string) => ({
    en: `${fn} never settled: at t=${at} its reporter was still reporting (at ${times})`,
    fr: `${fn} ne s'est jamais terminée : à t=${at}, sa tâche de suivi rapportait encore (à ${times})`,
  }),
  stillReporting: (times: string) => ({ en: `reports at ${times}, and no end`, fr: `des rapports à ${times}, sans fin` }),
  reporterNeverStops: {
    en: 'the reporter never stops, so the group never ends: loop only while some list is still unsent (or stop it when the last one is sent), and pass it the group signal so that an abort stops it too',
    fr: "la tâche de suivi ne s'arrête jamais, donc le groupe ne se termine jamais : ne bouclez que tant qu'une liste reste à envoyer (ou arrêtez-la quand la dernière est envoyée), et donnez-lui le signal du groupe pour qu'une interruption l'arrête aussi",
  },
  neverStarted: (fn: string, lanes: string[]) => ({
    en: `${lanes.length === 1 ? `${lanes[0]} never started` : `${en(lanes)} never started`}: ${fn} never ran ${lanes.length === 1 ? 'it' : 'them'}`,
    fr: `${lanes.length === 1 ? `${lanes[0]} n'a jamais démarré` : `${fr(lanes)} n'ont jamais démarré`} : ${fn} ne ${lanes.length === 1 ? "l'a" : 'les a'} jamais lancé${lanes.length === 1 ? 'e' : 'es'}`,
  }),
  bodyNeverCalled: (fn: string, ending: string) => ({
    en: `${fn} ${ending} without ever calling body`,
    fr: `${fn} ${ending} sans jamais appeler body`,
  }),
  spawnStartsTheTask: {
    en: 'spawn(task) must call task(signal): that call is what starts the task',
    fr: "spawn(task) doit appeler task(signal) : c'est cet appel qui démarre la tâche",
  },
  callTheBody: {
    en: "a task group runs its body: call body(spawn, signal), and resolve with the body's value once every task it spawned has settled",
    fr: 'un groupe de tâches exécute son corps : appelez body(spawn, signal), et résolvez avec la valeur du corps une fois réglée chaque tâche lancée',
  },

  // withTaskGroup, every task succeeds.
  resolvesWithBodyValue: (at: number, shown: string) => ({
    en: `every task starts at t=0; withTaskGroup resolves at t=${at}, when the last task ends, with ${shown}, the body's value`,
    fr: `chaque tâche démarre à t=0 ; withTaskGroup se résout à t=${at}, quand la dernière tâche se termine, avec ${shown}, la valeur du corps`,
  }),
  startedLate: (lane: string, at: number) => ({
    en: `${lane} started at t=${at}, not at t=0 when the body spawned it`,
    fr: `${lane} a démarré à t=${at}, et non à t=0 quand le corps l'a lancée`,
  }),
  spawnStartsAtOnce: {
    en: 'spawn must start the task at once, by calling it (a TypeScript async function runs as soon as it is called): do not keep it for later',
    fr: "spawn doit démarrer la tâche aussitôt, en l'appelant (une fonction async de TypeScript s'exécute dès qu'on l'appelle) : ne la gardez pas pour plus tard",
  },
  rejectedAlthoughAllSucceeded: (ending: string) => ({
    en: `withTaskGroup ${ending}, although every task succeeded`,
    fr: `withTaskGroup ${ending}, alors que chaque tâche a réussi`,
  }),
  nothingFailed: { en: 'nothing failed here: the call should resolve', fr: "rien n'a échoué ici : l'appel doit se résoudre" },
  ranUntil: (lane: string, end: number | undefined) => ({
    en: end === undefined ? `${lane} never ended` : `${lane} ran until t=${end}`,
    fr: end === undefined ? `${lane} ne s'est jamais terminée` : `${lane} a tourné jusqu'à t=${end}`,
  }),
  outlived: (at: number, runs: string[]) => ({
    en: `withTaskGroup settled at t=${at}, but ${en(runs)}: the tasks outlived their group (zombies)`,
    fr: `withTaskGroup s'est terminée à t=${at}, mais ${fr(runs)} : les tâches ont survécu à leur groupe (des zombies)`,
  }),
  fireAndForget: {
    en: "spawn fired the task and forgot it: keep each task's promise, and settle only once every one has settled. Python's TaskGroup waits for its tasks when its block ends; a promise nobody keeps is never waited for",
    fr: "spawn a lancé la tâche puis l'a oubliée : gardez la promesse de chaque tâche, et ne terminez qu'une fois toutes réglées. Le TaskGroup de Python attend ses tâches à la fin de son bloc ; une promesse que personne ne garde n'est jamais attendue",
  },
  resolvedAfterLast: (at: number, last: number) => ({
    en: `it settled at t=${at}, not at t=${last} when the last task ended`,
    fr: `elle s'est terminée à t=${at}, et non à t=${last}, quand la dernière tâche s'est terminée`,
  }),
  waitedLonger: { en: 'something waited longer than the tasks needed', fr: "quelque chose a attendu plus longtemps que les tâches n'en avaient besoin" },
  notBodyValue: (shown: string, expected: string) => ({
    en: `withTaskGroup resolved with ${shown}, not with ${expected}, the value body resolved with`,
    fr: `withTaskGroup s'est résolue avec ${shown}, et non avec ${expected}, la valeur avec laquelle body s'est résolue`,
  }),
  returnBodyValue: {
    en: "resolve with the value the body resolved with, not the tasks' results",
    fr: 'résolvez avec la valeur avec laquelle le corps se résout, et non avec les résultats des tâches',
  },

  // withTaskGroup, a task spawned while the group waits.
  nestedNeverStarted: (second: string, first: string, at: number) => ({
    en: `${second}, spawned by ${first} at t=${at}, never started`,
    fr: `${second}, lancée par ${first} à t=${at}, n'a jamais démarré`,
  }),
  spawnWhileWaitingStarts: {
    en: 'the group is still open while it waits: a task may spawn another, and spawn must start it',
    fr: "le groupe reste ouvert tant qu'il attend : une tâche peut en lancer une autre, et spawn doit la démarrer",
  },
  nestedOutlived: (second: string, first: string, started: number, at: number, ended: number | undefined) => ({
    en: `${second}, spawned by ${first} at t=${started} while the group was waiting, was still running when withTaskGroup settled at t=${at}${ended === undefined ? '' : ` (it ended at t=${ended})`}`,
    fr: `${second}, lancée par ${first} à t=${started} pendant que le groupe attendait, tournait encore quand withTaskGroup s'est terminée à t=${at}${ended === undefined ? '' : ` (elle s'est terminée à t=${ended})`}`,
  }),
  waitUntilNoneLeft: {
    en: 'the group waited only for the tasks there were when the body returned (Promise.all of the list at that moment): wait until no task is left, in a loop',
    fr: "le groupe n'a attendu que les tâches qui existaient quand le corps s'est terminé (Promise.all de la liste à cet instant) : attendez, dans une boucle, qu'il ne reste plus aucune tâche",
  },

  // withTaskGroup, the aborts at the first failure.
  abortedAt: (who: string, at: number, lanes: string[]) => ({
    en: `when ${who} fails at t=${at}, the group's signal${lanes.length ? ` and the signals of ${en(lanes)}` : ''} abort at t=${at}`,
    fr: `quand ${who} échoue à t=${at}, le signal du groupe${lanes.length ? ` et les signaux de ${fr(lanes)}` : ''} sont interrompus à t=${at}`,
  }),
  noSignalGiven: (who: string) => ({ en: `${who} got no signal`, fr: `${who} n'a reçu aucun signal` }),
  bodyGotNoSignal: { en: 'body was called without a signal', fr: 'body a été appelée sans signal' },
  taskGotNoSignal: (lane: string) => ({ en: `${lane} was called without a signal`, fr: `${lane} a été appelée sans signal` }),
  passTheGroupSignal: {
    en: "hand the group's signal to body and to every task (task(signal)): it is how they learn that the group failed",
    fr: "donnez le signal du groupe à body et à chaque tâche (task(signal)) : c'est ainsi qu'elles apprennent l'échec du groupe",
  },
  neverAborted: (lane: string, ended: number | undefined, who: string, at: number) => ({
    en: `${lane} was never aborted when ${who} failed at t=${at}: ${ended === undefined ? 'it never ended' : `it ran on until t=${ended}`}`,
    fr: `${lane} n'a jamais été interrompue quand ${who} a échoué à t=${at} : ${ended === undefined ? "elle ne s'est jamais terminée" : `elle a continué jusqu'à t=${ended}`}`,
  }),
  allSettledCancelsNothing: {
    en: "nothing aborted the other tasks: waiting for every task (Promise.allSettled, say) cancels none of them. Notice the first failure when it happens, and abort then the group's AbortController, whose signal every task was given",
    fr: "rien n'a interrompu les autres tâches : attendre chaque tâche (avec Promise.allSettled, par exemple) n'en annule aucune. Remarquez le premier échec dès qu'il survient, et interrompez alors l'AbortController du groupe, dont chaque tâche a reçu le signal",
  },
  abortedInstead: (who: string, at: number) => ({ en: `${who} aborted at t=${at}`, fr: `${who} interrompu à t=${at}` }),
  notAborted: (who: string) => ({ en: `${who} never aborted`, fr: `${who} jamais interrompu` }),
  abortedNotAtFailure: (who: string, at: number, failed: string, failedAt: number) => ({
    en: `${who} was aborted at t=${at}, not when ${failed} failed at t=${failedAt}`,
    fr: `${who} a été interrompu à t=${at}, et non quand ${failed} a échoué à t=${failedAt}`,
  }),
  noticeFailureAtOnce: {
    en: "the failure was noticed late: watch each task's promise from the moment it is spawned (a handler on it), not only once the body has returned",
    fr: "l'échec a été remarqué trop tard : surveillez la promesse de chaque tâche dès qu'elle est lancée (un gestionnaire sur elle), et pas seulement une fois le corps terminé",
  },
  abortOnlyOnFailure: {
    en: 'abort only when something fails, at that instant',
    fr: "n'interrompez qu'en cas d'échec, à l'instant où il survient",
  },
  groupSignalNeverAborted: (who: string, at: number) => ({
    en: `the group's signal, the one body received, was never aborted when ${who} failed at t=${at}`,
    fr: `le signal du groupe, celui que body a reçu, n'a jamais été interrompu quand ${who} a échoué à t=${at}`,
  }),
  abortTheBodySignal: {
    en: "give body the group's own signal, and abort it at the first failure: a body still at work must learn that its group failed",
    fr: "donnez à body le signal même du groupe, et interrompez-le au premier échec : un corps encore au travail doit apprendre l'échec de son groupe",
  },

  // withTaskGroup, waiting for the clean-ups.
  rejectsOnceCleanedUp: (at: number, who: string, failedAt: number) => ({
    en: `${who} fails at t=${failedAt}; withTaskGroup is rejected at t=${at}, once the body and every clean-up have ended`,
    fr: `${who} échoue à t=${failedAt} ; withTaskGroup est rejetée à t=${at}, une fois le corps et chaque nettoyage terminés`,
  }),
  resolvedAlthoughFailed: (ending: string, who: string, at: number) => ({
    en: `the call ${ending}, although ${who} failed at t=${at}`,
    fr: `l'appel ${ending.replace(/^s'est résolue/, "s'est résolu")}, alors que ${who} a échoué à t=${at}`,
  }),
  failureRejects: {
    en: 'a failure makes the whole group fail: keep the first failure and reject with it once everything has settled',
    fr: "un échec fait échouer tout le groupe : gardez le premier échec et rejetez avec lui une fois que tout s'est réglé",
  },
  cleaningUpUntil: (who: string, until: number | undefined) => ({
    en: until === undefined ? `${who} still running` : `${who} until t=${until}`,
    fr: until === undefined ? `${who} encore en cours` : `${who} jusqu'à t=${until}`,
  }),
  rejectedWhileCleaningUp: (fn: string, at: number, items: string[]) => ({
    en: `${fn} settled at t=${at} while the clean-ups were still running${items.length ? ` (${en(items)})` : ''}: they ended after their group`,
    fr: `${fn} s'est terminée à t=${at} alors que les nettoyages tournaient encore${items.length ? ` (${fr(items)})` : ''} : ils se sont terminés après leur groupe`,
  }),
  promiseAllSettlesEarly: {
    en: 'Promise.all settles at the first rejection, while the aborted tasks are still cleaning up: after aborting, wait for every task (and the body) to settle, then reject',
    fr: 'Promise.all se termine au premier rejet, pendant que les tâches interrompues nettoient encore : après avoir interrompu, attendez que chaque tâche (et le corps) se soit réglée, puis rejetez',
  },
  waitForEveryone: {
    en: 'after aborting, wait for the body and every task to settle, their clean-up included, then reject',
    fr: 'après avoir interrompu, attendez que le corps et chaque tâche se soient réglés, nettoyage compris, puis rejetez',
  },
  rejectedAfterCleanup: (at: number, expected: number) => ({
    en: `it settled at t=${at}, not at t=${expected} when the last clean-up ended`,
    fr: `elle s'est terminée à t=${at}, et non à t=${expected}, quand le dernier nettoyage s'est terminé`,
  }),

  // withTaskGroup, the real cause.
  rejectedWith: (message: string, who: string) => ({
    en: `is rejected with ${who}'s own error, Error: ${message}`,
    fr: `est rejetée avec l'erreur même de ${who}, Error: ${message}`,
  }),
  notTheCause: (ending: string, who: string, at: number) => ({
    en: `the call ${ending}, not with the error ${who} failed with at t=${at}`,
    fr: `l'appel ${ending.replace(/^a été rejetée/, 'a été rejeté')}, et non avec l'erreur de ${who}, qui a échoué à t=${at}`,
  }),
  abortErrorNotCause: (name: string) => ({
    en: `the ${name} is what the abort produced in the other tasks, not why the group failed: remember the first failure when it happens and reject with that error (in Python the TaskGroup raises the task's exception, never the CancelledError)`,
    fr: `la ${name} est ce que l'interruption a produit dans les autres tâches, et non la raison de l'échec du groupe : retenez le premier échec quand il survient et rejetez avec cette erreur (en Python, le TaskGroup lève l'exception de la tâche, jamais la CancelledError)`,
  }),
  keepTheFirstFailure: {
    en: 'reject with the first failure, the error of the task or body that failed first, as it was thrown',
    fr: "rejetez avec le premier échec, l'erreur de la tâche ou du corps qui a échoué en premier, telle qu'elle a été levée",
  },

  // withTaskGroup, spawn after the first failure.
  spawnRefused: (name: string, at: number) => ({
    en: `at t=${at}, after the first failure, spawn does not start ${name} and returns a promise rejected with the group signal's reason`,
    fr: `à t=${at}, après le premier échec, spawn ne démarre pas ${name} et renvoie une promesse rejetée avec la raison du signal du groupe`,
  }),
  ranFrom: (name: string, at: number) => ({ en: `${name} started at t=${at}`, fr: `${name} a démarré à t=${at}` }),
  startedAfterFailure: (name: string, at: number, failed: string, failedAt: number) => ({
    en: `spawn started ${name} at t=${at}, after ${failed} had failed at t=${failedAt}`,
    fr: `spawn a démarré ${name} à t=${at}, alors que ${failed} avait échoué à t=${failedAt}`,
  }),
  closeTheGroup: {
    en: 'once the group has failed it is closed: spawn checks signal.aborted first and starts nothing (Python: create_task on a closing TaskGroup is refused)',
    fr: "une fois le groupe en échec, il est fermé : spawn vérifie d'abord signal.aborted et ne démarre rien (en Python, create_task sur un TaskGroup qui se ferme est refusé)",
  },
  spawnGave: (at: number, gave: string) => ({
    en: `spawn, called at t=${at} after the first failure: ${gave}`,
    fr: `spawn, appelée à t=${at} après le premier échec : ${gave}`,
  }),
  rejectDoNotThrow: {
    en: 'spawn returns a promise: refuse with a rejected one (Promise.reject(signal.reason)), not by throwing',
    fr: 'spawn renvoie une promesse : refusez avec une promesse rejetée (Promise.reject(signal.reason)), et non en levant une exception',
  },
  rejectWithTheReason: {
    en: "the refusal is a promise rejected with the group signal's reason itself (Promise.reject(signal.reason)), the reason every task's abort carries",
    fr: "le refus est une promesse rejetée avec la raison même du signal du groupe (Promise.reject(signal.reason)), celle que porte l'interruption de chaque tâche",
  },

  // withTaskGroup, unhandled rejections.
  noUnhandled: {
    en: 'no rejection left unhandled while the group runs, though the body never awaits what spawn returned',
    fr: "aucun rejet laissé sans gestionnaire pendant que le groupe tourne, bien que le corps n'attende jamais ce que spawn a renvoyé",
  },
  unhandled: (count: number, at: number) => ({
    en: `${count === 1 ? 'a promise was' : `${count} promises were`} rejected with no handler (the group settled at t=${at}): Node reports an unhandled rejection, and by default stops the process for it`,
    fr: `${count === 1 ? 'une promesse a été rejetée' : `${count} promesses ont été rejetées`} sans gestionnaire (le groupe s'est terminé à t=${at}) : Node signale un rejet non géré, et par défaut arrête le processus`,
  }),
  handleWhatNobodyAwaits: {
    en: "a rejection nobody awaits: every .then(), .finally() or async wrapper makes a new promise, which rejects too when the task fails. The group must handle each promise it makes, and the one spawn returns, since the body may never await it (then(onFulfilled, onRejected) on the task's promise handles both)",
    fr: "un rejet que personne n'attend : chaque .then(), .finally() ou enveloppe async crée une nouvelle promesse, rejetée elle aussi quand la tâche échoue. Le groupe doit gérer chaque promesse qu'il crée, et celle que renvoie spawn, car le corps peut ne jamais l'attendre (then(onFulfilled, onRejected) sur la promesse de la tâche gère les deux)",
  },

  // sendNewsletter, every list sent.
  resolvesWithSent: (at: number, shown: string) => ({
    en: `every list is sent from t=0; sendNewsletter resolves at t=${at} with ${shown}`,
    fr: `chaque liste est envoyée dès t=0 ; sendNewsletter se résout à t=${at} avec ${shown}`,
  }),
  neverSent: (lists: string[]) => ({
    en: `${en(lists)} ${lists.length === 1 ? 'was' : 'were'} never sent: mailer.send was not called for ${lists.length === 1 ? 'it' : 'them'}`,
    fr: `${fr(lists)} n'${lists.length === 1 ? 'a' : 'ont'} jamais été envoyée${lists.length === 1 ? '' : 's'} : mailer.send n'a pas été appelée pour ${lists.length === 1 ? 'elle' : 'elles'}`,
  }),
  sendEveryList: {
    en: 'spawn one task per list, each calling mailer.send(list, signal) with the signal its task was given',
    fr: 'lancez une tâche par liste, chacune appelant mailer.send(list, signal) avec le signal que sa tâche a reçu',
  },
  sentTwice: (list: string, times: number) => ({ en: `${list} was sent ${times} times`, fr: `${list} a été envoyée ${times} fois` }),
  sendEachOnce: { en: 'send each list exactly once', fr: 'envoyez chaque liste exactement une fois' },
  sentLate: (list: string, at: number) => ({ en: `${list} was sent only at t=${at}, not at t=0`, fr: `${list} n'a été envoyée qu'à t=${at}, et non à t=0` }),
  sentOneAfterAnother: {
    en: 'the lists were sent one after another: awaiting each spawn in the body makes the group sequential. Spawn every list first; the group waits for them',
    fr: "les listes ont été envoyées l'une après l'autre : attendre chaque spawn dans le corps rend le groupe séquentiel. Lancez d'abord chaque liste ; le groupe les attend",
  },
  newsletterRejected: (ending: string) => ({
    en: `sendNewsletter ${ending}, although every send succeeded`,
    fr: `sendNewsletter ${ending}, alors que chaque envoi a réussi`,
  }),
  resolvedWhileSending: (at: number, lists: string[]) => ({
    en: `sendNewsletter resolved at t=${at}, while ${en(lists)} ${lists.length === 1 ? 'was' : 'were'} still being sent`,
    fr: `sendNewsletter s'est résolue à t=${at}, alors que ${fr(lists)} ${lists.length === 1 ? 'était' : 'étaient'} encore en cours d'envoi`,
  }),
  awaitTheGroup: {
    en: 'await the group: sendNewsletter resolves only once withTaskGroup has, so that no send outlives it',
    fr: "attendez le groupe avec await : sendNewsletter ne se résout qu'une fois withTaskGroup résolue, pour qu'aucun envoi ne lui survive",
  },
  reporterHeldTheGroup: {
    en: 'the group ended after the last send: the reporter went on waiting; stop it as soon as every list is sent',
    fr: "le groupe s'est terminé après le dernier envoi : la tâche de suivi a continué d'attendre ; arrêtez-la dès que chaque liste est envoyée",
  },
  resolvedWith: (shown: string) => ({ en: `sendNewsletter resolved with ${shown}`, fr: `sendNewsletter s'est résolue avec ${shown}` }),
  completionOrder: {
    en: 'the names are in the order the sends ended, not in the order of lists: fill each list its own place, or build sent from lists at the end',
    fr: "les noms sont dans l'ordre où les envois se sont terminés, et non dans l'ordre de lists : remplissez la place propre à chaque liste, ou construisez sent à partir de lists à la fin",
  },
  sentInInputOrder: {
    en: 'resolve with { sent: [...] }: the names of the lists sent, in the order of lists',
    fr: "résolvez avec { sent: [...] } : les noms des listes envoyées, dans l'ordre de lists",
  },

  // sendNewsletter, the reports.
  reportsExpected: (ticks: number[], total: number) => ({
    en: `one report at each of t=${ticks.join(', ')}, as done/${total} with done the lists sent by then; none once every list is sent`,
    fr: `un rapport à chacun des instants t=${ticks.join(', ')}, sous la forme done/${total}, done étant le nombre de listes déjà envoyées ; aucun une fois toutes envoyées`,
  }),
  neverReported: { en: 'progress.report was never called', fr: "progress.report n'a jamais été appelée" },
  spawnAReporter: {
    en: 'spawn, in the same group, a reporter task that calls progress.report(done, total) at t=0, then every 500 ms (await sleep(500, signal))',
    fr: 'lancez, dans le même groupe, une tâche de suivi qui appelle progress.report(done, total) à t=0, puis toutes les 500 ms (await sleep(500, signal))',
  },
  notAllSent: {
    en: 'some lists were never sent, so the reports cannot be judged',
    fr: 'certaines listes ne sont jamais parties : les rapports ne peuvent pas être jugés',
  },
  reportedAfterAllSent: (times: string, lastSent: number, late: boolean) => ({
    en: `progress.report was called at ${times}, after every list had been sent (t=${lastSent})${late ? ', and after sendNewsletter had settled' : ''}`,
    fr: `progress.report a été appelée à ${times}, après l'envoi de toutes les listes (t=${lastSent})${late ? ', et après la fin de sendNewsletter' : ''}`,
  }),
  reporterOutlivesGroup: {
    en: 'the reporter outlived the group (a zombie): a timer (setInterval) or a loop the group does not own keeps running after it ends. Make the reporter a task of the group, stopped when every list is sent and by the group signal',
    fr: 'la tâche de suivi a survécu au groupe (un zombie) : un minuteur (setInterval) ou une boucle que le groupe ne possède pas continue après sa fin. Faites du suivi une tâche du groupe, arrêtée quand toutes les listes sont envoyées et par le signal du groupe',
  },
  noReportAt: (tick: number) => ({ en: `no report at t=${tick}`, fr: `aucun rapport à t=${tick}` }),
  reportFromZero: { en: 'the first report comes at t=0, before any wait', fr: 'le premier rapport arrive à t=0, avant toute attente' },
  reportEvery500: {
    en: 'report every 500 ms exactly, from t=0: report, then await sleep(500, signal), in a loop',
    fr: 'rapportez exactement toutes les 500 ms, dès t=0 : un rapport, puis await sleep(500, signal), dans une boucle',
  },
  reportsAt: (count: number, tick: number) => ({ en: `${count} reports at t=${tick}`, fr: `${count} rapports à t=${tick}` }),
  oneReporter: {
    en: 'one report per tick: a single reporter task, not one per list',
    fr: 'un rapport par instant : une seule tâche de suivi, et non une par liste',
  },
  reportBetweenTicks: (at: number) => ({
    en: `a report at t=${at}, between two ticks of 500 ms`,
    fr: `un rapport à t=${at}, entre deux instants espacés de 500 ms`,
  }),
  wrongTotal: (at: number, text: string, total: number) => ({
    en: `at t=${at} the report was ${text}: the total is ${total}, the number of lists`,
    fr: `à t=${at}, le rapport était ${text} : le total est ${total}, le nombre de listes`,
  }),
  totalIsTheLists: { en: 'total is lists.length', fr: 'total vaut lists.length' },
  wrongDone: (at: number, text: string, sent: number) => ({
    en: `at t=${at} the report was ${text}, but ${sent} list${sent === 1 ? ' had' : 's had'} been sent by then`,
    fr: `à t=${at}, le rapport était ${text}, mais ${sent} liste${sent > 1 ? 's avaient' : ' avait'} déjà été envoyée${sent > 1 ? 's' : ''}`,
  }),
  countWhenSent: {
    en: 'count a list as done when its send resolves: the reporter reads a counter the list tasks increase',
    fr: 'comptez une liste comme faite quand son envoi se résout : la tâche de suivi lit un compteur que les tâches des listes augmentent',
  },
  countWhatIsSent: {
    en: 'done is the number of lists whose send has resolved, no more, no less',
    fr: "done est le nombre de listes dont l'envoi s'est résolu, ni plus ni moins",
  },

  // sendNewsletter, a list fails.
  newsletterRejects: (at: number, list: string, failedAt: number) => ({
    en: `${list} fails at t=${failedAt}: the pending sends are aborted at t=${failedAt}, and sendNewsletter is rejected at t=${at} with ${list}'s error`,
    fr: `${list} échoue à t=${failedAt} : les envois en cours sont interrompus à t=${failedAt}, et sendNewsletter est rejetée à t=${at} avec l'erreur de ${list}`,
  }),
  rejectedLateReporting: (at: number, expected: number, times: string) => ({
    en: `sendNewsletter settled at t=${at}, not at t=${expected}: after the abort the reporter went on (reports at ${times})`,
    fr: `sendNewsletter s'est terminée à t=${at}, et non à t=${expected} : après l'interruption, la tâche de suivi a continué (rapports à ${times})`,
  }),
  swallowedCancellation: {
    en: 'the reporter caught its abort and carried on, and the group waited for it: in TypeScript a cancellation must be obeyed by the code that receives it. Let the rejection of sleep(500, signal) end the task (or rethrow it after cleaning up); in Python the CancelledError is raised again for you',
    fr: "la tâche de suivi a intercepté son interruption et a continué, et le groupe l'a attendue : en TypeScript, une annulation doit être respectée par le code qui la reçoit. Laissez le rejet de sleep(500, signal) terminer la tâche (ou relancez-le après le nettoyage) ; en Python, la CancelledError est relancée pour vous",
  },
  reportsUntilFailure: (ticks: number[], at: number) => ({
    en: `reports at t=${ticks.join(', ')}; none after the failure at t=${at}, when the group's signal aborts the reporter`,
    fr: `des rapports à t=${ticks.join(', ')} ; aucun après l'échec de t=${at}, quand le signal du groupe interrompt la tâche de suivi`,
  }),
  reportedAfterFailure: (times: string, list: string, at: number, late: boolean) => ({
    en: `progress.report was called at ${times}, after ${list} had failed at t=${at}${late ? ', and after sendNewsletter had settled' : ''}`,
    fr: `progress.report a été appelée à ${times}, après l'échec de ${list} à t=${at}${late ? ', et après la fin de sendNewsletter' : ''}`,
  }),
  nothingToldTheReporter: {
    en: 'nothing aborted the group at the failure, so the reporter never learned it should stop: the first failure must abort the signal every task of the group was given',
    fr: "rien n'a interrompu le groupe lors de l'échec : la tâche de suivi n'a jamais su qu'elle devait s'arrêter. Le premier échec doit interrompre le signal reçu par chaque tâche du groupe",
  },
  nothingAborted: (list: string, at: number) => ({
    en: `when ${list} failed at t=${at}, no pending send was aborted`,
    fr: `quand ${list} a échoué à t=${at}, aucun envoi en cours n'a été interrompu`,
  }),
})
