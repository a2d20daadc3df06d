// The one manifest of the kit: every exercise, where its student file lives, and the
// rubric the grader scores from. Points come only from here, never from a test run.
// Adding an exercise: a folder in exercises/ and solutions/, specs in grader/specs/ID/,
// and one entry below. The order is the order students take them: a ramp.
import { z } from 'zod'

/** A text in every language of the kit (see language.ts). */
export const TextSchema = z.object({ en: z.string().min(1), fr: z.string().min(1) })

export const CheckSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: TextSchema,
  points: z.number().int().positive(),
})

const Exercise = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: TextSchema,
  /** The student's file, relative to the exercise folder. */
  file: z.string().regex(/^[\w.-]+\.ts$/),
  bonus: z.boolean().default(false),
  /** The scenario `npm run try` runs to show the code at work. */
  demo: z.string(),
  checks: z.array(CheckSchema).min(1),
})

export type CatalogCheck = z.infer<typeof CheckSchema>
export type CatalogExercise = z.infer<typeof Exercise>

export const catalog: readonly CatalogExercise[] = z
  .array(Exercise)
  .refine((list) => new Set(list.map((exercise) => exercise.id)).size === list.length, 'exercise ids must be unique')
  .refine(
    (list) => list.every((exercise) => new Set(exercise.checks.map((check) => check.id)).size === exercise.checks.length),
    'check ids must be unique within an exercise',
  )
  .parse([
    {
      id: 'toaster',
      title: { en: 'Toaster: sequential and concurrent breakfast', fr: 'Grille-pain : petit-déjeuner séquentiel et concurrent' },
      file: 'toaster.ts',
      demo: 'main',
      checks: [
        {
          id: 'sequential-order',
          title: {
            en: 'breakfastSequential toasts from t=0 to 2000, then brews from 2000 to 4000',
            fr: 'breakfastSequential grille le pain de t=0 à 2000, puis fait le café de 2000 à 4000',
          },
          points: 2,
        },
        {
          id: 'sequential-result',
          title: { en: 'breakfastSequential resolves at t=4000 with [toast, coffee]', fr: 'breakfastSequential se résout à t=4000 avec [toast, coffee]' },
          points: 1,
        },
        {
          id: 'concurrent-start',
          title: { en: 'breakfastConcurrent starts the toast and the coffee at t=0', fr: 'breakfastConcurrent lance le pain et le café à t=0' },
          points: 2,
        },
        {
          id: 'concurrent-result',
          title: { en: 'breakfastConcurrent resolves at t=2000 with [toast, coffee]', fr: 'breakfastConcurrent se résout à t=2000 avec [toast, coffee]' },
          points: 2,
        },
        {
          id: 'main-runs-both',
          title: {
            en: 'main runs the sequential breakfast (0-4000), then the concurrent one (4000-6000)',
            fr: 'main lance le petit-déjeuner séquentiel (0-4000), puis le concurrent (4000-6000)',
          },
          points: 1,
        },
        {
          id: 'main-prints-times',
          title: { en: 'main prints the elapsed seconds: 4.00, then 2.00', fr: 'main affiche les secondes écoulées : 4.00, puis 2.00' },
          points: 1,
        },
        {
          id: 'main-measures',
          title: {
            en: 'main measures the times: with a 1.25 s toast and a 3 s coffee it prints 4.25, then 3.00',
            fr: 'main mesure les temps : avec un pain de 1.25 s et un café de 3 s, il affiche 4.25, puis 3.00',
          },
          points: 1,
        },
      ],
    },
    {
      id: 'semaphore-crawler',
      title: {
        en: 'Semaphore crawler: at most N downloads at once, and your own limiter',
        fr: "Robot d'exploration à sémaphore : au plus N téléchargements à la fois, et votre propre limiteur",
      },
      file: 'crawler.ts',
      demo: 'crawl-statement',
      checks: [
        {
          id: 'crawl-results',
          title: {
            en: 'crawl resolves with one settled result per page, in the order of ids, when the last download ends',
            fr: "crawl se résout avec un résultat par page, dans l'ordre de ids, quand le dernier téléchargement se termine",
          },
          points: 2,
        },
        {
          id: 'crawl-within-limit',
          title: {
            en: 'crawl never has more than `limit` downloads in flight (the server bans above)',
            fr: "crawl n'a jamais plus de `limit` téléchargements en cours (au-delà, le serveur bannit)",
          },
          points: 2,
        },
        {
          id: 'crawl-reuses-slots',
          title: {
            en: 'crawl starts the next page as soon as a slot frees, in the order of ids (no fixed batches)',
            fr: "crawl lance la page suivante dès qu'une place se libère, dans l'ordre de ids (pas de groupes fixes)",
          },
          points: 2,
        },
        {
          id: 'crawl-failures',
          title: {
            en: 'a failed download is reported as rejected in its slot and the other pages still download',
            fr: 'un téléchargement en échec apparaît comme rejeté à sa place, et les autres pages sont téléchargées',
          },
          points: 2,
        },
        {
          id: 'crawl-default-limit',
          title: { en: 'crawl runs 3 downloads at once when no limit is given', fr: 'sans limite donnée, crawl fait 3 téléchargements à la fois' },
          points: 1,
        },
        {
          id: 'limiter-limit',
          title: {
            en: 'createLimiter runs at most `limit` tasks at once, starts the next as soon as one ends, and settles like each task',
            fr: "createLimiter exécute au plus `limit` tâches à la fois, lance la suivante dès qu'une se termine, et se termine comme chaque tâche",
          },
          points: 2,
        },
        {
          id: 'limiter-fifo',
          title: { en: 'createLimiter serves waiting tasks first come, first served', fr: "createLimiter sert les tâches en attente dans l'ordre d'arrivée" },
          points: 1,
        },
        {
          id: 'limiter-rejects',
          title: {
            en: 'createLimiter frees the slot of a task that rejects, and rejects with its error',
            fr: "createLimiter libère la place d'une tâche rejetée, et l'appel est rejeté avec son erreur",
          },
          points: 1,
        },
        {
          id: 'limiter-sync-throw',
          title: {
            en: 'createLimiter frees the slot of a task that throws synchronously, and rejects with its error',
            fr: "createLimiter libère la place d'une tâche qui lève une exception synchrone, et l'appel est rejeté avec son erreur",
          },
          points: 1,
        },
        {
          id: 'limiter-own-queue',
          title: {
            en: "createLimiter keeps its own queue, without #runtime's Semaphore",
            fr: "createLimiter a sa propre file d'attente, sans le Semaphore de #runtime",
          },
          points: 1,
        },
        {
          id: 'limiter-100k',
          title: {
            en: "createLimiter copes with 100,000 queued tasks (at most 5 times the CPU time of #runtime's Semaphore)",
            fr: 'createLimiter tient le coup avec 100 000 tâches en attente (au plus 5 fois le temps de calcul du Semaphore de #runtime)',
          },
          points: 1,
        },
      ],
    },
    {
      id: 'weather-timeout',
      title: { en: 'Weather timeout: one budget for a group of requests', fr: 'Météo avec délai : un budget de temps pour un groupe de requêtes' },
      file: 'weather.ts',
      demo: 'available-slow',
      checks: [
        {
          id: 'all-in-order',
          title: {
            en: 'fetchAllWithin resolves when the last server replies (t=2500), with the forecasts in input order',
            fr: "fetchAllWithin se résout quand le dernier serveur répond (t=2500), avec les prévisions dans l'ordre des serveurs",
          },
          points: 2,
        },
        {
          id: 'all-timeout-at-budget',
          title: {
            en: 'fetchAllWithin rejects with a TimeoutError at exactly budgetMs when a server is slow or never replies',
            fr: 'fetchAllWithin est rejetée avec une TimeoutError à exactement budgetMs quand un serveur est lent ou muet',
          },
          points: 2,
        },
        {
          id: 'all-aborts-pending',
          title: {
            en: 'fetchAllWithin aborts every request still pending at the deadline',
            fr: "fetchAllWithin annule à l'échéance toutes les requêtes encore en attente",
          },
          points: 2,
        },
        {
          id: 'all-failure',
          title: {
            en: "fetchAllWithin rejects with a failing server's error when it fails, and aborts the others",
            fr: "fetchAllWithin est rejetée avec l'erreur d'un serveur en panne dès la panne, et annule les autres requêtes",
          },
          points: 2,
        },
        {
          id: 'all-no-timer-left',
          title: {
            en: 'fetchAllWithin leaves no timer of its own running once it has settled',
            fr: 'fetchAllWithin ne laisse aucun minuteur à elle armé une fois terminée',
          },
          points: 1,
        },
        {
          id: 'available-keeps-arrived',
          title: {
            en: 'fetchAvailableWithin resolves at the budget (t=3000) with the forecasts that arrived and "timeout" for the rest',
            fr: 'fetchAvailableWithin se résout à l\'échéance (t=3000) avec les prévisions arrivées, et "timeout" pour les autres',
          },
          points: 2,
        },
        {
          id: 'available-aborts-pending',
          title: {
            en: 'fetchAvailableWithin aborts the requests still pending at the deadline',
            fr: "fetchAvailableWithin annule à l'échéance les requêtes encore en attente",
          },
          points: 1,
        },
        {
          id: 'available-early',
          title: {
            en: 'fetchAvailableWithin resolves when the last server replies (t=2500) if that comes before the budget',
            fr: "fetchAvailableWithin se résout dès que le dernier serveur répond (t=2500) si c'est avant l'échéance",
          },
          points: 1,
        },
        {
          id: 'available-error',
          title: {
            en: 'fetchAvailableWithin reports a failing server as "error" and keeps the others, in input order',
            fr: 'fetchAvailableWithin signale un serveur en panne comme "error" et garde les autres, dans l\'ordre des serveurs',
          },
          points: 2,
        },
      ],
    },
    {
      id: 'chat-socket',
      title: {
        en: 'Chat socket: send and receive at once, the first loop to end stops the other',
        fr: "Chat : envoyer et recevoir à la fois, la première boucle finie arrête l'autre",
      },
      file: 'chat.ts',
      demo: 'statement',
      checks: [
        {
          id: 'first-settles-first',
          title: {
            en: "firstCompleted starts every task at t=0 and resolves with the first to settle: { index: 1, value: 'hare' } at t=100",
            fr: "firstCompleted lance toutes les tâches à t=0 et se résout avec la première réglée : { index: 1, value: 'hare' } à t=100",
          },
          points: 2,
        },
        {
          id: 'first-aborts-losers',
          title: {
            en: 'firstCompleted aborts every other task at that instant, with an AbortError',
            fr: 'firstCompleted interrompt toutes les autres tâches au même instant, avec une AbortError',
          },
          points: 2,
        },
        {
          id: 'first-spares-winner',
          title: { en: "firstCompleted leaves the winner's signal alone", fr: 'firstCompleted ne touche pas au signal de la gagnante' },
          points: 1,
        },
        {
          id: 'first-rejects',
          title: {
            en: 'firstCompleted is rejected like the first task to settle, a synchronous throw included',
            fr: 'firstCompleted est rejetée comme la première tâche réglée, exception synchrone comprise',
          },
          points: 2,
        },
        {
          id: 'first-no-unhandled',
          title: { en: 'firstCompleted leaves no rejection unhandled', fr: 'firstCompleted ne laisse aucun rejet sans gestionnaire' },
          points: 1,
        },
        {
          id: 'first-empty',
          title: { en: 'firstCompleted([]) is rejected with a TypeError', fr: 'firstCompleted([]) est rejetée avec une TypeError' },
          points: 1,
        },
        {
          id: 'chat-shows-at-once',
          title: {
            en: 'chat shows each message the moment it arrives (t=250, 260, 1200), even during a send',
            fr: 'chat affiche chaque message dès son arrivée (t=250, 260, 1200), même pendant un envoi',
          },
          points: 2,
        },
        {
          id: 'chat-sends-one-at-a-time',
          title: {
            en: 'chat sends the three lines typed at t=100 one at a time: 100-300, 300-500, 500-700',
            fr: 'chat envoie les trois lignes tapées à t=100 une à la fois : 100-300, 300-500, 500-700',
          },
          points: 2,
        },
        {
          id: 'chat-user-quits',
          title: {
            en: "the user quits at t=2500: chat resolves at t=2500 with { endedBy: 'user', sent: 3, received: 3 }",
            fr: "l'utilisateur quitte à t=2500 : chat se résout à t=2500 avec { endedBy: 'user', sent: 3, received: 3 }",
          },
          points: 2,
        },
        {
          id: 'chat-server-closes',
          title: {
            en: "the server closes at t=1500: chat resolves at t=1500 with { endedBy: 'server', sent: 0, received: 3 }",
            fr: "le serveur ferme à t=1500 : chat se résout à t=1500 avec { endedBy: 'server', sent: 0, received: 3 }",
          },
          points: 2,
        },
        {
          id: 'chat-aborts-other',
          title: {
            en: 'the loop that ends first aborts the other at that instant (receive at t=2500): nothing runs after the session',
            fr: "la boucle qui finit la première interrompt l'autre au même instant (receive à t=2500) : rien ne tourne après la session",
          },
          points: 2,
        },
        {
          id: 'chat-error',
          title: {
            en: 'an error in either loop aborts the other, and chat is rejected with that error',
            fr: "une erreur dans l'une des boucles interrompt l'autre, et chat est rejetée avec cette erreur",
          },
          points: 2,
        },
        {
          id: 'chat-no-unhandled',
          title: { en: 'chat leaves no AbortError unhandled', fr: 'chat ne laisse aucune AbortError sans gestionnaire' },
          points: 1,
        },
      ],
    },
    {
      id: 'fast-food',
      title: {
        en: 'Fast-food: a lock, a semaphore, a batch counter, and a load test',
        fr: 'Fast-food : un verrou, un sémaphore, un compteur de fournées et un test de charge',
      },
      file: 'fast-food.ts',
      demo: 'rush',
      checks: [
        {
          id: 'alone-at-once',
          title: {
            en: 'serve orders the three items at once: a client alone is served in 4000 ms',
            fr: 'serve commande les trois préparations à la fois : un client seul est servi en 4000 ms',
          },
          points: 2,
        },
        {
          id: 'soda-machines',
          title: { en: 'never more cups filling at once than soda machines', fr: 'jamais plus de gobelets en remplissage que de machines à soda' },
          points: 2,
        },
        {
          id: 'cooks',
          title: { en: 'never more burgers cooking at once than cooks', fr: 'jamais plus de burgers en préparation que de cuisiniers' },
          points: 2,
        },
        {
          id: 'fries-batches',
          title: {
            en: 'one batch of fries at a time, only on an empty tray, never taken from an empty tray',
            fr: 'une fournée de frites à la fois, seulement bac vide, jamais de frites prises dans un bac vide',
          },
          points: 3,
        },
        {
          id: 'rush-times',
          title: {
            en: '10 clients at t=0 are served in 4000, 4000, 4000, 6000, 6000, 8000, 9000, 9000, 9000, 12000 ms',
            fr: '10 clients à t=0 sont servis en 4000, 4000, 4000, 6000, 6000, 8000, 9000, 9000, 9000, 12000 ms',
          },
          points: 1,
        },
        {
          id: 'uses-config',
          title: {
            en: 'serve sizes its limits from restaurant.config (2 soda machines, 5 cooks, 8 portions)',
            fr: 'serve tire ses limites de restaurant.config (2 machines à soda, 5 cuisiniers, 8 portions)',
          },
          points: 2,
        },
        {
          id: 'perf-arrivals',
          title: {
            en: 'perfTest places one order every periodMs, without waiting for earlier ones',
            fr: 'perfTest passe une commande toutes les periodMs, sans attendre les précédentes',
          },
          points: 2,
        },
        {
          id: 'perf-counts',
          title: {
            en: 'perfTest counts the orders served in strictly less than timeoutMs',
            fr: 'perfTest compte les commandes servies en strictement moins de timeoutMs',
          },
          points: 2,
        },
        {
          id: 'upgrade-in-time',
          title: {
            en: 'upgrade serves all 60 clients of the rush (one every 500 ms) in under 5000 ms',
            fr: 'upgrade sert les 60 clients du coup de feu (un toutes les 500 ms) en moins de 5000 ms',
          },
          points: 2,
        },
        {
          id: 'upgrade-cheapest',
          title: { en: 'upgrade is the cheapest configuration that does so', fr: 'upgrade est la configuration la moins chère qui y parvient' },
          points: 2,
        },
      ],
    },
    {
      id: 'task-group',
      title: { en: 'Task group: fail together, clean up, leave no zombie', fr: 'Groupe de tâches : échouer ensemble, nettoyer, ne laisser aucun zombie' },
      file: 'task-group.ts',
      demo: 'newsletter-failing',
      checks: [
        {
          id: 'group-waits',
          title: {
            en: "withTaskGroup starts each task at once and resolves with the body's value when the last one ends (t=3000)",
            fr: 'withTaskGroup lance chaque tâche aussitôt et se résout avec la valeur du corps quand la dernière se termine (t=3000)',
          },
          points: 2,
        },
        {
          id: 'group-spawn-while-waiting',
          title: {
            en: 'a task spawned by another task while the group waits is waited for too (t=2000)',
            fr: 'une tâche lancée par une autre pendant que le groupe attend est attendue elle aussi (t=2000)',
          },
          points: 1,
        },
        {
          id: 'group-aborts-on-failure',
          title: {
            en: "the first failure aborts the group's signal and every pending task's signal at that instant",
            fr: 'le premier échec interrompt le signal du groupe et celui de chaque tâche en cours, à cet instant',
          },
          points: 2,
        },
        {
          id: 'group-waits-for-cleanup',
          title: {
            en: 'after a failure, withTaskGroup settles only once every clean-up has ended (t=1700, not 1500 nor 3000)',
            fr: "après un échec, withTaskGroup ne se termine qu'une fois chaque nettoyage achevé (t=1700, ni 1500 ni 3000)",
          },
          points: 2,
        },
        {
          id: 'group-real-cause',
          title: {
            en: 'withTaskGroup is rejected with the first failure itself, never with the AbortError or CancelledError of the aborts',
            fr: "withTaskGroup est rejetée avec le premier échec lui-même, jamais avec l'AbortError ou la CancelledError des interruptions",
          },
          points: 2,
        },
        {
          id: 'group-closed-after-failure',
          title: {
            en: "after the first failure, spawn starts nothing and returns a promise rejected with the group signal's reason",
            fr: 'après le premier échec, spawn ne lance rien et renvoie une promesse rejetée avec la raison du signal du groupe',
          },
          points: 1,
        },
        {
          id: 'group-no-unhandled',
          title: {
            en: 'no rejection is left unhandled, even of a task whose promise the body never awaits',
            fr: "aucun rejet n'est laissé sans gestionnaire, même celui d'une tâche dont le corps n'attend jamais la promesse",
          },
          points: 1,
        },
        {
          id: 'newsletter-sends-all',
          title: {
            en: 'sendNewsletter sends every list at t=0 and resolves at t=3000 with the names sent, in input order',
            fr: "sendNewsletter envoie chaque liste à t=0 et se résout à t=3000 avec les noms envoyés, dans l'ordre donné",
          },
          points: 2,
        },
        {
          id: 'newsletter-reports',
          title: {
            en: 'progress.report(done, total) every 500 ms from t=0 with the lists sent so far, until every list is sent',
            fr: "progress.report(done, total) toutes les 500 ms dès t=0 avec les listes déjà envoyées, jusqu'à ce que toutes le soient",
          },
          points: 2,
        },
        {
          id: 'newsletter-failure',
          title: {
            en: "when press fails at t=1500, the other sends are aborted at t=1500 and sendNewsletter is rejected at t=1700 with press's error",
            fr: "quand press échoue à t=1500, les autres envois sont interrompus à t=1500 et sendNewsletter est rejetée à t=1700 avec l'erreur de press",
          },
          points: 2,
        },
        {
          id: 'newsletter-reporter-obeys',
          title: {
            en: 'the reporter obeys the abort: no report after the failure at t=1500',
            fr: "la tâche de suivi obéit à l'interruption : aucun rapport après l'échec de t=1500",
          },
          points: 1,
        },
      ],
    },
    {
      id: 'legacy-geocoder',
      title: {
        en: 'Legacy geocoder: blocking code in an executor, a budget, and what cannot be stopped',
        fr: "Géocodeur d'ancienne génération : du code bloquant dans un exécuteur, un budget, et ce qu'on ne peut pas arrêter",
      },
      file: 'geocoder.ts',
      demo: 'statement',
      checks: [
        {
          id: 'all-off-the-loop',
          title: {
            en: 'geocodeAll runs every geocodeSync in executor.run: the event loop is never blocked, the heartbeat never more than 100 ms late',
            fr: "geocodeAll exécute chaque geocodeSync dans executor.run : la boucle d'événements n'est jamais bloquée, le battement de cœur jamais en retard de plus de 100 ms",
          },
          points: 2,
        },
        {
          id: 'all-at-once',
          title: {
            en: 'geocodeAll hands the executor every address at once: 4 jobs from t=0, the fifth from t=800 (4 threads)',
            fr: "geocodeAll confie toutes les adresses à l'exécuteur d'un coup : 4 tâches dès t=0, la cinquième à t=800 (4 threads)",
          },
          points: 2,
        },
        {
          id: 'all-result',
          title: {
            en: 'geocodeAll resolves at t=1600 with the 5 coordinates, in input order',
            fr: "geocodeAll se résout à t=1600 avec les 5 coordonnées, dans l'ordre des adresses",
          },
          points: 2,
        },
        {
          id: 'all-other-pool',
          title: {
            en: 'with 3 threads and 7 addresses, geocodeAll resolves at t=2400 with the 7 coordinates, in input order',
            fr: "avec 3 threads et 7 adresses, geocodeAll se résout à t=2400 avec les 7 coordonnées, dans l'ordre des adresses",
          },
          points: 1,
        },
        {
          id: 'within-budget',
          title: {
            en: "geocodeWithin (2 threads, 5 addresses, 1000 ms) resolves at t=1000 with the first 2 coordinates and 'timeout' for the other 3",
            fr: "geocodeWithin (2 threads, 5 adresses, 1000 ms) se résout à t=1000 avec les 2 premières coordonnées et 'timeout' pour les 3 autres",
          },
          points: 2,
        },
        {
          id: 'within-removes-queued',
          title: {
            en: "at t=1000 the fifth job, not started yet, is taken out of the executor's queue and never runs",
            fr: "à t=1000, la cinquième tâche, pas encore démarrée, est retirée de la file de l'exécuteur et ne s'exécute jamais",
          },
          points: 2,
        },
        {
          id: 'within-final',
          title: {
            en: 'the third and fourth jobs run on to t=1600 (a thread cannot be stopped) and their results are dropped: the array resolved at t=1000 never changes',
            fr: "les troisième et quatrième tâches continuent jusqu'à t=1600 (on ne peut pas arrêter un thread) et leurs résultats sont écartés : le tableau obtenu à t=1000 ne change plus",
          },
          points: 1,
        },
        {
          id: 'within-early',
          title: {
            en: 'when every result is in before the budget (3 addresses, 2000 ms), geocodeWithin resolves with all of them when the last arrives (t=1600)',
            fr: "quand tous les résultats arrivent avant l'échéance (3 adresses, 2000 ms), geocodeWithin se résout avec tous dès l'arrivée du dernier (t=1600)",
          },
          points: 1,
        },
        {
          id: 'workload',
          title: {
            en: "workload tells each of the six workloads CPU-bound ('cpu') from I/O-bound ('io')",
            fr: "workload distingue, pour chacune des six charges de travail, ce qui est limité par le processeur ('cpu') de ce qui est limité par les entrées-sorties ('io')",
          },
          points: 2,
        },
      ],
    },
    {
      id: 'event-loop',
      title: {
        en: 'Event loop: a generator-based event loop built from scratch',
        fr: "Boucle d'événements : une boucle à base de générateurs, construite de zéro",
      },
      file: 'event-loop.ts',
      demo: 'seed',
      bonus: true,
      checks: [
        {
          id: 'task-steps',
          title: {
            en: 'Task.run() advances the coroutine to its next yield: NEW, RUNNING, then FINISHED with its return value',
            fr: "Task.run() fait avancer la coroutine jusqu'à son prochain yield : NEW, RUNNING, puis FINISHED avec sa valeur de retour",
          },
          points: 2,
        },
        {
          id: 'task-error',
          title: {
            en: 'a coroutine that throws leaves its Task in ERROR with the error in errorValue, and run() does not throw',
            fr: "une coroutine qui lève une erreur laisse sa Task en ERROR avec l'erreur dans errorValue, et run() ne lève rien",
          },
          points: 2,
        },
        {
          id: 'task-cancel',
          title: {
            en: 'cancel() makes a NEW or RUNNING task CANCELLED and leaves a finished task alone',
            fr: 'cancel() passe une tâche NEW ou RUNNING à CANCELLED et ne touche pas à une tâche terminée',
          },
          points: 1,
        },
        {
          id: 'to-string',
          title: {
            en: 'toString() shows the name, the status, and the return value or the error',
            fr: "toString() montre le nom, le statut, puis la valeur de retour ou l'erreur",
          },
          points: 1,
        },
        {
          id: 'schedule',
          title: {
            en: 'schedule accepts a generator or a Task, returns the Task, and runs nothing yet',
            fr: "schedule accepte un générateur ou une Task, renvoie la Task et n'exécute encore rien",
          },
          points: 1,
        },
        {
          id: 'seed-interleaving',
          title: {
            en: 'tic_tac and spam interleave as Tic, Spam, Tac, Eggs, <tic_tac FINISHED Boum!>, Bacon, <spam FINISHED SPAM!>',
            fr: "tic_tac et spam s'entremêlent ainsi : Tic, Spam, Tac, Eggs, <tic_tac FINISHED Boum!>, Bacon, <spam FINISHED SPAM!>",
          },
          points: 2,
        },
        {
          id: 'round-robin',
          title: {
            en: 'three tasks take turns first-in first-out, each to its next yield',
            fr: "trois tâches passent à tour de rôle, premier arrivé premier servi, chacune jusqu'à son prochain yield",
          },
          points: 2,
        },
        {
          id: 'loop-errors',
          title: {
            en: 'a task that throws is printed once with its error; the loop goes on and runUntilEmpty does not throw',
            fr: 'une tâche qui lève une erreur est affichée une fois avec son erreur ; la boucle continue et runUntilEmpty ne lève rien',
          },
          points: 2,
        },
        {
          id: 'run-until-complete',
          title: {
            en: 'runUntilComplete returns its finished task and leaves the other tasks queued for runUntilEmpty',
            fr: 'runUntilComplete renvoie sa tâche terminée et laisse les autres en file pour runUntilEmpty',
          },
          points: 2,
        },
        {
          id: 'cancel-drops',
          title: {
            en: 'a cancelled task never runs again and is printed once, by the loop, when its turn comes',
            fr: "une tâche annulée ne s'exécute plus et la boucle l'affiche une seule fois, quand vient son tour",
          },
          points: 2,
        },
      ],
    },
    {
      id: 'concepts',
      title: {
        en: 'Concepts (bonus): a quiz on the event loop, predicted outputs and key questions',
        fr: "Concepts (bonus) : un quiz sur la boucle d'événements, des sorties à prédire et les questions clés",
      },
      file: 'quiz.ts',
      demo: 'example',
      bonus: true,
      checks: [
        {
          id: 'predict-microtasks',
          title: {
            en: "predict['microtasks']: the order of a then, a queueMicrotask and a 0 ms setTimeout around synchronous lines",
            fr: "predict['microtasks'] : l'ordre d'un then, d'un queueMicrotask et d'un setTimeout de 0 ms autour de lignes synchrones",
          },
          points: 1,
        },
        {
          id: 'predict-starts-at-once',
          title: {
            en: "predict['starts-at-once']: when the body of an async function runs, called first and awaited later",
            fr: "predict['starts-at-once'] : quand s'exécute le corps d'une fonction async appelée d'abord, attendue ensuite",
          },
          points: 1,
        },
        {
          id: 'predict-no-await',
          title: {
            en: "predict['no-await']: what an async function called without await prints, and when",
            fr: "predict['no-await'] : ce qu'affiche une fonction async appelée sans await, et quand",
          },
          points: 1,
        },
        {
          id: 'predict-await-each',
          title: {
            en: "predict['await-each']: two async calls made first, then awaited one by one, with their virtual times",
            fr: "predict['await-each'] : deux appels async faits d'abord, puis attendus un par un, avec leurs temps virtuels",
          },
          points: 1,
        },
        {
          id: 'predict-interleave',
          title: {
            en: "predict['interleave']: two async loops that await at each step",
            fr: "predict['interleave'] : deux boucles async qui font un await à chaque étape",
          },
          points: 1,
        },
        {
          id: 'choose-cores',
          title: {
            en: "choose['cores']: how many cores run the code of an event loop",
            fr: "choose['cores'] : combien de cœurs exécutent le code d'une boucle d'événements",
          },
          points: 1,
        },
        {
          id: 'choose-contagious',
          title: { en: "choose['contagious']: why async is contagious", fr: "choose['contagious'] : pourquoi l'async est contagieux" },
          points: 1,
        },
        {
          id: 'choose-cpu-bound',
          title: {
            en: "choose['cpu-bound']: what async does for CPU-bound work",
            fr: "choose['cpu-bound'] : ce que l'asynchrone apporte à un travail limité par le processeur",
          },
          points: 1,
        },
        {
          id: 'choose-concurrency',
          title: { en: "choose['concurrency']: concurrency or parallelism", fr: "choose['concurrency'] : concurrence ou parallélisme" },
          points: 1,
        },
        {
          id: 'choose-threads',
          title: {
            en: "choose['threads']: where a task can be switched for another, with threads and with async/await",
            fr: "choose['threads'] : où une tâche peut céder la place à une autre, avec des threads et avec async/await",
          },
          points: 1,
        },
      ],
    },
    // (next exercise entries go here, in the order students should take them)
  ])

export function findExercise(id: string): CatalogExercise | undefined {
  return catalog.find((exercise) => exercise.id === id)
}

export function maxPoints(exercise: CatalogExercise): number {
  return exercise.checks.reduce((sum, check) => sum + check.points, 0)
}
