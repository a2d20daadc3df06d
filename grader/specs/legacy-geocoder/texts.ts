// Everything the geocoder's checks say, in English and French.
import { listed, wording } from '../wording.ts'

export const T = wording({
  // Where geocodeSync ran.
  geocodedOnLoop: (call: string, calls: string[]) => ({
    en: `${call} called geocodeSync on the event loop (${listed(calls)}), not in an executor job: for each 800 ms call, nothing else ran`,
    fr: `${call} a appelé geocodeSync sur la boucle d'événements (${listed(calls)}), et non dans une tâche de l'exécuteur : pendant chaque appel de 800 ms, rien d'autre ne s'est exécuté`,
  }),
  everyCallInAJob: {
    en: 'every geocodeSync call inside a job of the executor: executor.run(() => legacy.geocodeSync(address)); the loop stays free and the heartbeat on time',
    fr: "chaque appel de geocodeSync dans une tâche de l'exécuteur : executor.run(() => legacy.geocodeSync(address)) ; la boucle reste libre et le battement de cœur à l'heure",
  },
  asyncWrapper: {
    en: "an async function runs its synchronous code on the event loop, like any other: marking the wrapper async does not move geocodeSync anywhere, it still holds the loop for 800 ms, heartbeat included (the course's danger zone: time.sleep() in async code). Hand the call to a worker: await executor.run(() => legacy.geocodeSync(address)), as Python's await loop.run_in_executor(pool, geocode_sync, address)",
    fr: "une fonction async exécute son code synchrone sur la boucle d'événements, comme toute autre : déclarer l'enveloppe async ne déplace geocodeSync nulle part, il garde la boucle 800 ms, battement de cœur compris (la zone de danger du cours : time.sleep() dans du code async). Confiez l'appel à un exécutant : await executor.run(() => legacy.geocodeSync(address)), comme await loop.run_in_executor(pool, geocode_sync, address) en Python",
  },
  putOff: {
    en: 'await Promise.resolve(), await sleep(0) or setTimeout(0) before the call only puts it off: it still runs on the event loop, a little later, and holds it just as long. A blocking call leaves the loop only inside executor.run(() => legacy.geocodeSync(address))',
    fr: "await Promise.resolve(), await sleep(0) ou setTimeout(0) avant l'appel ne font que le repousser : il s'exécute toujours sur la boucle d'événements, un peu plus tard, et la garde tout aussi longtemps. Un appel bloquant ne quitte la boucle que dans executor.run(() => legacy.geocodeSync(address))",
  },
  neverGeocoded: (call: string, cities: string[]) => ({
    en: `${call} never geocoded the address${cities.length === 1 ? '' : 'es'} in ${listed(cities)}`,
    fr: `${call} n'a jamais géocodé ${cities.length === 1 ? "l'adresse" : 'les adresses'} ${listed(cities.map((city) => `de ${city}`))}`,
  }),
  notGeocodedWhileHeld: (call: string, cities: string[]) => ({
    en: `no job geocoded the address${cities.length === 1 ? '' : 'es'} in ${listed(cities)}: ${call} held the event loop, and the grader's workers wait while it is held (a simplification of the simulation, see "The world")`,
    fr: `aucune tâche de l'exécuteur n'a géocodé ${cities.length === 1 ? "l'adresse" : 'les adresses'} ${listed(cities.map((city) => `de ${city}`))} : ${call} a gardé la boucle d'événements, et les exécutants du correcteur attendent tant qu'elle est gardée (une simplification de la simulation, voir « Le décor »)`,
  }),
  jobIsAFunction: {
    en: 'executor.run(legacy.geocodeSync(address)) calls geocodeSync at once, on the event loop, and hands the executor its result: a job is a function the executor calls on a worker, () => legacy.geocodeSync(address) (Python passes the function and its argument apart: run_in_executor(pool, geocode_sync, address))',
    fr: "executor.run(legacy.geocodeSync(address)) appelle geocodeSync tout de suite, sur la boucle d'événements, et confie son résultat à l'exécuteur : une tâche est une fonction que l'exécuteur appelle sur un exécutant, () => legacy.geocodeSync(address) (Python passe la fonction et son argument à part : run_in_executor(pool, geocode_sync, address))",
  },
  job: (id: number) => ({ en: `job ${id}`, fr: `tâche ${id}` }),
  jobsWere: (jobs: string) => ({ en: `jobs: ${jobs || 'none'}`, fr: `tâches : ${jobs || 'aucune'}` }),
  jobCallsGeocode: {
    en: 'a job is the function executor.run calls on a worker: it must call legacy.geocodeSync(address) itself, as () => legacy.geocodeSync(address) does',
    fr: "une tâche est la fonction qu'executor.run appelle sur un exécutant : elle doit appeler elle-même legacy.geocodeSync(address), comme le fait () => legacy.geocodeSync(address)",
  },
  handEachToExecutor: {
    en: 'geocode each address with legacy.geocodeSync, inside executor.run: the coordinates are what the library returns',
    fr: 'géocodez chaque adresse avec legacy.geocodeSync, dans executor.run : les coordonnées sont ce que renvoie la bibliothèque',
  },

  // The heartbeat.
  heartbeatOnTime: { en: 'the heartbeat was on time', fr: "le battement de cœur était à l'heure" },
  beatLate: (due: number, at: number, late: number) => ({
    en: `the heartbeat due at t=${due} fired only at t=${at}, ${late} ms late`,
    fr: `le battement de cœur prévu à t=${due} ne s'est déclenché qu'à t=${at}, avec ${late} ms de retard`,
  }),
  beatMissed: (due: number, at: number) => ({
    en: `the heartbeat due at t=${due} had still not fired when the call settled at t=${at}`,
    fr: `le battement de cœur prévu à t=${due} ne s'était toujours pas déclenché quand l'appel s'est terminé à t=${at}`,
  }),
  heartbeatExpected: {
    en: 'a heartbeat every 100 ms, none more than 100 ms late, while the executor geocodes',
    fr: "un battement de cœur toutes les 100 ms, aucun avec plus de 100 ms de retard, pendant que l'exécuteur géocode",
  },
  loopHeldAnyway: (call: string) => ({
    en: `${call} geocoded in the executor, but something else held the event loop meanwhile`,
    fr: `${call} a géocodé dans l'exécuteur, mais autre chose a gardé la boucle d'événements pendant ce temps`,
  }),
  busyWait: {
    en: "a busy-wait on the clock (while (Date.now() < end) {}) is Python's time.sleep() in async code: it holds the event loop for as long as it waits, so no timer fires, no heartbeat beats, and the results the executor had ready are not delivered until it ends. Wait with await (sleep(ms), timeout(), a promise)",
    fr: "une attente active sur l'horloge (while (Date.now() < end) {}) est le time.sleep() de Python dans du code async : elle garde la boucle d'événements tant qu'elle attend, si bien qu'aucun minuteur ne se déclenche, qu'aucun battement de cœur ne bat et que les résultats que l'exécuteur avait prêts ne sont livrés qu'à sa fin. Attendez avec await (sleep(ms), timeout(), une promesse)",
  },

  // geocodeAll, the jobs.
  atOnceExpected: (threads: number, jobs: string) => ({
    en: `every job handed to the executor at t=0; its ${threads} threads run them: ${jobs}`,
    fr: `toutes les tâches confiées à l'exécuteur à t=0 ; ses ${threads} threads les exécutent : ${jobs}`,
  }),
  severalInOneJob: (job: number, count: number) => ({
    en: `job ${job} geocoded ${count} addresses, one after another on one thread`,
    fr: `la tâche ${job} a géocodé ${count} adresses, l'une après l'autre sur un seul thread`,
  }),
  oneAddressPerJob: {
    en: 'a job runs on one thread from start to end: give each address a job of its own, so the threads work in parallel',
    fr: "une tâche s'exécute sur un seul thread du début à la fin : donnez à chaque adresse sa propre tâche, pour que les threads travaillent en parallèle",
  },
  startedAt: (starts: number[], wanted: number[]) => ({
    en: `the jobs started at t=${starts.join(', ')}, not at t=${wanted.join(', ')}`,
    fr: `les tâches ont démarré à t=${starts.join(', ')}, et non à t=${wanted.join(', ')}`,
  }),
  lastEnded: (end: number, readyAt: number) => ({
    en: `; the last ended at t=${end}, not at t=${readyAt}`,
    fr: ` ; la dernière s'est terminée à t=${end}, et non à t=${readyAt}`,
  }),
  oneByOne: (count: number, end: number, readyAt: number) => ({
    en: `each job was handed to the executor only once the one before had ended: awaiting each executor.run in a loop makes ${count} × 800 = ${end} ms instead of ${readyAt}. Hand them all at once and await them together (Promise.all): the executor queues what its threads cannot take yet`,
    fr: `chaque tâche n'a été confiée à l'exécuteur qu'une fois la précédente terminée : attendre chaque executor.run dans une boucle donne ${count} × 800 = ${end} ms au lieu de ${readyAt}. Confiez-les toutes d'un coup et attendez-les ensemble (Promise.all) : l'exécuteur met en file ce que ses threads ne peuvent pas encore prendre`,
  }),
  ownGateTooSmall: (peak: number, threads: number) => ({
    en: `your own limit let ${peak} jobs run at once, though the executor has ${threads} threads: size it from executor.threads, or hand every job to the executor and let its queue wait`,
    fr: `votre propre limite a laissé ${peak} tâches s'exécuter à la fois, alors que l'exécuteur a ${threads} threads : réglez-la sur executor.threads, ou confiez toutes les tâches à l'exécuteur et laissez sa file attendre`,
  }),
  handThemAllAtOnce: {
    en: 'hand the executor every job at t=0; it starts each as soon as a thread is free',
    fr: "confiez toutes les tâches à l'exécuteur à t=0 ; il démarre chacune dès qu'un thread se libère",
  },

  // geocodeAll, the result.
  otherPool: (threads: number, count: number) => ({
    en: `with ${threads} threads and ${count} addresses, `,
    fr: `avec ${threads} threads et ${count} adresses, `,
  }),
  beforeLastResult: (prefix: string, at: number, shown: string, readyAt: number) => ({
    en: `${prefix}the call resolved at t=${at} with ${shown}, before the last result arrived at t=${readyAt}`,
    fr: `${prefix}l'appel s'est résolu à t=${at} avec ${shown}, avant l'arrivée du dernier résultat à t=${readyAt}`,
  }),
  missingAwait: {
    en: 'a missing await: the call returned while jobs were still running, or with their promises instead of their results',
    fr: "un await manquant : l'appel s'est terminé alors que des tâches tournaient encore, ou avec leurs promesses au lieu de leurs résultats",
  },
  notWhenReady: (prefix: string, got: string, readyAt: number) => ({
    en: `${prefix}geocodeAll ${got}, not when the last result arrives (t=${readyAt})`,
    fr: `${prefix}geocodeAll ${got}, et non à l'arrivée du dernier résultat (t=${readyAt})`,
  }),
  jobsEndedLate: (end: number, readyAt: number) => ({
    en: `the jobs ended only at t=${end}, not at t=${readyAt}: they were not all handed to the executor at once`,
    fr: `les tâches ne se sont terminées qu'à t=${end}, et non à t=${readyAt} : elles n'ont pas toutes été confiées à l'exécuteur d'un coup`,
  }),
  waitedLonger: {
    en: 'something waited after the last result had arrived',
    fr: "quelque chose a attendu après l'arrivée du dernier résultat",
  },
  completionOrder: {
    en: "the coordinates are in the order the jobs ended (jobs that end at the same instant hand back their results in no particular order), not in the order of addresses: put each result in its address's place (Promise.all keeps the order)",
    fr: "les coordonnées sont dans l'ordre où les tâches se sont terminées (des tâches qui finissent au même instant rendent leurs résultats dans un ordre quelconque), et non dans l'ordre des adresses : placez chaque résultat à la place de son adresse (Promise.all garde l'ordre)",
  },
  resolveWithResults: {
    en: 'resolve with what each job returned, one entry per address, in the order of addresses',
    fr: "résolvez avec ce que chaque tâche a renvoyé, une entrée par adresse, dans l'ordre des adresses",
  },

  // geocodeWithin, the budget.
  pastBudget: (got: string, budget: number) => ({
    en: `geocodeWithin ${got}, after the budget ran out at t=${budget}`,
    fr: `geocodeWithin ${got}, après l'échéance de t=${budget}`,
  }),
  waitedForRunning: {
    en: "the call waited for the jobs still running at the budget: aborting the signal takes a job out of the queue only if it has not started; a running one cannot be stopped (nor can a Python thread), so waiting for its result means waiting until it ends. Resolve at the budget with what has arrived, and 'timeout' for the rest",
    fr: "l'appel a attendu les tâches encore en cours à l'échéance : interrompre le signal ne retire une tâche de la file que si elle n'a pas démarré ; une tâche en cours ne peut pas être arrêtée (pas plus qu'un thread Python), et attendre son résultat revient à attendre sa fin. Résolvez à l'échéance avec ce qui est arrivé, et 'timeout' pour le reste",
  },
  expectedCancelled: {
    en: 'the call awaited the jobs whose signal it aborted, as if that ended the wait at once: in Python, asyncio.wait_for() or asyncio.timeout() around run_in_executor does end the await at once, while the thread runs on unseen. Here, only a job not started yet is removed and rejects at once; a running job goes on to its end, and its promise settles only then (as a concurrent.futures.Future whose cancel() failed). Do not await them past the budget: race them against it (timeout(), Promise.race)',
    fr: "l'appel a attendu les tâches dont il avait interrompu le signal, comme si cela mettait fin à l'attente aussitôt : en Python, asyncio.wait_for() ou asyncio.timeout() autour de run_in_executor met bien fin à l'attente aussitôt, et le thread continue sans qu'on le voie. Ici, seule une tâche pas encore démarrée est retirée et rejetée aussitôt ; une tâche en cours va jusqu'au bout, et sa promesse ne se règle qu'alors (comme un concurrent.futures.Future dont le cancel() a échoué). Ne les attendez pas au-delà du budget : faites la course entre elles et le budget (timeout(), Promise.race)",
  },
  beforeBudget: (got: string, budget: number) => ({
    en: `geocodeWithin ${got}, before the budget ran out at t=${budget}, with results still to come`,
    fr: `geocodeWithin ${got}, avant l'échéance de t=${budget}, alors que des résultats devaient encore arriver`,
  }),
  waitForTheBudget: {
    en: 'wait until every result is in or the budget runs out, whichever comes first (timeout(budgetMs, ...) from #runtime, or Promise.race with sleep(budgetMs))',
    fr: 'attendez que tous les résultats soient arrivés ou que le budget soit écoulé, selon ce qui vient en premier (timeout(budgetMs, ...) de #runtime, ou Promise.race avec sleep(budgetMs))',
  },
  keepWhatArrived: {
    en: "the coordinates that arrived before the budget were lost: keep each result as it arrives, and put 'timeout' only in the places still empty at the budget",
    fr: "les coordonnées arrivées avant l'échéance ont été perdues : gardez chaque résultat à son arrivée, et ne mettez 'timeout' qu'aux places encore vides à l'échéance",
  },
  timeoutInItsPlace: {
    en: "one entry per address, in the order of addresses: its coordinates if they arrived in time, else the string 'timeout'",
    fr: "une entrée par adresse, dans l'ordre des adresses : ses coordonnées si elles sont arrivées à temps, sinon la chaîne 'timeout'",
  },

  // geocodeWithin, the queue.
  fifthRan: (city: string, where: string, start: number, end: number, settled: number) => ({
    en: `the fifth address (${city}) was geocoded on ${where} from t=${start} to t=${end}, though geocodeWithin had settled at t=${settled}: its job was never taken out of the queue`,
    fr: `la cinquième adresse (${city}) a été géocodée sur ${where} de t=${start} à t=${end}, alors que geocodeWithin s'était terminée à t=${settled} : sa tâche n'a jamais été retirée de la file`,
  }),
  fifthRemoved: (budget: number) => ({
    en: `at t=${budget} the fifth job, still queued, is removed (its signal aborted) and never runs`,
    fr: `à t=${budget}, la cinquième tâche, encore en file, est retirée (son signal interrompu) et ne s'exécute jamais`,
  }),
  passTheSignal: {
    en: "executor.run(job) was called without a signal, so nothing could take the job out of the queue: pass the budget's signal, executor.run(job, signal), and abort it at the budget (timeout() does)",
    fr: "executor.run(job) a été appelée sans signal : rien ne pouvait retirer la tâche de la file. Transmettez le signal du budget, executor.run(job, signal), et interrompez-le à l'échéance (timeout() le fait)",
  },
  abortAtTheBudget: {
    en: 'the jobs had a signal, but it was not aborted at the budget: abort it the moment the budget runs out (timeout() from #runtime does, or an AbortController you abort then)',
    fr: "les tâches avaient un signal, mais il n'a pas été interrompu à l'échéance : interrompez-le dès que le budget est écoulé (timeout() de #runtime le fait, ou un AbortController que vous interrompez à ce moment)",
  },
  removedAt: (job: number, at: number, budget: number) => ({
    en: `job ${job} was taken out of the queue at t=${at}, not at the budget (t=${budget})`,
    fr: `la tâche ${job} a été retirée de la file à t=${at}, et non à l'échéance (t=${budget})`,
  }),

  // geocodeWithin, the jobs that run on.
  waitedUntil: (got: string, end: number) => ({
    en: `geocodeWithin ${got}, once the jobs running at the budget had ended (t=${end}): their results should have been dropped`,
    fr: `geocodeWithin ${got}, une fois terminées les tâches en cours à l'échéance (t=${end}) : leurs résultats auraient dû être écartés`,
  }),
  finalExpected: (budget: number) => ({
    en: `resolves at t=${budget}; the third and fourth jobs run on to t=1600, and the array geocodeWithin resolved with stays as it was`,
    fr: `se résout à t=${budget} ; les troisième et quatrième tâches continuent jusqu'à t=1600, et le tableau avec lequel geocodeWithin s'est résolue reste tel quel`,
  }),
  arrayChanged: (at: number, shown: string, changedAt: number, changed: string) => ({
    en: `geocodeWithin resolved at t=${at} with ${shown}, and at t=${changedAt}, when the jobs still running delivered their results, that same array became ${changed}`,
    fr: `geocodeWithin s'est résolue à t=${at} avec ${shown}, puis à t=${changedAt}, quand les tâches encore en cours ont livré leurs résultats, ce même tableau est devenu ${changed}`,
  }),
  changedTo: (at: number, changed: string) => ({ en: `at t=${at}: ${changed}`, fr: `à t=${at} : ${changed}` }),
  returnACopy: {
    en: 'the array geocodeWithin resolved with is final: the jobs that could not be stopped still write into it when they end. Resolve with a copy made at the budget, or stop writing once the budget has run out',
    fr: "le tableau avec lequel geocodeWithin se résout est définitif : les tâches qu'on n'a pas pu arrêter y écrivent encore en se terminant. Résolvez avec une copie faite à l'échéance, ou cessez d'y écrire une fois le budget écoulé",
  },

  // geocodeWithin, every result in time.
  earlyExpected: (budget: number, resolves: string) => ({
    en: `with a budget of ${budget} ms, the call ${resolves}, when the last result arrives`,
    fr: `avec un budget de ${budget} ms, l'appel ${resolves}, à l'arrivée du dernier résultat`,
  }),
  notAtLast: (got: string, readyAt: number) => ({
    en: `geocodeWithin ${got}, not when the last result arrived (t=${readyAt})`,
    fr: `geocodeWithin ${got}, et non à l'arrivée du dernier résultat (t=${readyAt})`,
  }),
  waitedWholeBudget: {
    en: 'the call waited for the whole budget although every result was in: settle as soon as the last one arrives (timeout() and Promise.race both do)',
    fr: "l'appel a attendu tout le budget alors que tous les résultats étaient arrivés : terminez dès l'arrivée du dernier (timeout() et Promise.race le font tous deux)",
  },

  // workload.
  workloadPlaceholder: {
    en: "not implemented yet: workload is still the stub's placeholder, an empty record",
    fr: "pas encore implémenté : workload est toujours l'espace réservé du squelette, un objet vide",
  },
  workloadExpected: {
    en: "each of the six workloads marked 'cpu' (it keeps the processor busy) or 'io' (it mostly waits for the network or the disk)",
    fr: "chacune des six charges marquée 'cpu' (elle occupe le processeur) ou 'io' (elle attend surtout le réseau ou le disque)",
  },
  workloadWrong: (entries: string[]) => ({ en: `wrong or missing: ${entries.join(', ')}`, fr: `faux ou manquants : ${entries.join(', ')}` }),
  notEverythingIsTheSame: {
    en: 'all six workloads got the same answer: some compute, some wait. async/await helps only the ones that wait (I/O-bound): while one waits, another runs',
    fr: "les six charges ont reçu la même réponse : certaines calculent, d'autres attendent. async/await n'aide que celles qui attendent (limitées par les entrées-sorties) : pendant que l'une attend, une autre s'exécute",
  },
  asyncForCpu: (names: string) => ({
    en: `${names}: async/await does not make computation faster. A CPU-bound task never waits, so it reaches no await at which another task could run; it needs other cores (Python: multiprocessing or ProcessPoolExecutor; Node: worker_threads)`,
    fr: `${names} : async/await n'accélère pas le calcul. Une tâche limitée par le processeur n'attend jamais, elle n'atteint donc aucun await où une autre tâche pourrait s'exécuter ; il lui faut d'autres cœurs (Python : multiprocessing ou ProcessPoolExecutor ; Node : worker_threads)`,
  }),
  ioWaits: (names: string) => ({
    en: `${names}: an I/O-bound task spends its time waiting for a server or the disk, and that waiting is what async/await lets other tasks use, on one thread`,
    fr: `${names} : une tâche limitée par les entrées-sorties passe son temps à attendre un serveur ou le disque, et c'est cette attente qu'async/await laisse aux autres tâches, sur un seul thread`,
  }),
})
