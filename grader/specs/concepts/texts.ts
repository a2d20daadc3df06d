// Everything the quiz's checks say, in English and French. A wrong answer is told why and
// where to read, never what the answer is: a predict item's texts explain the idea its
// snippet shows, and every option of a choice item has its own text (the one shown when that
// option is chosen and wrong), so that which option has none gives nothing away.
import type { Text } from '../../language.ts'
import { wording } from '../wording.ts'
import type { ChoiceItem, Option } from './items.shared.ts'
import { SECTIONS } from './items.shared.ts'

export type Section = keyof typeof SECTIONS

export const T = wording({
  readSection: (section: Section) => ({
    en: `read "${SECTIONS[section].en}" in the statement`,
    fr: `relisez « ${SECTIONS[section].fr} » dans l'énoncé`,
  }),
  because: (why: string, read: string) => ({ en: `${why}; ${read}`, fr: `${why} ; ${read}` }),

  // Answers that are no answer.
  notAnswered: (table: string, item: string, placeholder: string) => ({
    en: `not implemented yet: ${table}['${item}'] is not answered yet (${placeholder})`,
    fr: `pas encore implémenté : ${table}['${item}'] n'a pas encore de réponse (${placeholder})`,
  }),
  noLine: { en: 'no line predicted', fr: 'aucune ligne prédite' },
  noOption: { en: 'no option chosen', fr: 'aucune option choisie' },
  missingItem: { en: 'the item is missing', fr: "l'élément manque" },
  notATable: (table: string, shown: string) => ({
    en: `${table} is ${shown}, not an object of answers by item`,
    fr: `${table} vaut ${shown}, et non un objet de réponses par élément`,
  }),
  keepTheStubShape: {
    en: "keep the stub's object: one entry per item, under the item's name",
    fr: "gardez l'objet du squelette : une entrée par élément, sous le nom de l'élément",
  },

  // Predict items.
  predictedLines: { en: 'the lines the snippet prints, in the order it prints them', fr: "les lignes qu'affiche l'extrait, dans l'ordre où il les affiche" },
  linesAreStrings: {
    en: "a prediction is a list of strings, one per printed line: ['first line', 'second line']",
    fr: "une prédiction est une liste de chaînes, une par ligne affichée : ['first line', 'second line']",
  },
  notLines: (item: string, shown: string) => ({
    en: `predict['${item}'] is ${shown}, not a list of lines`,
    fr: `predict['${item}'] vaut ${shown}, et non une liste de lignes`,
  }),
  lineDiffers: (item: string, line: number, yours: string) => ({
    en: `predict['${item}'], line ${line}: the snippet printed something else there (you predicted ${yours})`,
    fr: `predict['${item}'], ligne ${line} : l'extrait a affiché autre chose à cet endroit (vous aviez prédit ${yours})`,
  }),
  printedMore: (item: string, predicted: number) => ({
    en: `predict['${item}']: the snippet printed more lines than you predicted (${predicted})`,
    fr: `predict['${item}'] : l'extrait a affiché plus de lignes que vous n'en aviez prédit (${predicted})`,
  }),
  printedFewer: (item: string, predicted: number) => ({
    en: `predict['${item}']: the snippet printed fewer lines than you predicted (${predicted})`,
    fr: `predict['${item}'] : l'extrait a affiché moins de lignes que vous n'en aviez prédit (${predicted})`,
  }),

  // Choice items.
  chose: (item: string, option: string) => ({
    en: `choose['${item}']: you chose '${option}'`,
    fr: `choose['${item}'] : vous avez choisi '${option}'`,
  }),
  theOptionThatHolds: (read: string) => ({
    en: `the option that holds (${read})`,
    fr: `l'option exacte (${read})`,
  }),
  notAnOption: (item: string, shown: string) => ({
    en: `choose['${item}'] is ${shown}, not one of the options 'a', 'b', 'c', 'd'`,
    fr: `choose['${item}'] vaut ${shown}, et non l'une des options 'a', 'b', 'c', 'd'`,
  }),
  letterNotWords: { en: 'a choice is the letter of its option, not its words', fr: 'un choix est la lettre de son option, pas ses mots' },
  oneLetter: {
    en: "answer with the letter of an option, as a string: 'a', 'b', 'c' or 'd'",
    fr: "répondez par la lettre d'une option, en chaîne : 'a', 'b', 'c' ou 'd'",
  },
})

/** Why a prediction differs: the habit a prediction shows, or the idea behind its snippet. */
export const WHY = wording({
  timerBeforeMicrotask: {
    en: 'a then callback and a queueMicrotask callback are microtasks: they run as soon as the code running now ends, before any timer, even a 0 ms one',
    fr: "un rappel de then et un rappel de queueMicrotask sont des microtâches : elles s'exécutent dès que le code en cours se termine, avant tout minuteur, même de 0 ms",
  },
  callbackInterrupts: {
    en: 'no callback interrupts the code that is running: a script runs to its last synchronous line before any microtask or timer',
    fr: "aucun rappel n'interrompt le code en cours : un script va jusqu'à sa dernière ligne synchrone avant la moindre microtâche ou le moindre minuteur",
  },
  microtasksInOrder: {
    en: 'microtasks run first-in first-out, in the order they were queued, whichever way they were queued',
    fr: "les microtâches s'exécutent dans l'ordre où elles ont été mises en file (premier arrivé, premier servi), quelle que soit la façon de les y mettre",
  },
  microtasksFirst: {
    en: 'first the synchronous code to its end, then every microtask in the order queued, then the timers by their due time',
    fr: "d'abord le code synchrone jusqu'au bout, puis chaque microtâche dans l'ordre de mise en file, puis les minuteurs selon leur échéance",
  },
  pythonStartsAtAwait: {
    en: 'the Python habit: a Python coroutine runs nothing until it is awaited, but calling a TypeScript async function runs its body at once, up to its first await, before the caller goes on',
    fr: "l'habitude de Python : une coroutine Python n'exécute rien avant d'être attendue, mais appeler une fonction async de TypeScript exécute aussitôt son corps, jusqu'à son premier await, avant que l'appelant continue",
  },
  awaitWaits: {
    en: 'await tea waits until brew has ended: the line after it runs only then',
    fr: "await tea attend que brew soit terminée : la ligne suivante ne s'exécute qu'ensuite",
  },
  callingStarts: {
    en: 'calling an async function starts it at once and runs it up to its first await; the caller goes on from there, and await waits for the rest',
    fr: "appeler une fonction async la démarre aussitôt et l'exécute jusqu'à son premier await ; l'appelant continue de là, et await attend la suite",
  },
  pythonNeverRuns: {
    en: 'the Python habit: a Python coroutine called without await never runs ("coroutine was never awaited"), but a TypeScript async function called without await runs all the same, to its end; only nobody waits for it',
    fr: "l'habitude de Python : une coroutine Python appelée sans await ne s'exécute jamais (« coroutine was never awaited »), mais une fonction async de TypeScript appelée sans await s'exécute quand même, jusqu'au bout ; simplement, personne ne l'attend",
  },
  notAwaitedNotWaited: {
    en: 'without await, the caller does not wait: main goes on at once while save waits on its own',
    fr: "sans await, l'appelant n'attend pas : main continue aussitôt pendant que save attend de son côté",
  },
  callWithoutAwait: {
    en: 'a call without await starts the function and lets the caller go on: the function still runs to its end, later, on its own',
    fr: "un appel sans await démarre la fonction et laisse l'appelant continuer : la fonction va quand même jusqu'au bout, plus tard, de son côté",
  },
  pythonSequential: {
    en: 'the Python habit: both calls started their work before the first await (a TypeScript async function starts when called), so the toast and the coffee wait at the same time; in Python these two awaits would run them one after the other',
    fr: "l'habitude de Python : les deux appels ont démarré leur travail avant le premier await (une fonction async de TypeScript démarre dès qu'on l'appelle), donc le pain et le café attendent en même temps ; en Python, ces deux await les feraient l'un après l'autre",
  },
  awaitOrderIsNotFinishOrder: {
    en: 'await toast waits for the toast only: the coffee, already started, goes on meanwhile and prints when its own wait ends',
    fr: "await toast n'attend que le pain : le café, déjà démarré, continue pendant ce temps et affiche sa ligne quand sa propre attente se termine",
  },
  startedThenAwaited: {
    en: 'both calls start their work at once; each await then waits for one that is already running',
    fr: 'les deux appels démarrent leur travail aussitôt ; chaque await attend ensuite un travail déjà en cours',
  },
  awaitHandsBack: {
    en: 'every await hands control back to the event loop, even on a value that is already there (await null): the other task runs its next step before this one goes on',
    fr: "chaque await rend la main à la boucle d'événements, même sur une valeur déjà là (await null) : l'autre tâche fait son étape suivante avant que celle-ci continue",
  },
  callerGoesOn: {
    en: 'a call runs the function up to its first await, then the caller goes on: the script reaches its last line before either task takes its second step',
    fr: "un appel exécute la fonction jusqu'à son premier await, puis l'appelant continue : le script atteint sa dernière ligne avant que l'une ou l'autre tâche fasse sa deuxième étape",
  },
  takingTurns: {
    en: 'tasks on one event loop take turns: each runs until its next await, then the next one in line runs',
    fr: "les tâches d'une même boucle d'événements passent à tour de rôle : chacune s'exécute jusqu'à son prochain await, puis c'est au tour de la suivante",
  },
})

/**
 * What each option of each choice item says about the idea, the text shown when the option
 * is chosen and is wrong. Every option has one, so that their list gives nothing away.
 */
export const OPTION_TEXTS: Record<ChoiceItem, Record<Option, Text>> = {
  cores: {
    a: {
      en: 'an event loop is one thread: it runs one callback at a time, on one core, however many cores the machine has (asyncio too). More cores take worker threads or processes',
      fr: "une boucle d'événements est un seul thread : elle exécute un rappel à la fois, sur un seul cœur, quel que soit le nombre de cœurs de la machine (asyncio aussi). Utiliser plus de cœurs demande des exécutants : des threads ou des processus",
    },
    b: {
      en: 'the one thread of the event loop runs every task in turn: that is why a thousand tasks cost so little, and why one long computation holds them all up',
      fr: "le seul thread de la boucle d'événements exécute chaque tâche à son tour : c'est pourquoi mille tâches coûtent si peu, et pourquoi un long calcul les retient toutes",
    },
    c: {
      en: 'an async task is not a thread: it is a chain of callbacks that the one thread of the event loop runs in turn',
      fr: "une tâche asynchrone n'est pas un thread : c'est une suite de rappels que le seul thread de la boucle d'événements exécute à tour de rôle",
    },
    d: {
      en: 'Promise.all only waits: it starts nothing and runs nothing in parallel; the calls started the work, and the one thread of the event loop runs it',
      fr: "Promise.all ne fait qu'attendre : elle ne lance rien et n'exécute rien en parallèle ; les appels ont lancé le travail, et le seul thread de la boucle d'événements l'exécute",
    },
  },
  contagious: {
    a: {
      en: 'calling an async function gives a Promise, not its number: added up, it makes "0[object Promise]"; the number comes only through await (or then)',
      fr: "appeler une fonction async donne une Promise, pas son nombre : additionnée, elle donne « 0[object Promise] » ; le nombre n'arrive que par await (ou then)",
    },
    b: {
      en: 'JavaScript cannot block until a promise settles: the event loop settles it, and a blocking wait would hold that very loop forever',
      fr: "JavaScript ne peut pas bloquer jusqu'à ce qu'une promesse soit réglée : c'est la boucle d'événements qui la règle, et une attente bloquante retiendrait cette boucle pour toujours",
    },
    c: {
      en: 'there is no such rule: it is each function that uses await that must be async, and each caller that needs its result that must await it',
      fr: "cette règle n'existe pas : c'est chaque fonction qui utilise await qui doit être async, et chaque appelant qui a besoin de son résultat qui doit l'attendre",
    },
    d: {
      en: 'await needs an async function, and an async function hands its caller a promise: the need to await climbs up the calls, to the entry point',
      fr: "await demande une fonction async, et une fonction async donne une promesse à son appelant : le besoin d'attendre remonte les appels, jusqu'au point d'entrée",
    },
  },
  'cpu-bound': {
    a: {
      en: 'async overlaps waiting, not computing: with no await inside, each resize holds the one thread for its whole second while the others wait their turn',
      fr: "l'asynchrone fait se chevaucher les attentes, pas les calculs : sans await à l'intérieur, chaque resize garde le seul thread pendant toute sa seconde, et les autres attendent leur tour",
    },
    b: {
      en: 'the event loop runs on one core: async never spreads computing over cores (that takes worker threads or processes, as multiprocessing does in Python)',
      fr: "la boucle d'événements tourne sur un seul cœur : l'asynchrone ne répartit jamais un calcul sur plusieurs cœurs (il faut des exécutants, threads ou processus, comme multiprocessing en Python)",
    },
    c: {
      en: 'CPU-bound work gains nothing from async: seconds of computing on one thread add up, one after the other',
      fr: "un travail limité par le processeur ne gagne rien à l'asynchrone : les secondes de calcul sur un seul thread s'additionnent, l'une après l'autre",
    },
    d: {
      en: 'the promise of Promise.all settles only once every resize has ended: awaiting it waits for all the computing',
      fr: "la promesse de Promise.all n'est réglée qu'une fois chaque resize terminé : l'attendre, c'est attendre tout le calcul",
    },
  },
  concurrency: {
    a: {
      en: 'concurrent tasks are tasks whose waits overlap while one thread runs each of their steps in turn',
      fr: "des tâches concurrentes sont des tâches dont les attentes se chevauchent pendant qu'un seul thread exécute chacune de leurs étapes à tour de rôle",
    },
    b: {
      en: 'overlapping waits are concurrency; parallelism is code running at the same instant on several cores, which one event loop never does',
      fr: "des attentes qui se chevauchent, c'est de la concurrence ; le parallélisme, c'est du code qui s'exécute au même instant sur plusieurs cœurs, ce que ne fait jamais une boucle d'événements",
    },
    c: {
      en: 'had they taken turns whole, the second would have ended at t=2000: their waits overlapped',
      fr: "s'ils étaient passés l'un après l'autre en entier, le second aurait fini à t=2000 : leurs attentes se sont chevauchées",
    },
    d: {
      en: 'async/await starts no thread: one event loop keeps track of both waits and runs each callback when its wait ends',
      fr: "async/await ne lance aucun thread : une seule boucle d'événements suit les deux attentes et exécute chaque rappel quand son attente se termine",
    },
  },
  threads: {
    a: {
      en: 'async/await switches tasks only at an await (cooperative); threads can be switched anywhere (preemptive: the system decides). With no await between the read and the write, no other task runs in between',
      fr: "async/await ne change de tâche qu'à un await (coopératif) ; des threads peuvent être interrompus n'importe où (préemptif : le système décide). Sans await entre la lecture et l'écriture, aucune autre tâche ne passe entre les deux",
    },
    b: {
      en: 'between two awaits a task runs alone: nothing can come between a read and a write that no await separates',
      fr: "entre deux await, une tâche s'exécute seule : rien ne peut s'intercaler entre une lecture et une écriture qu'aucun await ne sépare",
    },
    c: {
      en: 'the tasks are not threads: the one thread of the event loop runs them one after the other, each bump whole',
      fr: "les tâches ne sont pas des threads : le seul thread de la boucle d'événements les exécute l'une après l'autre, chaque bump en entier",
    },
    d: {
      en: 'JavaScript locks nothing: what keeps it safe is that no await comes between the read and the write. Put an await there and updates are lost (then a Lock is needed)',
      fr: "JavaScript ne verrouille rien : ce qui protège, c'est qu'aucun await ne sépare la lecture de l'écriture. Mettez-en un, et des mises à jour se perdent (il faut alors un Lock)",
    },
  },
}

/** The section of the statement each choice item sends the student back to. */
export const CHOICE_SECTIONS: Record<ChoiceItem, Section> = {
  cores: 'oneCore',
  contagious: 'contagious',
  'cpu-bound': 'cpuBound',
  concurrency: 'concurrency',
  threads: 'threads',
}
