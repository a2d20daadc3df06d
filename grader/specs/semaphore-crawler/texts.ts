// Everything the semaphore-crawler checks say, in English and French.
import { wording } from '../wording.ts'

/** "page 27" stays, "task C" is "tâche C" in French: a row of the timeline, in a sentence. */
const label = (label: string) => ({ en: label, fr: label.replace(/^task /, 'tâche ') })
/** "100,000" in English, "100 000" in French. */
const counted = (count: number) => ({ en: count.toLocaleString('en'), fr: count.toLocaleString('fr').replace(/\s/g, ' ') })
const plural = (count: number, fr: string) => (count > 1 ? `${fr}s` : fr)

export const T = wording({
  label,
  counted,
  noDownload: { en: 'no download', fr: 'aucun téléchargement' },
  noTaskRan: { en: 'no task ran', fr: "aucune tâche ne s'est exécutée" },
  withSpans: (spans: string, then: string) => ({ en: `${spans}; ${then}`, fr: `${spans} ; ${then}` }),
  idle: (from: number, busy: number, limit: number, waiting: string, startedAt: number) => {
    const started =
      startedAt === Infinity
        ? { en: 'it never started', fr: "elle n'a jamais démarré" }
        : { en: `it started at t=${startedAt}`, fr: `elle a démarré à t=${startedAt}` }
    const busyFr =
      busy === 0
        ? `aucune des ${limit} places n'était occupée`
        : busy === 1
          ? `seulement 1 place sur ${limit} était occupée`
          : `seulement ${busy} places sur ${limit} étaient occupées`
    return {
      en: `from t=${from} only ${busy} of ${limit} slots ${busy === 1 ? 'was' : 'were'} busy while ${waiting} waited; ${started.en}`,
      fr: `à partir de t=${from}, ${busyFr} pendant que la ${label(waiting).fr} attendait ; ${started.fr}`,
    }
  },
  /** "<what was run>: <what happened>", the sentence most messages are. */
  about: (name: string, what: string) => ({ en: `${name}: ${what}`, fr: `${name} : ${what}` }),

  // The crawls, as messages name them.
  statementCrawl: { en: 'crawl of 10 pages of 1000 ms with limit 3', fr: "l'exploration de 10 pages de 1000 ms avec une limite de 3" },
  variedCrawl: (pages: number, limit: number) => ({
    en: `crawl of ${pages} pages of varied lengths with limit ${limit}`,
    fr: `l'exploration de ${pages} pages de durées variées avec une limite de ${limit}`,
  }),
  failingCrawl: (broken: number[]) => ({
    en: `crawl of 10 pages with limit 3 where pages ${broken.join(', ')} fail`,
    fr: `l'exploration de 10 pages avec une limite de 3 où les pages ${broken.join(', ')} échouent`,
  }),
  defaultLimitCrawl: (pages: number) => ({
    en: `crawl of ${pages} pages with no limit given`,
    fr: `l'exploration de ${pages} pages sans limite donnée`,
  }),
  fulfilledPage: (id: string) => ({ en: `fulfilled page ${id}`, fr: `fulfilled (page ${id})` }),

  // Every page downloaded.
  downloadsExpected: (total: number, limit: number) => ({
    en: `expected ${total} downloads, at most ${limit} at a time`,
    fr: `${total} téléchargements attendus, au plus ${limit} à la fois`,
  }),
  downloadedNone: (name: string, expected: string) => ({
    en: `${name} downloaded no page: ${expected}`,
    fr: `${name} n'a téléchargé aucune page : ${expected}`,
  }),
  downloadedSome: (name: string, downloaded: number, total: number, expected: string) => ({
    en: `${name} downloaded only ${downloaded} of ${total} pages: ${expected}`,
    fr: `${name} n'a téléchargé que ${downloaded} ${plural(downloaded, 'page')} sur ${total} : ${expected}`,
  }),
  crawlEnded: (spans: string, resolved: string) => ({ en: `${spans}; crawl ${resolved}`, fr: `${spans} ; crawl ${resolved}` }),
  downloadEveryPage: {
    en: 'the server sees only the downloads you make: call download(id) for every id, at most limit at a time (a Semaphore(limit), or limit workers), and resolve with what they settled with',
    fr: 'le serveur ne voit que les téléchargements que vous faites : appelez download(id) pour chaque id, au plus limit à la fois (un Semaphore(limit), ou limit exécutants), et résolvez avec leurs issues',
  },

  // The results of a crawl.
  resultsExpected: (count: number, results: string) => ({
    en: `${count} results in the order of ids: ${results}`,
    fr: `${count} résultats dans l'ordre de ids : ${results}`,
  }),
  noResult: { en: 'no result', fr: 'aucun résultat' },
  notAnArray: (name: string, shown: string) => ({
    en: `${name} resolved with ${shown}, not an array of results`,
    fr: `${name} s'est résolue avec ${shown}, et non avec un tableau de résultats`,
  }),
  returnAllSettled: {
    en: 'return the array that Promise.allSettled gives, one result per page',
    fr: 'renvoyez le tableau que donne Promise.allSettled, un résultat par page',
  },
  promisesInResults: (name: string, at: number) => ({
    en: `${name} resolved at t=${at} with promises in its results`,
    fr: `${name} s'est résolue à t=${at} avec des promesses dans ses résultats`,
  }),
  settledNotPromises: {
    en: 'a missing await: the results must be the settled outcomes, not promises',
    fr: 'un await manquant : les résultats doivent être les issues des promesses terminées, et non les promesses elles-mêmes',
  },
  pagesThemselves: (name: string) => ({
    en: `${name} resolved with the pages themselves, not with settled results`,
    fr: `${name} s'est résolue avec les pages elles-mêmes, et non avec l'issue de chaque téléchargement`,
  }),
  settledShape: {
    en: "each result is { status: 'fulfilled', value: page } or { status: 'rejected', reason: error }, as Promise.allSettled gives them",
    fr: "chaque résultat est { status: 'fulfilled', value: page } ou { status: 'rejected', reason: error }, comme les donne Promise.allSettled",
  },
  resultCount: (name: string, count: number, pages: number) => ({
    en: `${name} resolved with ${count} results for ${pages} pages`,
    fr: `${name} s'est résolue avec ${count} ${plural(count, 'résultat')} pour ${pages} pages`,
  }),
  onePerId: { en: 'one result per id, no more, no less', fr: 'un résultat par id, ni plus ni moins' },
  resultIs: (index: number, got: string, expected: string) => ({
    en: `result ${index} is ${got}; expected ${expected}`,
    fr: `le résultat ${index} est ${got} ; attendu : ${expected}`,
  }),
  orderOfIds: (index: number, id: number) => ({
    en: `results must follow the order of ids (result ${index} belongs to page ${id}), not the order the downloads finished`,
    fr: `les résultats doivent suivre l'ordre de ids (le résultat ${index} est celui de la page ${id}), et non l'ordre dans lequel les téléchargements se sont terminés`,
  }),
  rejectedShape: {
    en: 'a failed download is reported as { status: "rejected", reason } with the error the download rejected with',
    fr: 'un téléchargement en échec apparaît comme { status: "rejected", reason }, avec l\'erreur par laquelle le téléchargement a été rejeté',
  },
  fulfilledShape: {
    en: "a downloaded page is reported as { status: 'fulfilled', value: page } with the page the download resolved with",
    fr: "une page téléchargée apparaît comme { status: 'fulfilled', value: page }, avec la page renvoyée par le téléchargement",
  },
  resolvedWhileDownloading: (name: string, at: number, until: number | string) => ({
    en: `${name} resolved at t=${at} while downloads ran until t=${until}`,
    fr: `${name} s'est résolue à t=${at} alors que des téléchargements ont duré jusqu'à t=${until}`,
  }),
  resolvesWithLastDownload: (at: number) => ({
    en: `resolves when the last download ends, at t=${at}`,
    fr: `se résout quand le dernier téléchargement se termine, à t=${at}`,
  }),
  returnedBeforeDownloads: {
    en: 'a missing await: crawl returned before its downloads had finished',
    fr: 'un await manquant : crawl a rendu la main avant la fin de ses téléchargements',
  },
  resolvedAfterDownloads: (name: string, at: number, lastEnd: number) => ({
    en: `${name} resolved at t=${at}, ${at - lastEnd} ms after its last download ended (t=${lastEnd})`,
    fr: `${name} s'est résolue à t=${at}, ${at - lastEnd} ms après la fin de son dernier téléchargement (t=${lastEnd})`,
  }),
  resolvesAtLastDownload: (at: number) => ({
    en: `resolves at t=${at}, when the last download ends`,
    fr: `se résout à t=${at}, quand le dernier téléchargement se termine`,
  }),
  waitedAfterDownloads: { en: 'something waited after the downloads were done', fr: 'quelque chose a attendu après la fin des téléchargements' },

  // The limit of a crawl.
  banned: (name: string, at: number, inFlight: number, pages: string, limit: number) => ({
    en: `${name}: the server banned the client at t=${at}, when ${inFlight} downloads were in flight (${pages}); the limit is ${limit}`,
    fr: `${name} : le serveur a banni le client à t=${at}, alors que ${inFlight} téléchargements étaient en cours (${pages}) ; la limite est de ${limit}`,
  }),
  atMostInFlight: (limit: number) => ({
    en: `at most ${limit} downloads in flight at any time`,
    fr: `au plus ${limit} téléchargements en cours à tout moment`,
  }),
  peakInFlight: (count: number, at: number, open: string) => ({
    en: `up to ${count} downloads in flight at once (t=${at}: ${open})`,
    fr: `jusqu'à ${count} téléchargements en cours en même temps (t=${at} : ${open})`,
  }),
  allAtOnce: {
    en: 'every download was started at once (Promise.allSettled(ids.map(download)) starts them all): make each download wait for a free slot, e.g. with a Semaphore(limit)',
    fr: "tous les téléchargements ont été lancés d'un coup (Promise.allSettled(ids.map(download)) les lance tous) : faites attendre une place libre à chaque téléchargement, par exemple avec un Semaphore(limit)",
  },
  limitIgnored: (ran: number, limit: number) => ({
    en: `the limit argument is ignored: ${ran} downloads ran at once although the limit was ${limit}`,
    fr: `le paramètre limit est ignoré : ${ran} téléchargements ont eu lieu en même temps alors que la limite était de ${limit}`,
  }),
  slotGivenBackTwice: {
    en: 'after a failed download more downloads ran than the limit: a slot was given back more than once',
    fr: "après un téléchargement en échec, plus de téléchargements que la limite ont eu lieu en même temps : une place a été rendue plus d'une fois",
  },
  takeAndGiveBack: {
    en: 'more downloads ran at once than the limit allows: take a slot before each download and give it back exactly once when it ends',
    fr: 'plus de téléchargements ont eu lieu en même temps que la limite ne le permet : prenez une place avant chaque téléchargement et rendez-la exactement une fois quand il se termine',
  },

  // Slots reused at once, in the order of ids.
  downloadedTimes: (name: string, page: string, times: number) =>
    times === 0
      ? { en: `${name}: ${page} was never downloaded`, fr: `${name} : la ${page} n'a jamais été téléchargée` }
      : { en: `${name}: ${page} was downloaded ${times} times`, fr: `${name} : la ${page} a été téléchargée ${times} fois` },
  downloadOnce: { en: 'download each page of ids exactly once', fr: 'téléchargez chaque page de ids exactement une fois' },
  startedBefore: (name: string, early: string, at: number, skipped: string, skippedAt: number) => ({
    en: `${name}: ${early} started at t=${at}, before ${skipped} (t=${skippedAt}), which comes first in ids`,
    fr: `${name} : la ${early} a démarré à t=${at}, avant la ${skipped} (t=${skippedAt}), qui vient avant elle dans ids`,
  }),
  pagesInOrder: {
    en: 'pages must start in the order of ids: whichever slot frees first takes the next page of the list',
    fr: "les pages doivent démarrer dans l'ordre de ids : la première place qui se libère prend la page suivante de la liste",
  },
  idleFor: (idle: string, gap: number | undefined) => ({
    en: gap === undefined ? idle : `${idle}, a slot idle for ${gap} ms`,
    fr: gap === undefined ? idle : `${idle}, une place inoccupée pendant ${gap} ms`,
  }),
  oneAtATime: {
    en: 'the downloads ran one at a time: each was awaited before the next one started',
    fr: 'les téléchargements ont eu lieu un par un : chacun a été attendu avant que le suivant ne démarre',
  },
  fixedGroups: (limit: number) => ({
    en: `the pages were downloaded in fixed groups of ${limit}: each group waited for its slowest page while the other slots sat idle. Start the next page as soon as any download ends (a Semaphore, or workers that each take the next page)`,
    fr: `les pages ont été téléchargées par groupes fixes de ${limit} : chaque groupe a attendu sa page la plus lente pendant que les autres places restaient vides. Lancez la page suivante dès qu'un téléchargement, quel qu'il soit, se termine (un Semaphore, ou des exécutants qui prennent chacun la page suivante)`,
  }),
  slotStayedFree: {
    en: 'a slot stayed free while pages were waiting: start the next page as soon as a download ends',
    fr: "une place est restée libre alors que des pages attendaient : lancez la page suivante dès qu'un téléchargement se termine",
  },

  // Failed downloads.
  failedKeptSlots: (failed: number[]) =>
    failed.length > 1
      ? {
          en: `pages ${failed.join(', ')} failed and never gave back their slots, so the pages behind them wait forever: release in a finally block (Semaphore.use does it for you)`,
          fr: `les pages ${failed.join(', ')} ont échoué et n'ont jamais rendu leurs places, si bien que les pages suivantes attendent pour toujours : libérez dans un bloc finally (Semaphore.use le fait pour vous)`,
        }
      : {
          en: `page ${failed[0]} failed and never gave back its slot, so the pages behind them wait forever: release in a finally block (Semaphore.use does it for you)`,
          fr: `la page ${failed[0]} a échoué et n'a jamais rendu sa place, si bien que les pages suivantes attendent pour toujours : libérez dans un bloc finally (Semaphore.use le fait pour vous)`,
        },
  oneFailureRejectsAll: {
    en: 'one failed download made the whole crawl reject (Promise.all gives up at the first rejection): report each page in its slot with Promise.allSettled, or catch each download',
    fr: "un seul téléchargement en échec a suffi pour que toute l'exploration soit rejetée (Promise.all abandonne au premier rejet) : donnez l'issue de chaque page à sa place avec Promise.allSettled, ou interceptez l'erreur de chaque téléchargement",
  },
  failedSlotNotFreed: {
    en: 'a failed download did not give its slot back at once: free the slot however the download ends (finally)',
    fr: "un téléchargement en échec n'a pas rendu sa place aussitôt : libérez la place quelle que soit la façon dont le téléchargement se termine (finally)",
  },

  // The default limit.
  giveDefault: (limit: number) => ({
    en: `give the parameter its default, limit = ${limit}`,
    fr: `donnez au paramètre sa valeur par défaut, limit = ${limit}`,
  }),
  calledWithoutLimit: (give: string) => ({
    en: `crawl(ids, download) is called without a limit: ${give}`,
    fr: `crawl(ids, download) est appelée sans limite : ${give}`,
  }),
  noLimitGiven: (limit: number, give: string) => ({
    en: `with no limit given, crawl must run at most ${limit} downloads at once: ${give}`,
    fr: `sans limite donnée, crawl doit faire au plus ${limit} téléchargements à la fois : ${give}`,
  }),
  atMostRan: (name: string, count: number) => ({
    en: `${name}: at most ${count} download${count === 1 ? '' : 's'} ran at once`,
    fr: `${name} : il n'y a jamais eu plus de ${count} ${plural(count, 'téléchargement')} à la fois`,
  }),
  defaultAtOnce: (limit: number) => ({
    en: `${limit} downloads at once, the default limit`,
    fr: `${limit} téléchargements à la fois, la limite par défaut`,
  }),
  defaultIs: (limit: number) => ({
    en: `the default limit is ${limit}: crawl(ids, download) must behave like crawl(ids, download, ${limit})`,
    fr: `la limite par défaut est ${limit} : crawl(ids, download) doit se comporter comme crawl(ids, download, ${limit})`,
  }),

  // How a call of the limiter ended.
  neverSettled: (call: string) => ({ en: `${call} never settled`, fr: `l'appel ${call} ne s'est jamais terminé` }),
  threwInstead: (call: string, shown: string) => ({
    en: `${call} threw ${shown} instead of returning a promise`,
    fr: `l'appel ${call} a levé ${shown} au lieu de renvoyer une promesse`,
  }),
  callSettled: (call: string, ended: 'resolved' | 'rejected', at: number | undefined, shown: string) => ({
    en: `${call} ${ended} at t=${at} with ${shown}`,
    fr: `l'appel ${call} ${ended === 'resolved' ? "s'est résolu" : 'a été rejeté'} à t=${at} avec ${shown}`,
  }),

  // Every task run.
  everyTaskExpected: (limit: number) => ({
    en: `expected every task to run, at most ${limit} at a time, in the order limit() was called`,
    fr: `chaque tâche devait s'exécuter, au plus ${limit} à la fois, dans l'ordre des appels à limit()`,
  }),
  ranNone: (name: string, total: number, expected: string) => ({
    en: `${name} ran none of the ${total} tasks handed to it: ${expected}`,
    fr: `${name} n'a exécuté aucune des ${total} tâches qui lui ont été confiées : ${expected}`,
  }),
  ranSome: (name: string, ran: number, total: number, task: string, expected: string) => ({
    en: `${name} ran only ${ran} of the ${total} tasks handed to it (task ${task} never started): ${expected}`,
    fr: `${name} n'a exécuté que ${ran} des ${total} tâches qui lui ont été confiées (la tâche ${task} n'a jamais démarré) : ${expected}`,
  }),
  mustRunTask: {
    en: 'limit(task) must run its task: call task() as soon as a slot is free (at once while fewer than limit run), and settle like the promise it returns',
    fr: "limit(task) doit exécuter sa tâche : appelez task() dès qu'une place est libre (aussitôt tant que moins de limit sont en cours), et terminez-vous comme la promesse qu'elle renvoie",
  },

  // The limit of the limiter.
  ranAtOnce: (name: string, count: number, at: number, tasks: string, limit: number) => ({
    en: `${name} ran ${count} tasks at once at t=${at} (${tasks}); the limit is ${limit}`,
    fr: `${name} a exécuté ${count} tâches en même temps à t=${at} (${tasks}) ; la limite est de ${limit}`,
  }),
  rejected: { en: 'rejected', fr: 'a été rejetée' },
  threwWhenCalled: { en: 'threw when it was called', fr: 'a levé une exception quand elle a été appelée' },
  freedTwice: (task: string, how: string, at: number) => ({
    en: `task ${task} ${how} at t=${at}, and its slot was freed more than once (say in a catch and again in a finally), so more tasks started than slots were free: count a task down exactly once, however it ends`,
    fr: `la tâche ${task} ${how} à t=${at}, et sa place a été libérée plus d'une fois (par exemple dans un catch puis encore dans un finally), si bien que plus de tâches ont démarré qu'il n'y avait de places libres : décomptez une tâche exactement une fois, quelle que soit la façon dont elle se termine`,
  }),
  countRunning: {
    en: 'count the running tasks: start a task only while fewer than limit run, and count it down exactly once when it ends',
    fr: 'comptez les tâches en cours : ne lancez une tâche que tant que moins de limit sont en cours, et décomptez-la exactement une fois quand elle se termine',
  },
  offByOne: {
    en: 'an off-by-one: limit + 1 tasks started at once, so the test that lets a task start lets one too many through (running <= limit instead of running < limit). Start a task only while fewer than limit run',
    fr: 'une erreur de un : limit + 1 tâches ont démarré en même temps, donc le test qui laisse démarrer une tâche en laisse passer une de trop (running <= limit au lieu de running < limit). Ne lancez une tâche que tant que moins de limit sont en cours',
  },
  startNextAtOnce: {
    en: 'when a task ends, start the next waiting task right away (and a task handed over while a slot is free starts at once)',
    fr: "quand une tâche se termine, lancez aussitôt la suivante en attente (et une tâche confiée alors qu'une place est libre démarre tout de suite)",
  },
  resolvesWithTask: (task: string, result: string, at: number | undefined) => ({
    en: `limit(task ${task}) resolves with ${result} when the task ends${at === undefined ? '' : `, at t=${at}`}`,
    fr: `l'appel limit(task ${task}) se résout avec ${result} quand la tâche se termine${at === undefined ? '' : `, à t=${at}`}`,
  }),
  resolveWithTaskValue: {
    en: 'the promise limit(task) returns must resolve with what the task resolved with',
    fr: 'la promesse que renvoie limit(task) doit se résoudre avec la valeur de la tâche',
  },
  settleWhenTaskDoes: {
    en: 'limit(task) must settle exactly when its task does, like the task',
    fr: 'limit(task) doit se terminer au moment même où sa tâche se termine, et de la même façon',
  },

  // First come, first served.
  jumpedQueue: (name: string, early: string, at: number, skipped: string, skippedAt: number | undefined) => ({
    en: `${name}: ${early} started at t=${at} before ${skipped}, which was queued earlier and ${skippedAt === undefined ? 'never started' : `started only at t=${skippedAt}`}`,
    fr: `${name} : la ${label(early).fr} a démarré à t=${at} avant la ${label(skipped).fr}, mise en attente plus tôt, qui ${skippedAt === undefined ? "n'a jamais démarré" : `n'a démarré qu'à t=${skippedAt}`}`,
  }),
  inCallOrder: (order: string) => ({
    en: `tasks start in the order limit() was called: ${order}`,
    fr: `les tâches démarrent dans l'ordre des appels à limit() : ${order}`,
  }),
  startedInOrder: (order: string) => ({ en: `they started in this order: ${order}`, fr: `elles ont démarré dans cet ordre : ${order}` }),
  lastInFirstOut: {
    en: 'the newest waiting task went first: the queue is served last-in first-out (push + pop is a stack). Take the oldest waiting task, at the front of the queue',
    fr: "la dernière tâche arrivée est passée la première : la file est servie en dernier arrivé, premier servi (push + pop, c'est une pile). Prenez la plus ancienne tâche en attente, en tête de file",
  },
  firstComeFirstServed: {
    en: 'serve the waiting tasks first come, first served: the oldest waiting task starts next',
    fr: "servez les tâches en attente dans l'ordre d'arrivée : la plus ancienne démarre la première",
  },

  // A task that rejects or throws.
  neverRanYet: (name: string, task: string) => ({
    en: `${name}: task ${task} never ran (or never ended), so this cannot be judged yet`,
    fr: `${name} : la tâche ${task} ne s'est jamais exécutée (ou ne s'est jamais terminée), ce point ne peut donc pas encore être jugé`,
  }),
  firstRunEveryTask: {
    en: 'first make every queued task run (see the other limiter checks)',
    fr: "faites d'abord en sorte que chaque tâche mise en attente s'exécute (voir les autres vérifications du limiteur)",
  },
  slotNotFreed: (name: string, task: string, how: string, at: number, waiting: string, until: number, busy: number, limit: number) => ({
    en: `${name}: task ${task} ${how} at t=${at}, but its slot was not freed: ${waiting} waited until ${until === Infinity ? 'the end' : `t=${until}`} with ${busy} of ${limit} slots busy`,
    fr: `${name} : la tâche ${task} ${how} à t=${at}, mais sa place n'a pas été libérée : la ${label(waiting).fr} a attendu jusqu'à ${until === Infinity ? 'la fin' : `t=${until}`} avec ${busy} ${plural(busy, 'place')} ${plural(busy, 'occupée')} sur ${limit}`,
  }),
  rejectsWithTaskError: (task: string, at: number, error: string) => ({
    en: `limit(task ${task}) rejects at t=${at} with the task's error, Error: ${error}`,
    fr: `l'appel limit(task ${task}) est rejeté à t=${at} avec l'erreur de la tâche, Error: ${error}`,
  }),
  rejectLikeTask: {
    en: 'limit(task) must settle like its task: reject with the error the task rejected with or threw',
    fr: "limit(task) doit se terminer comme sa tâche : l'appel est rejeté avec l'erreur de la tâche, celle avec laquelle elle a été rejetée ou qu'elle a levée",
  },
  rejectingKeepsSlot: {
    en: 'a task that rejects keeps its slot: give the slot back however the task ends (in a finally, or in both callbacks of then)',
    fr: 'une tâche rejetée garde sa place : rendez la place quelle que soit la façon dont la tâche se termine (dans un finally, ou dans les deux callbacks de then)',
  },
  syncThrowSkips: {
    en: 'a task that throws synchronously skips your bookkeeping: task() throws before any promise exists, so the code that frees the slot never runs. Call it inside a try block, or as new Promise(resolve => resolve(task())), or from an async function',
    fr: "une tâche qui lève une exception de façon synchrone échappe à votre comptabilité : task() lève l'exception avant qu'une promesse existe, et le code qui libère la place ne s'exécute jamais. Appelez-la dans un bloc try, sous la forme new Promise(resolve => resolve(task())), ou depuis une fonction async",
  },

  // The limiter's own queue.
  queuedOnRuntime: (seen: string) => ({
    en: `while tasks waited for a slot of createLimiter, they were queued on #runtime's semaphore: ${seen}`,
    fr: `pendant que des tâches attendaient une place de createLimiter, elles faisaient la queue sur le sémaphore de #runtime : ${seen}`,
  }),
  ownQueueExpected: {
    en: 'a limiter with its own queue of waiting tasks and its own count of running ones',
    fr: 'un limiteur avec sa propre file de tâches en attente et son propre compte des tâches en cours',
  },
  writeTheQueue: {
    en: "createLimiter is your own p-limit: write the queue yourself instead of using #runtime's Semaphore (crawl may use it)",
    fr: "createLimiter est votre propre p-limit : écrivez la file d'attente vous-même au lieu d'utiliser le Semaphore de #runtime (crawl, lui, peut s'en servir)",
  },

  // 100,000 tasks.
  tooSlowQueueing: (limiter: string, count: string, done: string, ms: number, times: string, semaphoreMs: string) => ({
    en: `${limiter} is too slow with ${count} queued tasks: queueing the first ${done} of them took ${ms} ms of CPU, ${times} times as long as #runtime's Semaphore in the same run (${semaphoreMs} ms for as many)`,
    fr: `${limiter} est trop lent avec ${count} tâches en attente : mettre en attente les ${done} premières a pris ${ms} ms de CPU, ${times} fois plus que le Semaphore de #runtime dans la même exécution (${semaphoreMs} ms pour autant)`,
  }),
  tooSlowHandOvers: (limiter: string, count: string, done: string, ms: number, times: string, semaphoreMs: string) => ({
    en: `${limiter} is too slow with ${count} queued tasks: handing the slots over to the first ${done} of them took ${ms} ms of CPU, ${times} times as long as #runtime's Semaphore in the same run (${semaphoreMs} ms for as many)`,
    fr: `${limiter} est trop lent avec ${count} tâches en attente : passer les places aux ${done} premières a pris ${ms} ms de CPU, ${times} fois plus que le Semaphore de #runtime dans la même exécution (${semaphoreMs} ms pour autant)`,
  }),
  tooSlowBeforeAny: (limiter: string, count: string, ms: number) => ({
    en: `${limiter} is too slow with ${count} queued tasks: it took ${ms} ms of CPU before its first call settled`,
    fr: `${limiter} est trop lent avec ${count} tâches en attente : il a pris ${ms} ms de CPU avant que son premier appel se termine`,
  }),
  withinSemaphoreTimes: (times: number, allowanceMs: number, allowedMs: number) => ({
    en: `at most ${times} times #runtime's Semaphore, plus ${allowanceMs} ms: ${allowedMs} ms here`,
    fr: `au plus ${times} fois le Semaphore de #runtime, plus ${allowanceMs} ms : ${allowedMs} ms ici`,
  }),
  stoppedFeeding: (ms: number, done: string) => ({
    en: `${ms} ms of CPU for ${done} tasks, then the grader stopped feeding it`,
    fr: `${ms} ms de CPU pour ${done} tâches, puis le correcteur a cessé de lui en donner`,
  }),
  slowQueueing: {
    en: 'each limit() call takes time proportional to the number of tasks already waiting: unshift and splice move every element, and spreading or concatenating the queue ([...queue, task]) copies it. With 100,000 waiting that adds up to billions of steps. Add a waiting task in constant time: push it at the end of an array, or append it to a linked list',
    fr: "chaque appel à limit() prend un temps proportionnel au nombre de tâches déjà en attente : unshift et splice déplacent tous les éléments, et étaler ou concaténer la file ([...queue, task]) la copie. Avec 100 000 tâches en attente, cela fait des milliards d'opérations. Ajoutez une tâche en attente en temps constant : avec push à la fin d'un tableau, ou au bout d'une liste chaînée",
  },
  slowHandOvers: {
    en: 'each hand-over costs time proportional to the number of waiting tasks: Array.shift and splice move every remaining element, and copying or scanning the queue, or waking every waiting task to check for a free slot, costs as much. With 100,000 waiting that adds up to billions of steps. Take the oldest waiting task in constant time: an index to the head of an array, or a linked list',
    fr: "chaque passage de relais prend un temps proportionnel au nombre de tâches en attente : Array.shift et splice déplacent tous les éléments restants, et copier ou parcourir la file, ou réveiller chaque tâche en attente pour vérifier si une place est libre, coûte autant. Avec 100 000 tâches en attente, cela fait des milliards d'opérations. Prenez la plus ancienne tâche en attente en temps constant : un indice vers la tête d'un tableau, ou une liste chaînée",
  },
  pollsWithTimers: {
    en: 'waiting tasks poll for a free slot with timers: wake the next task when a slot frees instead',
    fr: 'les tâches en attente guettent une place libre avec des minuteurs : réveillez plutôt la tâche suivante quand une place se libère',
  },
  someSettled: (settled: string, count: string) => ({
    en: `only ${settled} of ${count} queued calls settled`,
    fr: `seuls ${settled} des ${count} appels mis en attente se sont terminés`,
  }),
  everyCallSettles: { en: 'every call settles', fr: 'chaque appel se termine' },
  neverSettledCount: (lost: string) => ({ en: `${lost} calls never settled`, fr: `${lost} appels ne se sont jamais terminés` }),
  overflowedStack: {
    en: 'the limiter recursed once per queued task and overflowed the stack: hand over the next task without nesting calls',
    fr: "le limiteur s'est rappelé récursivement une fois par tâche en attente et a fait déborder la pile : passez la main à la tâche suivante sans imbriquer les appels",
  },
  tasksLost: {
    en: 'some queued tasks were lost: every call must eventually run its task and settle',
    fr: 'des tâches en attente ont été perdues : chaque appel doit finir par exécuter sa tâche et se terminer',
  },
  rejectedThough: (rejected: string, count: string) => ({
    en: `${rejected} of ${count} calls rejected though every task resolved`,
    fr: `${rejected} appels sur ${count} ont été rejetés alors que chaque tâche s'est résolue`,
  }),
  everyCallResolves: { en: 'every call resolves like its task', fr: 'chaque appel se résout comme sa tâche' },
  rejections: (count: number) => ({ en: `${count} rejections`, fr: `${count} rejets` }),
  settleLikeTask: { en: 'limit(task) must settle like its task', fr: 'limit(task) doit se terminer comme sa tâche' },
  settledWithoutRunning: (count: string, limiter: string, ran: string) => ({
    en: `all ${count} calls of ${limiter} settled, but only ${ran} of their tasks ran`,
    fr: `les ${count} appels de ${limiter} se sont terminés, mais seules ${ran} de leurs tâches se sont exécutées`,
  }),
  eachTaskRuns: (count: string) => ({
    en: `each of the ${count} tasks runs, and its call settles like it`,
    fr: `chacune des ${count} tâches s'exécute, et son appel se termine comme elle`,
  }),
  tasksNeverRan: (count: string) => ({ en: `${count} tasks never ran`, fr: `${count} tâches ne se sont jamais exécutées` }),
  callsWithoutTask: {
    en: 'limit(task) must run its task and settle like it: a call that settles without calling task() has done nothing',
    fr: "limit(task) doit exécuter sa tâche et se terminer comme elle : un appel qui se termine sans appeler task() n'a rien fait",
  },
})
