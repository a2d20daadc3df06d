// Everything the toaster's checks say, in English and French.
/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: code shown to the student, not templates */
import { wording } from '../wording.ts'

/** "the toast", "the coffee": a lane of the kitchen, in a sentence. */
const the = (lane: string) => ({ en: `the ${lane}`, fr: lane === 'toast' ? 'le pain' : lane === 'coffee' ? 'le café' : lane })

export const T = wording({
  the,
  nothing: { en: 'nothing', fr: 'rien' },
  nothingMade: { en: 'nothing was made', fr: "rien n'a été préparé" },
  thenSeparator: { en: ', then ', fr: ', puis ' },
  calledTimes: (fn: string, method: string, times: number) => ({
    en: `${fn} called ${method} ${times} times; a breakfast needs it exactly once`,
    fr: `${fn} a appelé ${method} ${times} fois ; un petit-déjeuner en demande exactement un appel`,
  }),
  pythonCoroutine: {
    en: 'both calls were made before either was awaited: a TypeScript async function starts when it is called, not when it is awaited as a Python coroutine would. To make them one after the other, call kitchen.brewCoffee() only after await kitchen.toastBread()',
    fr: "les deux appels ont été faits avant d'en attendre un : une fonction async de TypeScript démarre dès qu'on l'appelle, et non quand on l'attend comme une coroutine Python. Pour les faire l'un après l'autre, n'appelez kitchen.brewCoffee() qu'après await kitchen.toastBread()",
  },

  // The result of a breakfast.
  madeNothing: (fn: string, got: string, lanes: string[], methods: string[]) => ({
    en: `${fn} ${got} without making ${lanes.map((lane) => the(lane).en).join(' or ')}: it never called ${methods.join(' or ')}`,
    fr: `${fn} ${got} sans préparer ${lanes.map((lane) => the(lane).fr).join(' ni ')} : elle n'a jamais appelé ${methods.join(' ni ')}`,
  }),
  resultFromKitchen: (resolves: string) => ({
    en: `${resolves}, the toast and the coffee the kitchen made`,
    fr: `${resolves}, le pain et le café préparés par la cuisine`,
  }),
  madeAndGot: (made: string, got: string) => ({
    en: `${made || 'nothing was made'}; ${got}`,
    fr: `${made || "rien n'a été préparé"} ; ${got}`,
  }),
  breakfastIsWhatTheKitchenMakes: {
    en: 'a breakfast is what the kitchen makes: call kitchen.toastBread() and kitchen.brewCoffee(), await them, and resolve with the values they give',
    fr: "un petit-déjeuner, c'est ce que prépare la cuisine : appelez kitchen.toastBread() et kitchen.brewCoffee(), attendez-les avec await, et résolvez avec les valeurs qu'elles donnent",
  },
  beforeReady: (fn: string, got: string, readyAt: number) => ({
    en: `${fn} ${got}, before breakfast was ready at t=${readyAt}`,
    fr: `${fn} ${got}, avant que le petit-déjeuner soit prêt à t=${readyAt}`,
  }),
  missingAwait: {
    en: 'a missing await: the function returned while the toast or the coffee was still being made',
    fr: "un await manquant : la fonction s'est terminée alors que le pain ou le café était encore en préparation",
  },
  afterReady: (fn: string, got: string, late: number, readyAt: number) => ({
    en: `${fn} ${got}, ${late} ms after breakfast was ready at t=${readyAt}`,
    fr: `${fn} ${got}, ${late} ms après que le petit-déjeuner a été prêt, à t=${readyAt}`,
  }),
  oneAfterTheOther: {
    en: 'the toast and the coffee were made one after the other, not at the same time',
    fr: "le pain et le café ont été préparés l'un après l'autre, et non en même temps",
  },
  waitedLonger: { en: 'something waited longer than the breakfast needs', fr: 'quelque chose a attendu plus longtemps que le petit-déjeuner ne le demande' },
  resultInOrder: (shown: string) => ({
    en: `${shown}: the toast first, then the coffee, as the kitchen returned them`,
    fr: `${shown} : d'abord le pain, puis le café, tels que la cuisine les a renvoyés`,
  }),
  wrongOrder: { en: 'the results are in the wrong order', fr: 'les résultats ne sont pas dans le bon ordre' },
  returnTheValues: {
    en: 'return the values the kitchen resolved with, in the order [toast, coffee]',
    fr: "renvoyez les valeurs que la cuisine a fournies, dans l'ordre [toast, coffee]",
  },

  // The sequential breakfast.
  coffeeBeforeToast: (coffee: number, toast: number) => ({
    en: `the coffee started at t=${coffee}, before the toast (t=${toast})`,
    fr: `le café a démarré à t=${coffee}, avant le pain (t=${toast})`,
  }),
  toastFirst: { en: 'the sequential breakfast toasts first, then brews', fr: "le petit-déjeuner séquentiel grille d'abord le pain, puis prépare le café" },
  coffeeWhileToasting: (coffee: number, toastEnd: number | undefined) => ({
    en: `the coffee started at t=${coffee}, while the toast was still toasting (until t=${toastEnd})`,
    fr: `le café a démarré à t=${coffee}, alors que le pain grillait encore (jusqu'à t=${toastEnd})`,
  }),
  toastNotAwaited: {
    en: 'the toast was not awaited: in the sequential version, await the toast before starting the coffee',
    fr: "le pain n'a pas été attendu : dans la version séquentielle, attendez le pain avec await avant de lancer le café",
  },
  startedAt: (toast: number, coffee: number) => ({
    en: `the toast started at t=${toast} and the coffee at t=${coffee}`,
    fr: `le pain a démarré à t=${toast} et le café à t=${coffee}`,
  }),
  waitedBetween: { en: 'something waited before or between the two steps', fr: 'quelque chose a attendu avant les deux étapes ou entre elles' },

  // The concurrent breakfast.
  notAtZero: (lane: string, at: number) => ({
    en: `${the(lane).en} started at t=${at}, not at t=0`,
    fr: `${the(lane).fr} a démarré à t=${at}, et non à t=0`,
  }),
  bothAtZero: { en: 'toast and coffee both start at t=0', fr: 'le pain et le café démarrent tous deux à t=0' },
  awaitedFirst: (first: string, later: string) => ({
    en: `you awaited ${the(first).en} before starting ${the(later).en}: start both first, then await both (Promise.all)`,
    fr: `vous avez attendu ${the(first).fr} avant de lancer ${the(later).fr} : lancez d'abord les deux, puis attendez-les ensemble (Promise.all)`,
  }),
  waitedBefore: { en: 'something waited before the breakfast started', fr: 'quelque chose a attendu avant le début du petit-déjeuner' },

  // main.
  stillBeingMade: (at: number, lanes: string[]) => ({
    en: `main resolved at t=${at} while ${lanes.map((lane) => the(lane).en).join(' and ')} ${lanes.length > 1 ? 'were' : 'was'} still being made`,
    fr: `main s'est résolue à t=${at} alors que ${lanes.map((lane) => the(lane).fr).join(' et ')} ${lanes.length > 1 ? 'étaient' : 'était'} encore en préparation`,
  }),
  mainMade: (made: string) => ({ en: `main made ${made}`, fr: `main a préparé ${made}` }),
  mainResolvesAt: (spans: string, at: number) => ({ en: `${spans}; main resolves at t=${at}`, fr: `${spans} ; main se résout à t=${at}` }),
  mainResolvedAt: (spans: string, at: number) => ({ en: `${spans}; main resolved at t=${at}`, fr: `${spans} ; main s'est résolue à t=${at}` }),
  mainDoesNotAwait: { en: 'main does not await its breakfasts', fr: "main n'attend pas ses petits-déjeuners avec await" },
  mainRunsBoth: {
    en: 'main must run breakfastSequential, then breakfastConcurrent, awaiting each (if their own checks fail, fix those first)',
    fr: "main doit lancer breakfastSequential, puis breakfastConcurrent, en attendant chacun avec await (si leurs propres vérifications échouent, corrigez-les d'abord)",
  },

  // The times main prints.
  slowKitchen: (toastMs: number, coffeeMs: number) => ({
    en: `with a ${toastMs / 1000} s toast and a ${coffeeMs / 1000} s coffee, `,
    fr: `avec un pain de ${String(toastMs / 1000).replace('.', ',')} s et un café de ${String(coffeeMs / 1000).replace('.', ',')} s, `,
  }),
  printedTimes: (times: string[]) =>
    times.length
      ? { en: `printed ${times.join(' then ')}`, fr: `a affiché ${times.join(' puis ')}` }
      : { en: 'printed no elapsed time', fr: "n'a affiché aucun temps écoulé" },
  withoutBothBreakfasts: (kitchen: string, printed: string, made: string) => ({
    en: `${kitchen}main ${printed} without running both breakfasts: the kitchen made ${made || 'nothing'}`,
    fr: `${kitchen}main ${printed} sans lancer les deux petits-déjeuners : la cuisine a préparé ${made || 'rien'}`,
  }),
  runsBothThenPrints: (kitchen: string, expected: string[]) => ({
    en: `${kitchen}main runs both breakfasts (a toast and a coffee each), then prints ${expected[0]} then ${expected[1]}, the seconds each took`,
    fr: `${kitchen}main lance les deux petits-déjeuners (un pain et un café chacun), puis affiche ${expected[0]} puis ${expected[1]}, les secondes que chacun a prises`,
  }),
  madeAndPrinted: (made: string, lines: string) => ({
    en: `${made || 'nothing made'}; printed ${lines || 'nothing'}`,
    fr: `${made || 'rien de préparé'} ; affiché : ${lines || 'rien'}`,
  }),
  measureAroundBreakfasts: {
    en: 'the times must be measured around the breakfasts main runs: read the clock, await breakfastSequential(kitchen), print the elapsed seconds, then the same for breakfastConcurrent(kitchen)',
    fr: "les temps doivent être mesurés autour des petits-déjeuners que main lance : lisez l'horloge, attendez breakfastSequential(kitchen) avec await, affichez les secondes écoulées, puis faites de même pour breakfastConcurrent(kitchen)",
  },
  twoLinesHolding: (kitchen: string, expected: string[]) => ({
    en: `${kitchen}two lines holding ${expected[0]} then ${expected[1]} (seconds, two decimals)`,
    fr: `${kitchen}deux lignes contenant ${expected[0]} puis ${expected[1]} (en secondes, à deux décimales)`,
  }),
  nothingPrinted: { en: 'nothing printed', fr: "rien n'a été affiché" },
  timesCount: (count: number) => ({
    en: `main printed ${count} elapsed times; expected 2`,
    fr: `main a affiché ${count} temps écoulé${count > 1 ? 's' : ''} ; 2 étaient attendus`,
  }),
  decimalComma: {
    en: 'the seconds are written with a decimal comma (4,00): write them with a decimal point (4.00), as toFixed(2) gives them; a locale format such as toLocaleString("fr-FR") gives the comma',
    fr: 'les secondes sont écrites avec une virgule décimale (4,00) : écrivez-les avec un point décimal (4.00), comme les donne toFixed(2) ; un format local comme toLocaleString("fr-FR") donne la virgule',
  },
  twoDecimals: {
    en: 'print each time with two decimals, e.g. print(`Time: ${seconds.toFixed(2)}s`)',
    fr: 'affichez chaque temps à deux décimales, par exemple print(`Temps : ${seconds.toFixed(2)}s`)',
  },
  printedInstead: (kitchen: string, times: string[], expected: string[]) => ({
    en: `${kitchen}main printed ${times.join(' then ')} instead of ${expected.join(' then ')}`,
    fr: `${kitchen}main a affiché ${times.join(' puis ')} au lieu de ${expected.join(' puis ')}`,
  }),
  readBeforeReady: {
    en: 'the time was read before the breakfast was ready: await the breakfast, then read the clock',
    fr: "le temps a été lu avant que le petit-déjeuner soit prêt : attendez le petit-déjeuner avec await, puis lisez l'horloge",
  },
  startNotReset: {
    en: 'the start time was not reset before the concurrent breakfast',
    fr: "l'instant de départ n'a pas été relevé à nouveau avant le petit-déjeuner concurrent",
  },
  concurrentAsLong: {
    en: 'the concurrent breakfast took as long as the sequential one: its two steps did not run at the same time',
    fr: 'le petit-déjeuner concurrent a pris autant de temps que le séquentiel : ses deux étapes ne se sont pas déroulées en même temps',
  },
  milliseconds: {
    en: 'the time is in milliseconds: divide by 1000 to print seconds',
    fr: 'le temps est en millisecondes : divisez-le par 1000 pour afficher des secondes',
  },
  hardCoded: {
    en: 'the times are written into the code: measure them with performance.now() or Date.now()',
    fr: 'les temps sont écrits en dur dans le code : mesurez-les avec performance.now() ou Date.now()',
  },
  measureEach: {
    en: 'measure each breakfast from its own start with performance.now() or Date.now()',
    fr: 'mesurez chaque petit-déjeuner depuis son propre départ avec performance.now() ou Date.now()',
  },
})
