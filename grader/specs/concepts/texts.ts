// Everything the quiz's checks say, in English and French. A wrong answer is told why and
// where to read, never what the answer is: a predict item's texts explain the idea its
// snippet shows, read from the prediction; a choice item's, the idea the option chosen
// rests on (OPTION_IDEAS).
import type { QuizOption } from '#runtime'
import type { Text } from '../../language.ts'
import { wording } from '../wording.ts'
import type { ChoiceItem } from './items.shared.ts'

/** The statement's sections a feedback sends the student back to (their headings, English and French). */
const SECTIONS = {
  microtasks: { en: 'Microtasks and timers', fr: 'Microtâches et minuteurs' },
  calling: { en: 'Calling an async function', fr: 'Appeler une fonction async' },
  cooperative: { en: 'Taking turns at each await', fr: 'Chacun son tour, à chaque await' },
  oneCore: { en: 'One thread, one core', fr: 'Un thread, un cœur' },
  contagious: { en: 'Async is contagious', fr: "L'async est contagieux" },
  cpuBound: { en: 'I/O-bound and CPU-bound', fr: 'Limité par les entrées-sorties, limité par le processeur' },
  concurrency: { en: 'Concurrency and parallelism', fr: 'Concurrence et parallélisme' },
  threads: { en: 'Threads and async/await', fr: 'Threads et async/await' },
} as const

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
  restsOn: (idea: string, read: string) => ({
    en: `the option you chose rests on this idea, which does not hold: ${idea}; ${read}`,
    fr: `l'option choisie repose sur cette idée, qui est fausse : ${idea} ; ${read}`,
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
 * What each option of each choice item takes for true, shown when that option is chosen and
 * is wrong, with "which does not hold" (T.restsOn) added by the judge. Every option's text,
 * the right one's too, is written the same way, from the option's own words, as the idea
 * the option rests on, never as a refutation or a confirmation (and with no negation, which
 * a refutation needs; tests/concepts.test.ts holds them to it). So the table tells a reader
 * nothing the statement's options do not already say, and the right option's text cannot be
 * told from the others'.
 */
export const OPTION_IDEAS: Record<ChoiceItem, Record<QuizOption, Text>> = {
  cores: {
    a: {
      en: 'the event loop spreads the tasks over every core of the machine',
      fr: "la boucle d'événements répartit les tâches sur tous les cœurs de la machine",
    },
    b: {
      en: "one thread runs all of the tasks' code",
      fr: 'un seul thread exécute tout le code des tâches',
    },
    c: {
      en: 'each task runs on a core of its own',
      fr: "chaque tâche s'exécute sur un cœur à elle",
    },
    d: {
      en: "Promise.all runs each promise it is given on a core of its own, up to the machine's 8",
      fr: "Promise.all exécute chaque promesse qu'on lui donne sur un cœur à elle, jusqu'aux 8 de la machine",
    },
  },
  contagious: {
    a: {
      en: 'total can call getPrice(item) and add up what each call returns, as numbers',
      fr: 'total peut appeler getPrice(item) et additionner ce que renvoie chaque appel, comme des nombres',
    },
    b: {
      en: 'total can block until each promise settles, as time.sleep blocks',
      fr: "total peut bloquer jusqu'à ce que chaque promesse soit réglée, comme bloque time.sleep",
    },
    c: {
      en: 'TypeScript makes every function of a file async once one of them is',
      fr: "TypeScript rend async toutes les fonctions d'un fichier dès que l'une l'est",
    },
    d: {
      en: 'the price exists only after an await, await needs an async function, and an async function hands its caller a promise to await in turn',
      fr: 'le prix arrive seulement après un await, await demande une fonction async, et une fonction async donne à son appelant une promesse à attendre à son tour',
    },
  },
  'cpu-bound': {
    a: {
      en: 'Promise.all runs the ten resizes at the same time, in 1 s',
      fr: 'Promise.all exécute les dix resize en même temps, en 1 s',
    },
    b: {
      en: "the machine's four cores share the ten resizes, in 2.5 s",
      fr: 'les quatre cœurs de la machine se partagent les dix resize, en 2.5 s',
    },
    c: {
      en: 'the ten resizes take 10 s in all',
      fr: 'les dix resize prennent 10 s en tout',
    },
    d: {
      en: 'Promise.all returns at once and the resizing happens later, in 0 s',
      fr: 'Promise.all rend la main aussitôt et le redimensionnement se fait plus tard, en 0 s',
    },
  },
  concurrency: {
    a: {
      en: 'their waits overlapped while one thread ran each of their steps in turn',
      fr: "leurs attentes se sont chevauchées pendant qu'un seul thread exécutait chacune de leurs étapes à tour de rôle",
    },
    b: {
      en: 'the code of each download ran at the same instant, each on a core of its own',
      fr: 'le code de chaque téléchargement tournait au même instant, chacun sur son propre cœur',
    },
    c: {
      en: 'the first download ended before the second one started',
      fr: 'le premier téléchargement a fini avant que le second commence',
    },
    d: {
      en: 'the event loop started a thread for each download',
      fr: "la boucle d'événements a lancé un thread par téléchargement",
    },
  },
  threads: {
    a: {
      en: 'the event loop may switch tasks between the two lines of bump, as the system switches threads',
      fr: "la boucle d'événements peut changer de tâche entre les deux lignes de bump, comme le système change de thread",
    },
    b: {
      en: 'each bump runs from its read to its write in one go, alone',
      fr: "chaque bump va de sa lecture à son écriture d'un seul tenant, seul",
    },
    c: {
      en: 'every task reads 0 at the same moment, each on a thread of its own',
      fr: 'chaque tâche lit 0 au même moment, chacune sur son propre thread',
    },
    d: {
      en: 'JavaScript locks each variable while a task uses it',
      fr: "JavaScript verrouille chaque variable pendant qu'une tâche s'en sert",
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
