// Everything the weather checks say, in English and French.
import { wording } from '../wording.ts'

/** "A, B and C" in each language. */
const names = (servers: readonly string[], and: string) =>
  servers.length < 2 ? servers.join('') : `${servers.slice(0, -1).join(', ')} ${and} ${servers.at(-1)}`

/** "server B", "servers A and B": who a sentence is about. */
const servers = (list: readonly string[]) =>
  list.length === 1
    ? { en: `server ${list[0]}`, fr: `le serveur ${list[0]}` }
    : { en: `servers ${names(list, 'and')}`, fr: `les serveurs ${names(list, 'et')}` }

export const T = wording({
  servers,
  /** Whose request a sentence is about: "server B" ("la requête du serveur B"). */
  requestOf: (server: string) => ({ en: `server ${server}`, fr: `la requête du serveur ${server}` }),

  // How a call ended, and how it should.
  settledAt: (kind: 'resolved' | 'rejected', at: number) =>
    kind === 'resolved' ? { en: `resolved at t=${at}`, fr: `s'est résolue à t=${at}` } : { en: `rejected at t=${at}`, fr: `a été rejetée à t=${at}` },
  budgetOf: (ms: number) => ({ en: `the budget of ${ms} ms`, fr: `le budget de ${ms} ms` }),
  failureOf: (server: string) => ({ en: `the failure of server ${server}`, fr: `la panne du serveur ${server}` }),
  lastReply: { en: 'the last reply', fr: 'la dernière réponse' },
  theDeadline: { en: 'the deadline', fr: "l'échéance" },

  // What the results look like.
  forecastOf: (server: string) => ({ en: `forecast ${server}`, fr: `prévision ${server}` }),
  entryWithForecast: (server: string) => ({ en: `${server}: forecast`, fr: `${server} : prévision` }),
  entryWithout: (server: string, reason: string) => ({ en: `${server}: ${reason}`, fr: `${server} : ${reason}` }),

  // The likely reason a time came out wrong.
  askedOneAfterAnother: (server: string, at: number) => ({
    en: `the servers were asked one after another (server ${server} only at t=${at}): start every request at once, then wait for them together, with one budget for the whole group rather than one per request`,
    fr: `les serveurs ont été interrogés l'un après l'autre (le serveur ${server} seulement à t=${at}) : lancez toutes les requêtes d'un coup, puis attendez-les ensemble, avec un seul budget pour tout le groupe plutôt qu'un par requête`,
  }),
  waitedForEvery: (server: string, at: number) => ({
    en: `it waited for every server (server ${server} replied at t=${at}) and only then looked at the clock: the deadline has to interrupt the wait, not be checked after it`,
    fr: `elle a attendu tous les serveurs (le serveur ${server} a répondu à t=${at}) et n'a regardé l'horloge qu'ensuite : l'échéance doit interrompre l'attente, et non être vérifiée après coup`,
  }),
  budgetIsTheParameter: (budget: number, statement: number) => ({
    en: `the budget is the budgetMs parameter (${budget} ms here), not the statement's ${statement} ms`,
    fr: `le budget, c'est le paramètre budgetMs (${budget} ms ici), et non les ${statement} ms de l'énoncé`,
  }),
  silentServer: (server: string) => ({
    en: `server ${server} never replies, and nothing stopped the wait: the budget has to end it, by aborting the request at the deadline (timeout() from #runtime, or your own timer and AbortController)`,
    fr: `le serveur ${server} ne répond jamais, et rien n'a interrompu l'attente : c'est le budget qui doit y mettre fin, en annulant la requête à l'échéance (timeout() de #runtime, ou votre propre minuteur et un AbortController)`,
  }),

  codeThrew: (name: string) => ({
    en: `a ${name} is a bug in the code, not a server's failure nor the budget's: its message says what went wrong`,
    fr: `une ${name} vient d'un bogue du code, et non de la panne d'un serveur ni du budget : son message dit ce qui ne va pas`,
  }),
  notIterable: {
    en: 'Promise.all (or allSettled, race) was given something that is not a list of promises: servers.map(...) returns one, servers.forEach(...) returns undefined',
    fr: "Promise.all (ou allSettled, race) a reçu autre chose qu'une liste de promesses : servers.map(...) en renvoie une, servers.forEach(...) renvoie undefined",
  },

  // The requests a check needs to have been made.
  askedNone: (call: string, ending: string) => ({ en: `${call} asked no server, and ${ending}`, fr: `${call} n'a interrogé aucun serveur, et ${ending}` }),
  neverAsked: (call: string, who: string, ending: string) => ({
    en: `${call} never asked ${who}, and ${ending}`,
    fr: `${call} n'a jamais interrogé ${who}, et ${ending}`,
  }),
  calledForEvery: (list: readonly string[], needs: string) => ({
    en: `fetchWeather called for ${list.join(', ')} at t=0; ${needs}`,
    fr: `fetchWeather appelée pour ${list.join(', ')} à t=0 ; ${needs}`,
  }),
  noRequest: { en: 'no request made', fr: 'aucune requête faite' },
  askedAt: (server: string, at: number) => ({ en: `server ${server} asked at t=${at}`, fr: `serveur ${server} interrogé à t=${at}` }),
  judgedByWhatServersSaw: {
    en: 'the checks judge what the servers saw, not a value written into the code: call fetchWeather(server, signal) for every server, all at once, and let the budget decide what is kept and what is aborted',
    fr: "les vérifications jugent ce que les serveurs ont vu, et non une valeur écrite dans le code : appelez fetchWeather(server, signal) pour chaque serveur, tous d'un coup, et laissez le budget décider de ce qui est gardé et de ce qui est annulé",
  },

  // The requests pending when the call should settle are aborted by then.
  pendingAbortedThen: (list: readonly string[], occasion: string) => ({
    en: `${servers(list).en} still pending at ${occasion}, and aborted then`,
    fr: `${list.length === 1 ? `la requête du serveur ${list[0]}` : `les requêtes des serveurs ${names(list, 'et')}`} encore en attente au moment de ${occasion}, et annulée${list.length > 1 ? 's' : ''} à ce moment-là`,
  }),
  abortedBy: (request: string, by: number) => ({ en: `${request} aborted by t=${by}`, fr: `${request} annulée au plus tard à t=${by}` }),
  abortedAfterSettling: (request: string, at: number) => ({
    en: `${request} was aborted at t=${at}, only after the call had settled, by a timer left running`,
    fr: `${request} a été annulée à t=${at}, seulement après la fin de l'appel, par un minuteur resté armé`,
  }),
  abortedAfterSettlingShort: (request: string) => ({ en: `${request} aborted after the call settled`, fr: `${request} annulée après la fin de l'appel` }),
  abortBeforeSettling: {
    en: 'abort the pending requests before the call settles, not from a timer afterwards: once it has returned, nothing it left should still run',
    fr: "annulez les requêtes en attente avant que l'appel ne se termine, pas depuis un minuteur ensuite : une fois qu'il a rendu la main, rien de ce qu'il a lancé ne doit encore tourner",
  },
  abortedAfter: (request: string, at: number, occasion: string) => ({
    en: `${request} was aborted at t=${at}, after ${occasion}`,
    fr: `${request} a été annulée à t=${at}, après ${occasion}`,
  }),
  abortedAt: (request: string, at: number) => ({ en: `${request} aborted at t=${at}`, fr: `${request} annulée à t=${at}` }),
  abortAtTheDeadline: { en: 'abort the requests still pending at the deadline itself', fr: "annulez les requêtes encore en attente à l'échéance même" },
  neverAborted: (request: string, occasion: string) => ({
    en: `${request} was never aborted: after ${occasion} its request was still waiting, for a reply that never comes`,
    fr: `${request} n'a jamais été annulée : après ${occasion}, elle attendait encore une réponse qui ne vient jamais`,
  }),
  notAborted: (request: string, occasion: string, end: number) => ({
    en: `${request} was not aborted at ${occasion}: its request kept running and replied at t=${end}`,
    fr: `${request} n'a pas été annulée au moment de ${occasion} : elle a continué et a reçu sa réponse à t=${end}`,
  }),
  stillWaiting: (request: string) => ({ en: `${request} still waiting`, fr: `${request} toujours en attente` }),
  ranUntil: (request: string, end: number) => ({ en: `${request} ran until t=${end}`, fr: `${request} a continué jusqu'à t=${end}` }),
  withoutSignal: (onFailure: boolean) => ({
    en: `fetchWeather was called without a signal, so nothing could stop the request (Promise.race, or an early return, only stops waiting for it): pass an AbortSignal to every request and abort it ${onFailure ? 'when a server fails' : 'at the deadline'}`,
    fr: `fetchWeather a été appelée sans signal, donc rien ne pouvait arrêter la requête (Promise.race, ou un return anticipé, cesse seulement de l'attendre) : passez un AbortSignal à chaque requête et interrompez-le ${onFailure ? 'quand un serveur tombe en panne' : "à l'échéance"}`,
  }),
  allLeavesOthersRunning: {
    en: 'Promise.all rejects at the first failure but leaves the other requests running: abort their signal when one fails',
    fr: "la promesse de Promise.all est rejetée dès la première panne, mais les autres requêtes continuent : interrompez leur signal quand l'une d'elles échoue",
  },
  raceOnlyStopsWaiting: {
    en: 'Promise.race (or a timer) only stops waiting; it does not stop the requests: abort the signal you gave them at the deadline',
    fr: "Promise.race (ou un minuteur) cesse seulement d'attendre ; il n'arrête pas les requêtes : interrompez à l'échéance le signal que vous leur avez donné",
  },
  onlySomeAborted: (aborted: string, left: string) => ({
    en: `${aborted} was aborted, but not ${left}: abort every request still pending, not just one of them`,
    fr: `${aborted} a été annulée, mais pas ${left} : annulez toutes les requêtes encore en attente, pas seulement l'une d'elles`,
  }),

  // fetchAllWithin, every server in time.
  rejectedAlthoughInTime: (ending: string, at: number, budget: number) => ({
    en: `fetchAllWithin ${ending}, although every server replied by t=${at}, within the budget of ${budget} ms`,
    fr: `fetchAllWithin ${ending}, alors que tous les serveurs avaient répondu à t=${at}, dans le budget de ${budget} ms`,
  }),
  repliedInTime: {
    en: 'every server replied in time: the call resolves with their forecasts',
    fr: "tous les serveurs ont répondu à temps : l'appel se résout avec leurs prévisions",
  },
  resolvedNotWhenLast: (at: number, expected: number) => ({
    en: `fetchAllWithin resolved at t=${at}, not when the last server replied (t=${expected})`,
    fr: `fetchAllWithin s'est résolue à t=${at}, et non quand le dernier serveur a répondu (t=${expected})`,
  }),
  missingAwaitBeforeReplies: {
    en: 'a missing await: the call resolved before every server had replied',
    fr: "un await manquant : l'appel s'est résolu avant que tous les serveurs aient répondu",
  },
  waitedAfterLastReply: {
    en: 'something waited after the last reply: resolve as soon as every forecast is in',
    fr: 'quelque chose a attendu après la dernière réponse : résolvez dès que toutes les prévisions sont là',
  },
  resolvedWith: (shown: string) => ({ en: `fetchAllWithin resolved with ${shown}`, fr: `fetchAllWithin s'est résolue avec ${shown}` }),
  arrivalOrder: {
    en: 'the forecasts are in the order they arrived: keep the order of servers (Promise.all does)',
    fr: "les prévisions sont dans leur ordre d'arrivée : gardez l'ordre de servers (comme le fait Promise.all)",
  },
  sortedByName: (order: readonly string[]) => ({
    en: `the results are sorted by server name: keep the order servers came in (${order.join(', ')} here), as Promise.all does, or fill each server's own slot`,
    fr: `les résultats sont triés par nom de serveur : gardez l'ordre dans lequel servers les donne (${order.join(', ')} ici), comme le fait Promise.all, ou remplissez la place propre à chaque serveur`,
  }),
  holdsPromises: {
    en: 'a missing await: the result holds promises instead of forecasts',
    fr: 'un await manquant : le résultat contient des promesses au lieu de prévisions',
  },
  resolveWithForecasts: {
    en: 'resolve with the forecasts fetchWeather returned, one per server, in the order of servers',
    fr: "résolvez avec les prévisions renvoyées par fetchWeather, une par serveur, dans l'ordre de servers",
  },

  // fetchAllWithin, a server too slow.
  rejectsWithTimeoutAt: (budget: number) => ({
    en: `rejects with a TimeoutError at t=${budget}`,
    fr: `est rejetée avec une TimeoutError à t=${budget}`,
  }),
  pendingWhenBudgetRunsOut: (who: string, budget: number) => ({
    en: `${who} still pending when the budget runs out, so the call rejects with a TimeoutError at t=${budget}`,
    fr: `${who} encore en attente quand le budget est épuisé, si bien que l'appel est rejeté avec une TimeoutError à t=${budget}`,
  }),
  resolvedAlthoughPending: (ending: string, who: string, many: boolean, budget: number) => ({
    en: `fetchAllWithin ${ending}, although ${who} had not replied by the deadline (t=${budget})`,
    fr: `fetchAllWithin ${ending}, alors que ${who} n'avai${many ? 'ent' : 't'} pas répondu à l'échéance (t=${budget})`,
  }),
  allOrNothing: {
    en: 'all or nothing: when a server has not replied by the deadline, the call rejects with a TimeoutError',
    fr: "tout ou rien : quand un serveur n'a pas répondu à l'échéance, l'appel est rejeté avec une TimeoutError",
  },
  rejectedNotAtDeadline: (at: number, budget: number) => ({
    en: `fetchAllWithin rejected at t=${at}, not at the deadline (t=${budget}, the budget of ${budget} ms)`,
    fr: `fetchAllWithin a été rejetée à t=${at}, et non à l'échéance (t=${budget}, le budget de ${budget} ms)`,
  }),
  gaveUpEarly: { en: 'the call gave up before the budget had run out', fr: "l'appel a abandonné avant que le budget soit épuisé" },
  deadlineEndsTheWait: {
    en: 'the deadline must end the wait at budgetMs after the call started',
    fr: "l'échéance doit mettre fin à l'attente budgetMs après le début de l'appel",
  },
  notATimeoutError: (rejected: string) => ({
    en: `fetchAllWithin ${rejected}, not with a TimeoutError`,
    fr: `fetchAllWithin ${rejected}, et non avec une TimeoutError`,
  }),
  rejectWithTimeoutError: {
    en: 'reject with a TimeoutError (exported by #runtime): abort the requests with one as the reason, or throw one',
    fr: 'rejetez la promesse avec une TimeoutError (exportée par #runtime) : interrompez le signal des requêtes avec une TimeoutError pour raison, ou levez-en une',
  },
  abortedWithoutReason: {
    en: 'abort() without a reason makes the requests reject with an AbortError: give it a TimeoutError (exported by #runtime) as the reason, abort(new TimeoutError()), or throw one',
    fr: 'avec abort() sans raison, les requêtes sont rejetées avec une AbortError : donnez-lui une TimeoutError (exportée par #runtime) pour raison, abort(new TimeoutError()), ou levez-en une',
  },

  // fetchAllWithin, a server failing.
  rejectsWithError: (at: number, error: string) => ({ en: `rejects at t=${at} with ${error}`, fr: `est rejetée à t=${at} avec ${error}` }),
  failureSwallowed: (server: string) => ({
    en: `the failure of server ${server} was swallowed (a catch, or Promise.allSettled): all or nothing means one failing server makes the whole call reject with its error`,
    fr: `la panne du serveur ${server} a été étouffée (un catch, ou Promise.allSettled) : tout ou rien signifie qu'un seul serveur en panne suffit pour que tout l'appel soit rejeté avec son erreur`,
  }),
  resolvedAlthoughFailed: (ending: string, server: string, at: number) => ({
    en: `fetchAllWithin ${ending}, although server ${server} failed at t=${at}`,
    fr: `fetchAllWithin ${ending}, alors que le serveur ${server} est tombé en panne à t=${at}`,
  }),
  notTheFailingError: (ending: string, server: string, at: number) => ({
    en: `fetchAllWithin ${ending}, not with the error server ${server} failed with at t=${at}`,
    fr: `fetchAllWithin ${ending}, et non avec l'erreur du serveur ${server}, tombé en panne à t=${at}`,
  }),
  notTheFirstServer: (server: string) => ({
    en: `server ${server} is not the first server of the list, and its failure is what ended the call: reject with the error of the request that failed (Promise.all does), not with the first rejection in the order of servers, nor with an error of your own (aborting the others makes them reject too, with the abort's reason)`,
    fr: `le serveur ${server} n'est pas le premier de la liste, et c'est sa panne qui a mis fin à l'appel : rejetez avec l'erreur de la requête en panne (comme le fait Promise.all), et non avec le premier rejet dans l'ordre de servers, ni avec une erreur de votre cru (les autres requêtes, une fois annulées, sont rejetées elles aussi, avec la raison de l'annulation)`,
  }),
  rejectedLate: (server: string, at: number, failedAt: number) => ({
    en: `fetchAllWithin rejected with server ${server}'s error only at t=${at}; server ${server} failed at t=${failedAt}`,
    fr: `fetchAllWithin n'a été rejetée avec l'erreur du serveur ${server} qu'à t=${at} ; le serveur ${server} était tombé en panne à t=${failedAt}`,
  }),
  failureEndsAtOnce: {
    en: 'a failure ends the call at once: Promise.all rejects as soon as one request rejects, Promise.allSettled waits for them all',
    fr: "une panne met fin à l'appel aussitôt : la promesse de Promise.all est rejetée dès qu'une requête l'est, Promise.allSettled les attend toutes",
  },

  // fetchAllWithin, no timer left.
  noTimerLeft: { en: 'no timer of its own left once the call has settled', fr: "aucun minuteur à elle encore armé une fois l'appel terminé" },
  timersLeftAfter: (settled: string, atDeadline: boolean, left: number) => ({
    en: `fetchAllWithin ${settled}, ${atDeadline ? 'when' : 'before'} the budget ran out, and left ${left === 1 ? 'a timer' : `${left} timers`} of its own pending`,
    fr: `fetchAllWithin ${settled}, ${atDeadline ? 'quand le budget a été épuisé' : 'avant la fin du budget'}, et a laissé ${left === 1 ? 'un minuteur' : `${left} minuteurs`} à elle encore armé${left === 1 ? '' : 's'}`,
  }),
  timersPending: (left: number, at: number) => ({
    en: `${left} timer${left === 1 ? '' : 's'} still pending at t=${at}`,
    fr: `${left} minuteur${left === 1 ? '' : 's'} encore armé${left === 1 ? '' : 's'} à t=${at}`,
  }),
  clearTheBudgetTimer: {
    en: "the budget's timer outlives the call: cancel it once the call settles (clearTimeout in a finally, or abort the signal you gave sleep), or use timeout() from #runtime, which does it for you",
    fr: "le minuteur du budget survit à l'appel : annulez-le une fois l'appel terminé (clearTimeout dans un finally, ou en interrompant le signal donné à sleep), ou utilisez timeout() de #runtime, qui le fait pour vous",
  },
  clearEveryTimer: {
    en: 'a timer of its own still runs after the deadline: stop every timer the call started, however it ends, timeout included (clearTimeout or clearInterval in a finally), or use timeout() from #runtime, which does it for you',
    fr: "un minuteur à elle tourne encore après l'échéance : arrêtez chaque minuteur que l'appel a lancé, quelle que soit la façon dont il se termine, dépassement de délai compris (clearTimeout ou clearInterval dans un finally), ou utilisez timeout() de #runtime, qui le fait pour vous",
  },

  // fetchAvailableWithin.
  resolvesWithBecause: (at: number, reason: string, shown: string) => ({
    en: `resolves at t=${at} (${reason}) with ${shown}`,
    fr: `se résout à t=${at} (${reason}) avec ${shown}`,
  }),
  failureRejectedWhole: (server: string) => ({
    en: `server ${server}'s failure made the whole call reject: best effort reports it as { ok: false, reason: "error" } and keeps the others`,
    fr: `à cause de la panne du serveur ${server}, tout l'appel a été rejeté : la version au mieux la signale comme { ok: false, reason: "error" } et garde les autres`,
  }),
  neverFailsWhole: {
    en: 'best effort never fails as a whole: when the budget runs out, keep the forecasts that arrived and report the servers still pending as "timeout"',
    fr: 'la version au mieux n\'échoue jamais en bloc : quand le budget est épuisé, gardez les prévisions arrivées et signalez comme "timeout" les serveurs encore en attente',
  },
  oneEntryPerServer: { en: 'resolve with one entry per server, in the order of servers', fr: "résolvez avec une entrée par serveur, dans l'ordre de servers" },
  entriesInOrder: (shown: string, expected: readonly string[]) => ({
    en: `fetchAvailableWithin returned its entries in the order ${shown}, not ${expected.join(', ')} (the order of servers)`,
    fr: `fetchAvailableWithin a renvoyé ses entrées dans l'ordre ${shown}, et non ${expected.join(', ')} (l'ordre de servers)`,
  }),
  keepTheOrder: {
    en: "keep the order of servers (fill each server's own slot), not the order the replies arrived in",
    fr: "gardez l'ordre de servers (remplissez la place propre à chaque serveur), et non l'ordre d'arrivée des réponses",
  },
  serverField: {
    en: "one entry per server, whose server field is the server's name",
    fr: 'une entrée par serveur, dont le champ server est le nom du serveur',
  },
  forecastLost: (server: string, at: number, got: string) => ({
    en: `server ${server}'s forecast arrived at t=${at}, but was reported as ${got}`,
    fr: `la prévision du serveur ${server} est arrivée à t=${at}, mais a été signalée comme ${got}`,
  }),
  keepArrivedForecasts: {
    en: 'the forecasts that did arrive were lost: keep each forecast as it arrives, and report as "timeout" only the servers still pending at the deadline',
    fr: 'les prévisions qui sont bien arrivées ont été perdues : gardez chaque prévision dès son arrivée, et ne signalez comme "timeout" que les serveurs encore en attente à l\'échéance',
  },
  failureReportedAs: (server: string, at: number, got: string) => ({
    en: `server ${server} failed at t=${at}, but was reported as ${got}`,
    fr: `le serveur ${server} est tombé en panne à t=${at}, mais a été signalé comme ${got}`,
  }),
  tellFailureFromTimeout: {
    en: 'tell a failure from a timeout: a request that rejected by itself before the deadline is an "error"; only one still pending at the deadline is a "timeout"',
    fr: 'distinguez une panne d\'un dépassement de délai : une requête rejetée d\'elle-même avant l\'échéance est une "error" ; seule une requête encore en attente à l\'échéance est un "timeout"',
  },
  reportedWithForecast: (server: string, budget: number, at: number) => ({
    en: `server ${server} was reported with a forecast, but it had not replied by the deadline (t=${budget}); it replied at t=${at}`,
    fr: `le serveur ${server} a été signalé avec une prévision, mais il n'avait pas répondu à l'échéance (t=${budget}) ; il a répondu à t=${at}`,
  }),
  lateIsTimeout: {
    en: 'a server that has not replied by the deadline is a "timeout"',
    fr: 'un serveur qui n\'a pas répondu à l\'échéance est un "timeout"',
  },
  pendingReportedAs: (server: string, budget: number, got: string) => ({
    en: `server ${server} was still pending at the deadline (t=${budget}), but was reported as ${got}`,
    fr: `le serveur ${server} était encore en attente à l'échéance (t=${budget}), mais a été signalé comme ${got}`,
  }),
  abortedIsTimeout: {
    en: 'a request aborted at the deadline rejects too, with the abort\'s reason (an AbortError when abort() is given none): report it as "timeout"; "error" is for a server that failed by itself (signal.aborted tells them apart)',
    fr: 'une requête annulée à l\'échéance est rejetée, elle aussi, avec la raison de l\'annulation (une AbortError si abort() n\'en reçoit aucune) : signalez-la comme "timeout" ; "error" est réservé à un serveur tombé en panne de lui-même (signal.aborted les distingue)',
  },
  entryIs: (server: string, shown: string) => ({ en: `server ${server}'s entry is ${shown}`, fr: `l'entrée du serveur ${server} est ${shown}` }),
  entryShape: (server: string) => ({
    en: `an entry with a forecast is { server: "${server}", ok: true, forecast }, holding the forecast the server replied`,
    fr: `une entrée avec une prévision est { server: "${server}", ok: true, forecast }, qui contient la prévision renvoyée par le serveur`,
  }),
  resolvedNotAt: (at: number, expected: number, reason: string) => ({
    en: `fetchAvailableWithin resolved at t=${at}, not at t=${expected} (${reason})`,
    fr: `fetchAvailableWithin s'est résolue à t=${at}, et non à t=${expected} (${reason})`,
  }),
  missingAwaitBeforeReported: {
    en: 'a missing await: the call resolved before the replies it reports had arrived',
    fr: "un await manquant : l'appel s'est résolu avant l'arrivée des réponses qu'il rapporte",
  },
  waitedOn: (at: number) => ({
    en: `every server had replied by t=${at}, yet it waited on: settle as soon as the last reply arrives, and at the budget only if some are still pending`,
    fr: `tous les serveurs avaient répondu à t=${at}, et pourtant elle a continué d'attendre : terminez dès l'arrivée de la dernière réponse, et à l'échéance du budget seulement s'il reste des requêtes en attente`,
  }),
})
