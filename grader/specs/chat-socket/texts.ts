// Everything the chat-socket checks say, in English and French.
import type { Call } from './judge-run.ts'
import { wording } from '../wording.ts'

/** The call a lane records: "socket.receive". */
const callName = (lane: string) => (lane === 'keyboard' ? 'keyboard.nextLine' : `socket.${lane}`)
const quoted = (text: string) => JSON.stringify(text)
const spanOf = (call: { start: number; end?: number }) => `${call.start}-${call.end ?? '…'}`

export const T = wording({
  // How a call ended, and how it should.
  rejectsWith: (at: number, error: string) => ({ en: `is rejected at t=${at} with ${error}`, fr: `est rejetée à t=${at} avec ${error}` }),
  resolvedWithNot: (got: string, wanted: string) => ({ en: `resolved with ${got}, not ${wanted}`, fr: `s'est résolue avec ${got}, et non ${wanted}` }),
  codeThrew: (name: string) => ({
    en: `a ${name} is a bug in the code, not something the world did: its message says what went wrong`,
    fr: `une ${name} vient d'un bogue du code, et non du monde simulé : son message dit ce qui ne va pas`,
  }),
  noUnhandled: { en: 'no rejection left unhandled', fr: 'aucun rejet laissé sans gestionnaire' },
  leftUnhandled: (count: number, first: string) => ({
    en: `${count === 1 ? 'a rejection was' : `${count} rejections were`} left unhandled (${first})`,
    fr: `${count === 1 ? 'un rejet est resté' : `${count} rejets sont restés`} sans gestionnaire (${first})`,
  }),
  abortAtThatInstant: {
    en: 'abort at the instant the first one ends, in the same step that notices it: not after a timer, not later',
    fr: "interrompez à l'instant même où la première se termine, dans l'étape qui le constate : pas après un minuteur, pas plus tard",
  },

  // firstCompleted: what the first task did.
  taskThrew: (index: number) => ({ en: `task ${index} threw (t=0)`, fr: `la tâche ${index} a levé une exception (t=0)` }),
  taskFailed: (index: number, at: number) => ({ en: `task ${index} was rejected (t=${at})`, fr: `la tâche ${index} a été rejetée (t=${at})` }),
  taskResolved: (index: number, at: number) => ({ en: `task ${index} resolved (t=${at})`, fr: `la tâche ${index} s'est résolue (t=${at})` }),

  // firstCompleted: the tasks started.
  startedNoTask: (ending: string) => ({ en: `firstCompleted started no task, and ${ending}`, fr: `firstCompleted n'a lancé aucune tâche, et ${ending}` }),
  neverStarted: (index: number) => ({ en: `task ${index} was never started`, fr: `la tâche ${index} n'a jamais été lancée` }),
  startedLate: (index: number, at: number) => ({
    en: `task ${index} started only at t=${at}, not at t=0`,
    fr: `la tâche ${index} n'a démarré qu'à t=${at}, et non à t=0`,
  }),
  startTimes: (starts: (number | undefined)[]) => ({
    en: starts.map((at, index) => `task ${index} ${at === undefined ? 'never started' : `started at t=${at}`}`).join(', '),
    fr: starts.map((at, index) => `tâche ${index} ${at === undefined ? 'jamais lancée' : `lancée à t=${at}`}`).join(', '),
  }),
  callEveryTask: {
    en: 'call every task with a signal of its own: task(signal) starts it and returns its promise',
    fr: 'appelez chaque tâche avec son propre signal : task(signal) la lance et renvoie sa promesse',
  },
  startAllAtOnce: {
    en: 'asyncio.wait starts every task before waiting: call them all first (tasks.map), then wait for the first to settle. Awaiting each before calling the next runs them one after another',
    fr: "asyncio.wait lance toutes les tâches avant d'attendre : appelez-les toutes d'abord (tasks.map), puis attendez la première qui se règle. Attendre chacune avant d'appeler la suivante les exécute l'une après l'autre",
  },

  // firstCompleted: the winner.
  rejectedThoughResolved: (ending: string, occasion: string) => ({
    en: `firstCompleted ${ending}, though ${occasion} first`,
    fr: `firstCompleted ${ending}, alors que ${occasion} en premier`,
  }),
  winnerAbortedBeforeSettling: {
    en: "the AbortError comes from an aborted task: the winner's own signal was aborted before its value was taken, or a loser's rejection was taken for the result",
    fr: "l'AbortError vient d'une tâche interrompue : le signal de la gagnante a été interrompu avant que sa valeur ne soit prise, ou le rejet d'une perdante a été pris pour le résultat",
  },
  settleLikeTheFirst: {
    en: 'settle like the first task to settle: here it resolved, so firstCompleted resolves with its index and value',
    fr: "réglez-vous comme la première tâche réglée : ici elle s'est résolue, donc firstCompleted se résout avec son index et sa valeur",
  },
  resolvedNotAtFirst: (at: number, occasion: string) => ({
    en: `firstCompleted resolved at t=${at}, not when ${occasion}`,
    fr: `firstCompleted s'est résolue à t=${at}, et non quand ${occasion}`,
  }),
  missingAwait: {
    en: 'it resolved before any task settled: an await is missing',
    fr: "elle s'est résolue avant qu'aucune tâche ne soit réglée : il manque un await",
  },
  waitedForAll: {
    en: 'it waited for every task (Promise.all, or awaiting each): FIRST_COMPLETED settles with the first, Promise.race',
    fr: 'elle a attendu toutes les tâches (Promise.all, ou un await pour chacune) : FIRST_COMPLETED se règle avec la première, Promise.race',
  },
  settleAtTheFirst: {
    en: 'settle the moment the first task settles (Promise.race over the tasks), without waiting for anything else',
    fr: "réglez-vous à l'instant où la première tâche se règle (Promise.race sur les tâches), sans rien attendre d'autre",
  },
  indexAndValue: {
    en: 'resolve with { index, value }: the position of the first task in the list, and what it resolved with',
    fr: 'résolvez avec { index, value } : la position de la première tâche dans la liste, et ce avec quoi elle s’est résolue',
  },
  tieGoesToFirstSettled: (index: number) => ({
    en: `both tasks settle at t=200, but task ${index}'s promise settles first: the first to settle wins, not the first of the list (Promise.race keeps that order; picking the lowest index of those settled does not)`,
    fr: `les deux tâches se règlent à t=200, mais la promesse de la tâche ${index} se règle en premier : c'est la première réglée qui gagne, pas la première de la liste (Promise.race respecte cet ordre ; prendre le plus petit index parmi les tâches réglées, non)`,
  }),
  indexOfTheWinner: {
    en: 'the index is the position of the task that settled first, in the list given',
    fr: "l'index est la position, dans la liste reçue, de la tâche qui s'est réglée en premier",
  },

  // firstCompleted: the losers.
  losersAbortedAt: (winner: number, at: number) => ({
    en: `every task but task ${winner} aborted at t=${at}, with an AbortError`,
    fr: `toutes les tâches sauf la tâche ${winner} interrompues à t=${at}, avec une AbortError`,
  }),
  abortedWithReason: (index: number, reason: string) => ({
    en: `task ${index}'s signal was aborted with ${reason}, not with an AbortError`,
    fr: `le signal de la tâche ${index} a été interrompu avec ${reason}, et non avec une AbortError`,
  }),
  abortWithAbortError: {
    en: 'controller.abort() with no argument aborts with an AbortError, which is what every task expects from a cancellation',
    fr: "controller.abort() sans argument interrompt avec une AbortError, ce que toute tâche attend d'une annulation",
  },
  abortedLater: (index: number, at: number, occasion: string) => ({
    en: `task ${index} was aborted at t=${at}, after ${occasion}`,
    fr: `la tâche ${index} a été interrompue à t=${at}, après que ${occasion}`,
  }),
  abortedAtShort: (index: number, at: number) => ({ en: `task ${index} aborted at t=${at}`, fr: `tâche ${index} interrompue à t=${at}` }),
  notAborted: (index: number, occasion: string, ended: number) => ({
    en: `task ${index} was not aborted when ${occasion}: it ran on until t=${ended}`,
    fr: `la tâche ${index} n'a pas été interrompue quand ${occasion} : elle a continué jusqu'à t=${ended}`,
  }),
  ranToItsEnd: (index: number, ended: number) => ({ en: `task ${index} ran until t=${ended}`, fr: `la tâche ${index} a tourné jusqu'à t=${ended}` }),
  withoutSignal: (index: number) => ({
    en: `task ${index} was called without a signal: give each task the signal of its own AbortController, and abort the losers' controllers`,
    fr: `la tâche ${index} a été appelée sans signal : donnez à chaque tâche le signal de son propre AbortController, et interrompez ceux des perdantes`,
  }),
  syncThrowEscaped: (thrower: number, index: number) => ({
    en: `task ${thrower} threw while your code was still calling the tasks: the throw escaped before anything could abort task ${index}. Turn a synchronous throw into a rejection (call each task inside an async function, or in try/catch), then treat it like any task that settles first`,
    fr: `la tâche ${thrower} a levé une exception pendant que votre code appelait encore les tâches : l'exception est sortie avant que quoi que ce soit n'interrompe la tâche ${index}. Transformez une exception synchrone en rejet (appelez chaque tâche dans une fonction async, ou dans un try/catch), puis traitez-la comme toute tâche réglée en premier`,
  }),
  raceStopsNothing: {
    en: "Promise.race only tells you which task settled first: it stops none of the others. Unlike asyncio, cancelling is up to you: abort the other tasks' signals when the first settles",
    fr: "Promise.race dit seulement quelle tâche s'est réglée en premier : elle n'arrête aucune des autres. Contrairement à asyncio, l'annulation vous revient : interrompez le signal des autres tâches quand la première se règle",
  },

  // firstCompleted: the winner's signal.
  winnerSpared: (index: number) => ({
    en: `task ${index}, the winner, keeps a signal that is never aborted`,
    fr: `la tâche ${index}, la gagnante, garde un signal jamais interrompu`,
  }),
  winnerWithoutSignal: (index: number) => ({ en: `task ${index} was called without a signal`, fr: `la tâche ${index} a été appelée sans signal` }),
  winnerAborted: (index: number, at: number, wonAt: number, late: boolean) => ({
    en: `task ${index} won at t=${wonAt}, yet its signal was aborted at t=${at}${late ? ', after firstCompleted had settled' : ''}`,
    fr: `la tâche ${index} a gagné à t=${wonAt}, et pourtant son signal a été interrompu à t=${at}${late ? ', après que firstCompleted s’est réglée' : ''}`,
  }),
  oneSignalForAll: {
    en: "one AbortController shared by every task aborts the winner too: give each task its own, and abort every one but the winner's",
    fr: 'un seul AbortController partagé par toutes les tâches interrompt aussi la gagnante : donnez à chacune le sien, et interrompez-les tous sauf celui de la gagnante',
  },
  spareTheWinner: {
    en: "abort the other tasks only: the winner's signal may still be used by what it started, and aborting it cancels nothing useful",
    fr: 'interrompez seulement les autres tâches : le signal de la gagnante peut encore servir à ce qu’elle a lancé, et l’interrompre n’annule rien d’utile',
  },

  // firstCompleted: a rejection first.
  threwAtCall: (index: number) => ({
    en: `calling firstCompleted threw at once (task ${index} threw when called), instead of returning a rejected promise`,
    fr: `l'appel de firstCompleted a levé une exception tout de suite (la tâche ${index} en a levé une à son appel), au lieu de renvoyer une promesse rejetée`,
  }),
  threwAtCallShort: { en: 'firstCompleted(tasks) threw synchronously', fr: 'firstCompleted(tasks) a levé une exception synchrone' },
  asyncTurnsThrowsIntoRejections: {
    en: "a plain function that returns Promise.race(tasks.map(...)) lets a task's synchronous throw out to the caller; inside an async function, a throw becomes the rejection of its promise",
    fr: "une fonction ordinaire qui renvoie Promise.race(tasks.map(...)) laisse l'exception synchrone d'une tâche remonter jusqu'à l'appelant ; dans une fonction async, une exception devient le rejet de sa promesse",
  },
  resolvedThoughFailed: (ending: string, occasion: string) => ({
    en: `firstCompleted ${ending}, though ${occasion} first`,
    fr: `firstCompleted ${ending}, alors que ${occasion} en premier`,
  }),
  failureSettlesToo: {
    en: 'a rejection counts as settling: asyncio.wait(FIRST_COMPLETED) returns the failed task, and firstCompleted is rejected with its error. Promise.any waits for the first success instead; Promise.race settles like the first, success or failure',
    fr: 'un rejet compte comme un règlement : asyncio.wait(FIRST_COMPLETED) renvoie la tâche en échec, et firstCompleted est rejetée avec son erreur. Promise.any attend au contraire le premier succès ; Promise.race se règle comme la première, succès ou échec',
  },
  rejectedWithOther: (ending: string, index: number) => ({
    en: `firstCompleted ${ending}, not with the error of task ${index}, the first to settle`,
    fr: `firstCompleted ${ending}, et non avec l'erreur de la tâche ${index}, la première réglée`,
  }),
  rejectedWithLosersAbort: {
    en: "that AbortError is a loser's: the first task's own error is what firstCompleted is rejected with",
    fr: "cette AbortError est celle d'une perdante : c'est l'erreur de la première tâche qui doit rejeter firstCompleted",
  },
  rejectWithTheTasksError: {
    en: "be rejected with the first task's error itself, not with one of your own",
    fr: "soyez rejetée avec l'erreur même de la première tâche, et non avec une erreur de votre cru",
  },
  rejectedNotAtFirst: (at: number, occasion: string) => ({
    en: `firstCompleted was rejected at t=${at}, not when ${occasion}`,
    fr: `firstCompleted a été rejetée à t=${at}, et non quand ${occasion}`,
  }),

  // firstCompleted: unhandled rejections.
  losersRejectionsUnhandled: {
    en: 'an aborted task rejects with an AbortError, and every promise that may reject needs a handler: p.then(onValue) without an onRejected makes a new promise that rejects with nobody listening. Promise.race(promises) handles all of them',
    fr: "une tâche interrompue est rejetée avec une AbortError, et toute promesse qui peut être rejetée doit avoir un gestionnaire : p.then(onValue) sans onRejected crée une nouvelle promesse rejetée que personne n'écoute. Promise.race(promises) les gère toutes",
  },
  lateFailureUnhandled: {
    en: "a task that fails after the winner (task 3 ignores its signal) still rejects: give every task's promise a handler, not only the winner's",
    fr: 'une tâche qui échoue après la gagnante (la tâche 3 ignore son signal) est tout de même rejetée : donnez un gestionnaire à la promesse de chaque tâche, pas seulement à celle de la gagnante',
  },

  // firstCompleted([]).
  emptyRejects: { en: 'firstCompleted([]) is rejected with a TypeError', fr: 'firstCompleted([]) est rejetée avec une TypeError' },
  emptyOnlyWhenEmpty: {
    en: 'firstCompleted([]) is rejected with a TypeError, and a list of tasks runs them',
    fr: 'firstCompleted([]) est rejetée avec une TypeError, et une liste de tâches les lance',
  },
  typeErrorThoughTasks: (ending: string) => ({ en: `with four tasks, firstCompleted ${ending}`, fr: `avec quatre tâches, firstCompleted ${ending}` }),
  onlyWhenEmpty: { en: 'the TypeError is for an empty list only', fr: 'la TypeError est réservée à la liste vide' },
  emptyNeverSettled: {
    en: 'firstCompleted([]) never settled: with no task, nothing will ever settle',
    fr: "firstCompleted([]) ne s'est jamais réglée : sans tâche, rien ne se réglera jamais",
  },
  emptyPending: { en: 'still pending, forever', fr: 'toujours en attente, pour toujours' },
  raceOfNothing: {
    en: 'Promise.race([]) stays pending forever (asyncio.wait raises a ValueError on an empty set): check for an empty list first and throw a TypeError',
    fr: "Promise.race([]) reste en attente pour toujours (asyncio.wait lève une ValueError sur un ensemble vide) : testez d'abord la liste vide et levez une TypeError",
  },
  noFirstOfNothing: {
    en: 'with no task there is no first one: reject with a TypeError',
    fr: "sans tâche, il n'y a pas de première : rejetez avec une TypeError",
  },
  rejectWithTypeError: (name: string) => ({
    en: `throw a TypeError (new TypeError(...)), not a plain ${name}`,
    fr: `levez une TypeError (new TypeError(...)), et non une simple ${name}`,
  }),

  // chat: how the code ran its loops.
  oneLoopTakingTurns: {
    en: 'your code takes turns: one loop that reads a line, sends it, then receives, only listens to the server when its turn comes, so messages wait, and nothing ends the wait for a line that never comes. Run the sending loop and the receiving loop at the same time, each in its own async function',
    fr: "votre code fait les choses à tour de rôle : une seule boucle qui lit une ligne, l'envoie, puis reçoit, n'écoute le serveur qu'à son tour ; les messages attendent, et rien ne met fin à l'attente d'une ligne qui ne vient pas. Faites tourner la boucle d'envoi et la boucle de réception en même temps, chacune dans sa propre fonction async",
  },
  allWaitsForSending: (closesAt: number) => ({
    en: `the receiving loop ended when the server closed (t=${closesAt}), but chat kept waiting for the sending loop: Promise.all of the two loops (asyncio.gather) ends only when both have, and a loop waiting for a line may never end. End with the first loop (firstCompleted) and abort the other`,
    fr: `la boucle de réception s'est terminée à la fermeture du serveur (t=${closesAt}), mais chat a continué d'attendre la boucle d'envoi : Promise.all des deux boucles (asyncio.gather) ne se termine que quand les deux ont fini, et une boucle qui attend une ligne peut ne jamais finir. Terminez avec la première boucle (firstCompleted) et interrompez l'autre`,
  }),
  allWaitsForReceiving: (quitAt: number, closesAt: number) => ({
    en: `the sending loop ended when the user quit (t=${quitAt}), but chat kept waiting for the receiving loop until the server closed (t=${closesAt}): Promise.all of the two loops (asyncio.gather) ends only when both have. End with the first loop (firstCompleted) and abort the other`,
    fr: `la boucle d'envoi s'est terminée quand l'utilisateur a quitté (t=${quitAt}), mais chat a continué d'attendre la boucle de réception jusqu'à la fermeture du serveur (t=${closesAt}) : Promise.all des deux boucles (asyncio.gather) ne se termine que quand les deux ont fini. Terminez avec la première boucle (firstCompleted) et interrompez l'autre`,
  }),
  nullEndsInput: {
    en: 'keyboard.nextLine gave null, the end of input, and your code sent it as a line: null ends the sending loop, as /quit does',
    fr: 'keyboard.nextLine a renvoyé null, la fin de la saisie, et votre code l’a envoyé comme une ligne : null termine la boucle d’envoi, comme /quit',
  },
  neverCalled: (lanes: string[], ending: string) => ({
    en: `chat never called ${lanes.map(callName).join(' nor ')}, and ${ending}`,
    fr: `chat n'a jamais appelé ${lanes.map(callName).join(' ni ')}, et ${ending}`,
  }),
  runBothLoops: {
    en: 'chat runs two loops at once: one reads the keyboard and sends each line, the other receives each message and shows it',
    fr: "chat fait tourner deux boucles à la fois : l'une lit le clavier et envoie chaque ligne, l'autre reçoit chaque message et l'affiche",
  },

  // chat: the lines shown.
  shownAt: (times: number[]) => ({
    en: `each message shown as it arrives: at t=${times.join(', ')}`,
    fr: `chaque message affiché dès son arrivée : à t=${times.join(', ')}`,
  }),
  neverReceived: { en: 'chat never called socket.receive: no message was shown', fr: "chat n'a jamais appelé socket.receive : aucun message n'a été affiché" },
  nothingShown: { en: 'nothing shown', fr: 'rien affiché' },
  shownList: (shown: { text: string; at: number }[]) =>
    shown.length === 0
      ? { en: 'nothing shown', fr: 'rien affiché' }
      : {
          en: shown.map((line) => `${quoted(line.text)} at t=${line.at}`).join(', '),
          fr: shown.map((line) => `${quoted(line.text)} à t=${line.at}`).join(', '),
        },
  neverShown: (text: string, at: number) => ({
    en: `the message ${quoted(text)} arrived at t=${at} but was never shown`,
    fr: `le message ${quoted(text)} est arrivé à t=${at} mais n'a jamais été affiché`,
  }),
  showWhatArrives: {
    en: 'call show with each message socket.receive gives, then receive the next',
    fr: 'appelez show avec chaque message que donne socket.receive, puis recevez le suivant',
  },
  shownInstead: (got: string, wanted: string, at: number) => ({
    en: `${quoted(got)} was shown where ${quoted(wanted)} (arrived at t=${at}) was expected`,
    fr: `${quoted(got)} a été affiché là où l'on attendait ${quoted(wanted)} (arrivé à t=${at})`,
  }),
  showEachOnce: { en: 'show each message once, as it is, in the order it arrives', fr: "affichez chaque message une fois, tel quel, dans l'ordre d'arrivée" },
  shownLate: (text: string, arrived: number, shown: number) => ({
    en: `the message ${quoted(text)} arrived at t=${arrived} but was shown only at t=${shown}, ${shown - arrived} ms late`,
    fr: `le message ${quoted(text)} est arrivé à t=${arrived} mais n'a été affiché qu'à t=${shown}, avec ${shown - arrived} ms de retard`,
  }),
  showAsSoonAsReceived: {
    en: 'show a message the moment receive gives it: the receiving loop must not wait for anything else',
    fr: "affichez un message dès que receive le donne : la boucle de réception ne doit rien attendre d'autre",
  },

  // chat: the sends.
  sentAt: (sends: { text: string; start: number; end: number }[]) => ({
    en: sends.map((send) => `${quoted(send.text)} sent ${send.start}-${send.end}`).join(', '),
    fr: sends.map((send) => `${quoted(send.text)} envoyé de ${send.start} à ${send.end}`).join(', '),
  }),
  sendList: (calls: Call[]) =>
    calls.length === 0
      ? { en: 'nothing sent', fr: 'rien envoyé' }
      : {
          en: calls.map((call) => `${quoted(call.label)} ${spanOf(call)}`).join(', '),
          fr: calls.map((call) => `${quoted(call.label)} ${spanOf(call)}`).join(', '),
        },
  twoSendsAtOnce: (at: number, calls: Call[]) => {
    // The first send that started while an earlier one was still in flight.
    const started = calls.find((call, index) => call.start === at && calls.slice(0, index).some((other) => (other.end ?? Infinity) > at))
    const inFlight = started && calls.find((other) => other !== started && other.start <= at && (other.end ?? Infinity) > at)
    const which = started && inFlight ? `: ${quoted(started.label)} started while ${quoted(inFlight.label)} was still being sent` : ''
    const quel = started && inFlight ? ` : ${quoted(started.label)} a commencé pendant que ${quoted(inFlight.label)} était encore en cours d'envoi` : ''
    return { en: `two sends at once at t=${at}${which}; the socket reported it`, fr: `deux envois à la fois à t=${at}${quel} ; le socket l'a signalé` }
  },
  awaitEachSend: {
    en: 'the socket takes one send at a time: await each send before reading the next line (a send that is not awaited, or one send started per line, overlaps the next)',
    fr: "le socket n'accepte qu'un envoi à la fois : attendez (await) chaque envoi avant de lire la ligne suivante (un envoi non attendu, ou un envoi lancé par ligne, chevauche le suivant)",
  },
  quitSent: { en: '"/quit" was sent to the server', fr: '"/quit" a été envoyé au serveur' },
  quitIsNotSent: { en: '/quit ends the sending loop: it is not sent', fr: "/quit termine la boucle d'envoi : il n'est pas envoyé" },
  sentNothing: (ending: string) => ({ en: `chat sent nothing, and ${ending}`, fr: `chat n'a rien envoyé, et ${ending}` }),
  sendEachLine: {
    en: 'send each line keyboard.nextLine gives with socket.send, until /quit or null',
    fr: "envoyez avec socket.send chaque ligne que donne keyboard.nextLine, jusqu'à /quit ou null",
  },
  sentOnly: (count: number, of: number) => ({
    en: `only ${count} of the ${of} lines typed were sent`,
    fr: `seules ${count} des ${of} lignes tapées ont été envoyées`,
  }),
  sentInstead: (got: string, wanted: string) => ({
    en: `${quoted(got)} was sent where ${quoted(wanted)} was expected`,
    fr: `${quoted(got)} a été envoyé là où l'on attendait ${quoted(wanted)}`,
  }),
  sendInOrder: { en: 'send the lines as they are, in the order they are typed', fr: "envoyez les lignes telles quelles, dans l'ordre où elles sont tapées" },
  sentWhen: (got: Call, wanted: { text: string; start: number; end: number }) => ({
    en: `${quoted(got.label)} was sent ${spanOf(got)}, not ${wanted.start}-${wanted.end}`,
    fr: `${quoted(got.label)} a été envoyé de ${got.start} à ${got.end ?? '…'}, et non de ${wanted.start} à ${wanted.end}`,
  }),
  sendAsSoonAsRead: {
    en: 'send each line as soon as it is read, the next one as soon as the previous send has ended: the sending loop waits for nothing else',
    fr: "envoyez chaque ligne dès qu'elle est lue, la suivante dès que l'envoi précédent est terminé : la boucle d'envoi n'attend rien d'autre",
  },

  // chat: how it ended.
  userQuit: (at: number) => ({ en: `the user quit (t=${at})`, fr: `l'utilisateur a quitté (t=${at})` }),
  serverClosed: (at: number) => ({ en: `the server closed the socket (t=${at})`, fr: `le serveur a fermé le socket (t=${at})` }),
  callFailed: (lane: string, at: number) => ({ en: `${callName(lane)} failed (t=${at})`, fr: `${callName(lane)} a échoué (t=${at})` }),
  resolvedNotWhen: (at: number, occasion: string) => ({
    en: `chat resolved at t=${at}, not when ${occasion}`,
    fr: `chat s'est résolue à t=${at}, et non quand ${occasion}`,
  }),
  resolvedTooEarly: {
    en: 'chat resolved before either loop ended: await the first one to end',
    fr: "chat s'est résolue avant la fin de l'une ou l'autre boucle : attendez la première qui se termine",
  },
  endWithTheFirstLoop: {
    en: 'chat ends the moment the first loop ends, whichever it is',
    fr: "chat se termine à l'instant où la première boucle se termine, quelle qu'elle soit",
  },
  abortErrorReachedChat: (lane: string) => ({
    en: `the loop you aborted (waiting in ${callName(lane)}) rejects with an AbortError: that is how an aborted loop ends, not a failure of chat. Handle it (firstCompleted does, or catch it) instead of letting it reject chat`,
    fr: `la boucle que vous avez interrompue (en attente dans ${callName(lane)}) est rejetée avec une AbortError : c'est ainsi qu'une boucle interrompue se termine, ce n'est pas un échec de chat. Gérez-la (firstCompleted le fait, ou un catch) au lieu de la laisser rejeter chat`,
  }),
  endsWithoutError: {
    en: 'nothing failed in this world: chat resolves with who ended it and the counts',
    fr: "rien n'a échoué dans ce monde : chat se résout avec qui y a mis fin et les compteurs",
  },
  whoEnded: (endedBy: string) => ({
    en: `endedBy says which loop ended first: ${quoted(endedBy)} here`,
    fr: `endedBy dit quelle boucle s'est terminée en premier : ${quoted(endedBy)} ici`,
  }),
  countSends: (sent: number) => ({
    en: `sent counts the sends that completed (${sent} here): not /quit, not a send cut short`,
    fr: `sent compte les envois terminés (${sent} ici) : ni /quit, ni un envoi interrompu`,
  }),
  countShows: (received: number) => ({
    en: `received counts the messages shown (${received} here)`,
    fr: `received compte les messages affichés (${received} ici)`,
  }),

  // chat: the other loop.
  otherAbortedAt: (lane: string, at: number) => ({
    en: `${callName(lane)}, still waiting when the first loop ends, aborted at t=${at}; nothing shown, sent or awaited after that`,
    fr: `${callName(lane)}, encore en attente quand la première boucle se termine, interrompu à t=${at} ; rien d'affiché, d'envoyé ni d'attendu ensuite`,
  }),
  shownAfterSession: (at: number, text: string, shownAt: number) => ({
    en: `after chat settled at t=${at}, your receiving loop was still running: it showed ${quoted(text)} at t=${shownAt}, after the session had ended (a zombie)`,
    fr: `après que chat s'est réglée à t=${at}, votre boucle de réception tournait encore : elle a affiché ${quoted(text)} à t=${shownAt}, après la fin de la session (un zombie)`,
  }),
  zombieShowed: (text: string, at: number) => ({
    en: `${quoted(text)} shown at t=${at}, after the session`,
    fr: `${quoted(text)} affiché à t=${at}, après la session`,
  }),
  sentAfterSession: (at: number, text: string, start: number) => ({
    en: `after chat settled at t=${at}, your sending loop was still running: it sent ${quoted(text)} at t=${start}, after the session had ended (a zombie)`,
    fr: `après que chat s'est réglée à t=${at}, votre boucle d'envoi tournait encore : elle a envoyé ${quoted(text)} à t=${start}, après la fin de la session (un zombie)`,
  }),
  zombieSent: (text: string, at: number) => ({
    en: `${quoted(text)} sent at t=${at}, after the session`,
    fr: `${quoted(text)} envoyé à t=${at}, après la session`,
  }),
  calledAfterSession: (at: number, lane: string, start: number) => ({
    en: `after chat settled at t=${at}, your code still called ${callName(lane)} at t=${start}`,
    fr: `après que chat s'est réglée à t=${at}, votre code a encore appelé ${callName(lane)} à t=${start}`,
  }),
  notWaitingThen: (lane: string, occasion: string) => ({
    en: `when ${occasion}, nothing was waiting in ${callName(lane)}: the other loop was not running`,
    fr: `quand ${occasion}, rien n'attendait dans ${callName(lane)} : l'autre boucle ne tournait pas`,
  }),
  loopAbortedLater: (lane: string, at: number, occasion: string) => ({
    en: `${callName(lane)} was aborted at t=${at}, not when ${occasion}`,
    fr: `${callName(lane)} a été interrompu à t=${at}, et non quand ${occasion}`,
  }),
  loopAbortedAtShort: (lane: string, at: number) => ({ en: `${callName(lane)} aborted at t=${at}`, fr: `${callName(lane)} interrompu à t=${at}` }),
  stillWaiting: (lane: string, occasion: string) => ({
    en: `${callName(lane)} was not aborted when ${occasion}: it was still waiting when the run ended`,
    fr: `${callName(lane)} n'a pas été interrompu quand ${occasion} : il attendait encore à la fin de l'exécution`,
  }),
  wentOnUntil: (lane: string, occasion: string, end: number) => ({
    en: `${callName(lane)} was not aborted when ${occasion}: it went on until t=${end}`,
    fr: `${callName(lane)} n'a pas été interrompu quand ${occasion} : il a continué jusqu'à t=${end}`,
  }),
  neverEnded: (lane: string) => ({ en: `${callName(lane)} never ended`, fr: `${callName(lane)} ne s'est jamais terminé` }),
  ranUntil: (lane: string, end: number) => ({ en: `${callName(lane)} ran until t=${end}`, fr: `${callName(lane)} a tourné jusqu'à t=${end}` }),
  passTheSignal: {
    en: 'nothing aborted the other loop, and nothing could have: it called the keyboard or the socket without a signal. Promise.race of the two loops only stops chat from waiting; the loser goes on (a zombie). Give each loop a signal, pass it to nextLine, send and receive, and abort it when the first loop ends (firstCompleted does)',
    fr: "rien n'a interrompu l'autre boucle, et rien ne le pouvait : elle a appelé le clavier ou le socket sans signal. Promise.race des deux boucles empêche seulement chat d'attendre ; la perdante continue (un zombie). Donnez un signal à chaque boucle, passez-le à nextLine, send et receive, et interrompez-le quand la première boucle se termine (firstCompleted le fait)",
  },
  callWithoutSignal: (lane: string) => ({
    en: `the other loop was aborted, but it had called ${callName(lane)} without its signal, so that call ran on: pass the loop's signal to every call it makes`,
    fr: `l'autre boucle a bien été interrompue, mais elle avait appelé ${callName(lane)} sans son signal, et cet appel a continué : passez le signal de la boucle à chaque appel qu'elle fait`,
  }),
  raceLeavesLoopRunning: {
    en: 'nothing aborted the other loop: Promise.race of the two loops only stops chat from waiting (the loser goes on, a zombie), and Promise.all waits for both. Unlike asyncio, nothing is cancelled for you: abort the other loop when the first ends (firstCompleted does)',
    fr: "rien n'a interrompu l'autre boucle : Promise.race des deux boucles empêche seulement chat d'attendre (la perdante continue, un zombie), et Promise.all attend les deux. Contrairement à asyncio, rien n'est annulé pour vous : interrompez l'autre boucle quand la première se termine (firstCompleted le fait)",
  },

  // chat: an error in a loop.
  resolvedThoughBroken: (ending: string, lane: string, at: number) => ({
    en: `chat ${ending}, though ${callName(lane)} failed at t=${at}`,
    fr: `chat ${ending}, alors que ${callName(lane)} a échoué à t=${at}`,
  }),
  errorEndsChat: {
    en: 'an error in either loop ends chat at once, rejected with that error: catch only the AbortError of the loop you abort, never the others',
    fr: "une erreur dans l'une des boucles termine chat aussitôt, rejetée avec cette erreur : n'attrapez que l'AbortError de la boucle que vous interrompez, jamais les autres",
  },
  rejectedWithOtherThan: (ending: string, lane: string) => ({
    en: `chat ${ending}, not with the error of ${callName(lane)}`,
    fr: `chat ${ending}, et non avec l'erreur de ${callName(lane)}`,
  }),
  rejectedWithOthersAbort: (lane: string) => ({
    en: `that AbortError is the one of the loop you aborted (waiting in ${callName(lane)}): chat is rejected with the error that ended the first loop`,
    fr: `cette AbortError est celle de la boucle que vous avez interrompue (en attente dans ${callName(lane)}) : chat est rejetée avec l'erreur qui a terminé la première boucle`,
  }),
  sendNotAwaited: {
    en: 'the failed send was not awaited: its rejection reached nothing, and the sending loop went on. Await each send, so that its error ends the loop',
    fr: "l'envoi en échec n'était pas attendu : son rejet n'a atteint personne, et la boucle d'envoi a continué. Attendez (await) chaque envoi, pour que son erreur termine la boucle",
  },
  rejectWithTheLoopsError: {
    en: "be rejected with the failing loop's error itself",
    fr: "soyez rejetée avec l'erreur même de la boucle qui a échoué",
  },
  rejectedNotWhenFailed: (at: number, lane: string, failedAt: number) => ({
    en: `chat was rejected at t=${at}, not when ${callName(lane)} failed (t=${failedAt})`,
    fr: `chat a été rejetée à t=${at}, et non quand ${callName(lane)} a échoué (t=${failedAt})`,
  }),

  // chat: unhandled rejections.
  abortedLoopUnhandled: {
    en: "the loop you aborted rejects with an AbortError, and nothing handled it: loop.then(...) without a rejection handler, or a loop promise nobody awaits. Every loop's promise needs a handler (firstCompleted, Promise.race, or a catch that lets only the AbortError pass)",
    fr: "la boucle que vous avez interrompue est rejetée avec une AbortError, et rien ne l'a gérée : loop.then(...) sans gestionnaire de rejet, ou une promesse de boucle que personne n'attend. La promesse de chaque boucle doit avoir un gestionnaire (firstCompleted, Promise.race, ou un catch qui ne laisse passer que l'AbortError)",
  },
  handleEveryLoop: {
    en: "every loop's promise needs a handler: a rejection nobody listens to is lost",
    fr: "la promesse de chaque boucle doit avoir un gestionnaire : un rejet que personne n'écoute est perdu",
  },
})
