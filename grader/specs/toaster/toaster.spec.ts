import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { eventsOf, formatSpan, spansOf, type Span } from '../../sandbox/trace.ts'
import { fail, resolvedAt, resolvedValue, resolvesAt, type Timeline } from '../feedback.ts'
import { gradeExercise } from '../kit.ts'
import type { Text } from '../../language.ts'
import { say } from '../say.ts'
import { COFFEE, COFFEE_MS, SLOW_KITCHEN, TOAST, TOAST_MS } from './scenarios.ts'

const span = (lane: string, start: number, end: number): Span => ({ lane, label: lane, start, end })
const SEQUENTIAL: Span[] = [span('toast', 0, TOAST_MS), span('coffee', TOAST_MS, TOAST_MS + COFFEE_MS)]
const CONCURRENT: Span[] = [span('toast', 0, TOAST_MS), span('coffee', 0, COFFEE_MS)]
const fmt = formatSpan

/** "the toast", "the coffee": a lane of the kitchen, in a sentence. */
const the = (lane: string): string => say({ en: `the ${lane}`, fr: lane === 'toast' ? 'le pain' : lane === 'coffee' ? 'le café' : lane })
const NOTHING = say({ en: 'nothing', fr: 'rien' })

function timeline(run: ScenarioRun, expected: Span[]): Timeline {
  return { actual: spansOf(run.trace), expected }
}

/** The single toast span and coffee span of a breakfast, or a failure saying what was off. */
function breakfastSpans(run: ScenarioRun, fn: string, expected: Span[]): { toast: Span; coffee: Span } {
  const spans = spansOf(run.trace)
  const [toast, coffee] = ['toast', 'coffee'].map((lane) => {
    const found = spans.filter((s) => s.lane === lane)
    const method = lane === 'toast' ? 'kitchen.toastBread()' : 'kitchen.brewCoffee()'
    if (found.length !== 1) {
      fail({
        message: say({
          en: `${fn} called ${method} ${found.length} times; a breakfast needs it exactly once`,
          fr: `${fn} a appelé ${method} ${found.length} fois ; un petit-déjeuner en demande exactement un appel`,
        }),
        expected: expected.map(fmt).join(', '),
        actual: spans.map(fmt).join(', ') || say({ en: 'nothing was made', fr: "rien n'a été préparé" }),
        timeline: timeline(run, expected),
      })
    }
    return found[0]!
  }) as [Span, Span]
  return { toast, coffee }
}

/**
 * The Python habit: both calls made first, then each awaited in turn, as if a call started
 * nothing until awaited (a coroutine). Both start at once, and the result is right.
 */
function startedBothThenAwaited(run: ScenarioRun): boolean {
  const value = run.outcome.kind === 'resolved' ? run.outcome.value : undefined
  const starts = spansOf(run.trace).map((span) => span.start)
  return Array.isArray(value) && value[0] === TOAST && value[1] === COFFEE && starts.length === 2 && starts[0] === starts[1]
}

const PYTHON_COROUTINE: Text = {
  en: 'both calls were made before either was awaited: a TypeScript async function starts when it is called, not when it is awaited as a Python coroutine would. To make them one after the other, call kitchen.brewCoffee() only after await kitchen.toastBread()',
  fr: "les deux appels ont été faits avant d'en attendre un : une fonction async de TypeScript démarre dès qu'on l'appelle, et non quand on l'attend comme une coroutine Python. Pour les faire l'un après l'autre, n'appelez kitchen.brewCoffee() qu'après await kitchen.toastBread()",
}

const METHOD: Record<string, string> = { toast: 'kitchen.toastBread()', coffee: 'kitchen.brewCoffee()' }
/** "the toast and the coffee" ("le pain ni le café" after a French negation). */
const neither = (lanes: string[]) => say({ en: lanes.map(the).join(' or '), fr: lanes.map(the).join(' ni ') })

/** A breakfast must resolve exactly when it is ready, with [toast, coffee]. */
function checkResult(run: ScenarioRun, fn: string, readyAt: number, expected: Span[]): void {
  const value = resolvedValue(run, fn)
  const at = run.outcome.kind === 'resolved' ? run.outcome.at : -1
  const got = resolvedAt(at, show(value))
  // The result counts only as what the kitchen made: constants and a mere wait make nothing.
  const made = spansOf(run.trace)
  const missing = ['toast', 'coffee'].filter((lane) => !made.some((s) => s.lane === lane))
  if (missing.length > 0) {
    const methods = missing.map((lane) => METHOD[lane]!)
    fail({
      message: say({
        en: `${fn} ${got} without making ${neither(missing)}: it never called ${methods.join(' or ')}`,
        fr: `${fn} ${got} sans préparer ${neither(missing)} : elle n'a jamais appelé ${methods.join(' ni ')}`,
      }),
      expected: say({
        en: `${resolvesAt(readyAt, show([TOAST, COFFEE]))}, the toast and the coffee the kitchen made`,
        fr: `${resolvesAt(readyAt, show([TOAST, COFFEE]))}, le pain et le café préparés par la cuisine`,
      }),
      actual: say({
        en: `${made.map(fmt).join(', ') || 'nothing was made'}; ${got}`,
        fr: `${made.map(fmt).join(', ') || "rien n'a été préparé"} ; ${got}`,
      }),
      mistake: say({
        en: 'a breakfast is what the kitchen makes: call kitchen.toastBread() and kitchen.brewCoffee(), await them, and resolve with the values they give',
        fr: "un petit-déjeuner, c'est ce que prépare la cuisine : appelez kitchen.toastBread() et kitchen.brewCoffee(), attendez-les avec await, et résolvez avec les valeurs qu'elles donnent",
      }),
      timeline: timeline(run, expected),
    })
  }
  const holdsPromise = Array.isArray(value) && value.some((item) => show(item) === 'a Promise')
  if (at < readyAt || holdsPromise || run.timersLeft > 0) {
    fail({
      message: say({
        en: `${fn} ${got}, before breakfast was ready at t=${readyAt}`,
        fr: `${fn} ${got}, avant que le petit-déjeuner soit prêt à t=${readyAt}`,
      }),
      expected: resolvesAt(readyAt, show([TOAST, COFFEE])),
      actual: got,
      mistake:
        fn === 'breakfastSequential' && startedBothThenAwaited(run)
          ? say(PYTHON_COROUTINE)
          : say({
              en: 'a missing await: the function returned while the toast or the coffee was still being made',
              fr: "un await manquant : la fonction s'est terminée alors que le pain ou le café était encore en préparation",
            }),
      timeline: timeline(run, expected),
    })
  }
  if (at > readyAt) {
    fail({
      message: say({
        en: `${fn} ${got}, ${at - readyAt} ms after breakfast was ready at t=${readyAt}`,
        fr: `${fn} ${got}, ${at - readyAt} ms après que le petit-déjeuner a été prêt, à t=${readyAt}`,
      }),
      expected: resolvesAt(readyAt),
      actual: got,
      mistake:
        readyAt === TOAST_MS
          ? say({
              en: 'the toast and the coffee were made one after the other, not at the same time',
              fr: "le pain et le café ont été préparés l'un après l'autre, et non en même temps",
            })
          : say({ en: 'something waited longer than the breakfast needs', fr: 'quelque chose a attendu plus longtemps que le petit-déjeuner ne le demande' }),
      timeline: timeline(run, expected),
    })
  }
  if (JSON.stringify(value) !== JSON.stringify([TOAST, COFFEE])) {
    fail({
      message: `${fn} ${got}`,
      expected: say({
        en: `${show([TOAST, COFFEE])}: the toast first, then the coffee, as the kitchen returned them`,
        fr: `${show([TOAST, COFFEE])} : d'abord le pain, puis le café, tels que la cuisine les a renvoyés`,
      }),
      actual: show(value),
      mistake:
        JSON.stringify(value) === JSON.stringify([COFFEE, TOAST])
          ? say({ en: 'the results are in the wrong order', fr: 'les résultats ne sont pas dans le bon ordre' })
          : say({
              en: 'return the values the kitchen resolved with, in the order [toast, coffee]',
              fr: "renvoyez les valeurs que la cuisine a fournies, dans l'ordre [toast, coffee]",
            }),
    })
  }
}

/** main must print two lines holding the elapsed seconds of each breakfast, in order. */
function checkPrintedTimes(run: ScenarioRun, expected: [string, string] | string[], kitchen = ''): void {
  resolvedValue(run, 'main')
  const lines = eventsOf(run.trace, 'print').map((event) => event.label)
  const times = lines.flatMap((line) => line.match(/\d+\.\d\d(?!\d)/)?.[0] ?? [])
  // A time counts only as the time of a breakfast main ran: two toasts and two coffees.
  const made = spansOf(run.trace)
  const twice = ['toast', 'coffee'].every((lane) => made.filter((s) => s.lane === lane).length >= 2)
  if (!twice) {
    const printed = times.length
      ? say({ en: `printed ${times.join(' then ')}`, fr: `a affiché ${times.join(' puis ')}` })
      : say({ en: 'printed no elapsed time', fr: "n'a affiché aucun temps écoulé" })
    const madeText = made.map(fmt).join(', ')
    fail({
      message: say({
        en: `${kitchen}main ${printed} without running both breakfasts: the kitchen made ${madeText || NOTHING}`,
        fr: `${kitchen}main ${printed} sans lancer les deux petits-déjeuners : la cuisine a préparé ${madeText || NOTHING}`,
      }),
      expected: say({
        en: `${kitchen}main runs both breakfasts (a toast and a coffee each), then prints ${expected[0]} then ${expected[1]}, the seconds each took`,
        fr: `${kitchen}main lance les deux petits-déjeuners (un pain et un café chacun), puis affiche ${expected[0]} puis ${expected[1]}, les secondes que chacun a prises`,
      }),
      actual: say({
        en: `${madeText || 'nothing made'}; printed ${lines.length ? lines.map((line) => JSON.stringify(line)).join(', ') : 'nothing'}`,
        fr: `${madeText || 'rien de préparé'} ; affiché : ${lines.length ? lines.map((line) => JSON.stringify(line)).join(', ') : 'rien'}`,
      }),
      mistake: say({
        en: 'the times must be measured around the breakfasts main runs: read the clock, await breakfastSequential(kitchen), print the elapsed seconds, then the same for breakfastConcurrent(kitchen)',
        fr: "les temps doivent être mesurés autour des petits-déjeuners que main lance : lisez l'horloge, attendez breakfastSequential(kitchen) avec await, affichez les secondes écoulées, puis faites de même pour breakfastConcurrent(kitchen)",
      }),
    })
  }
  if (times.length === 2 && times[0] === expected[0] && times[1] === expected[1]) return
  const said = {
    expected: say({
      en: `${kitchen}two lines holding ${expected[0]} then ${expected[1]} (seconds, two decimals)`,
      fr: `${kitchen}deux lignes contenant ${expected[0]} puis ${expected[1]} (en secondes, à deux décimales)`,
    }),
    actual: lines.length ? lines.map((line) => JSON.stringify(line)).join(', ') : say({ en: 'nothing printed', fr: "rien n'a été affiché" }),
  }
  if (times.length !== 2) {
    fail({
      ...said,
      message: say({
        en: `main printed ${times.length} elapsed times; expected 2`,
        fr: `main a affiché ${times.length} temps écoulé${times.length > 1 ? 's' : ''} ; 2 étaient attendus`,
      }),
      ...(times.length
        ? {}
        : lines.some((line) => /\d+,\d\d(?!\d)/.test(line))
          ? {
              mistake: say({
                en: 'the seconds are written with a decimal comma (4,00): write them with a decimal point (4.00), as toFixed(2) gives them; a locale format such as toLocaleString("fr-FR") gives the comma',
                fr: 'les secondes sont écrites avec une virgule décimale (4,00) : écrivez-les avec un point décimal (4.00), comme les donne toFixed(2) ; un format local comme toLocaleString("fr-FR") donne la virgule',
              }),
            }
          : {
              mistake: say({
                // biome-ignore lint/suspicious/noTemplateCurlyInString: code shown to the student, not a template
                en: 'print each time with two decimals, e.g. print(`Time: ${seconds.toFixed(2)}s`)',
                // biome-ignore lint/suspicious/noTemplateCurlyInString: code shown to the student, not a template
                fr: 'affichez chaque temps à deux décimales, par exemple print(`Temps : ${seconds.toFixed(2)}s`)',
              }),
            }),
    })
  }
  const sequentialTotal = Number(expected[0]) + Number(expected[1])
  fail({
    ...said,
    message: say({
      en: `${kitchen}main printed ${times.join(' then ')} instead of ${expected.join(' then ')}`,
      fr: `${kitchen}main a affiché ${times.join(' puis ')} au lieu de ${expected.join(' puis ')}`,
    }),
    mistake: times.includes('0.00')
      ? say({
          en: 'the time was read before the breakfast was ready: await the breakfast, then read the clock',
          fr: "le temps a été lu avant que le petit-déjeuner soit prêt : attendez le petit-déjeuner avec await, puis lisez l'horloge",
        })
      : Number(times[1]) === sequentialTotal
        ? say({
            en: 'the start time was not reset before the concurrent breakfast',
            fr: "l'instant de départ n'a pas été relevé à nouveau avant le petit-déjeuner concurrent",
          })
        : times[0] === expected[0] && times[1] === expected[0]
          ? say({
              en: 'the concurrent breakfast took as long as the sequential one: its two steps did not run at the same time',
              fr: 'le petit-déjeuner concurrent a pris autant de temps que le séquentiel : ses deux étapes ne se sont pas déroulées en même temps',
            })
          : times.some((time) => Number(time) >= 1000)
            ? say({
                en: 'the time is in milliseconds: divide by 1000 to print seconds',
                fr: 'le temps est en millisecondes : divisez-le par 1000 pour afficher des secondes',
              })
            : kitchen && times[0] === '4.00' && times[1] === '2.00'
              ? say({
                  en: 'the times are written into the code: measure them with performance.now() or Date.now()',
                  fr: 'les temps sont écrits en dur dans le code : mesurez-les avec performance.now() ou Date.now()',
                })
              : say({
                  en: 'measure each breakfast from its own start with performance.now() or Date.now()',
                  fr: 'mesurez chaque petit-déjeuner depuis son propre départ avec performance.now() ou Date.now()',
                }),
  })
}

gradeExercise('toaster', ({ scenario, check }) => {
  const sequential = scenario('sequential')
  const concurrent = scenario('concurrent')
  const main = scenario('main')
  const mainSlowKitchen = scenario('main-slow-kitchen')

  check('sequential-order', async () => {
    const run = await sequential()
    resolvedValue(run, 'breakfastSequential')
    const { toast, coffee } = breakfastSpans(run, 'breakfastSequential', SEQUENTIAL)
    const said = {
      expected: SEQUENTIAL.map(fmt).join(say({ en: ', then ', fr: ', puis ' })),
      actual: `${fmt(toast)}, ${fmt(coffee)}`,
      timeline: timeline(run, SEQUENTIAL),
    }
    if (coffee.start < toast.start) {
      fail({
        ...said,
        message: say({
          en: `the coffee started at t=${coffee.start}, before the toast (t=${toast.start})`,
          fr: `le café a démarré à t=${coffee.start}, avant le pain (t=${toast.start})`,
        }),
        mistake: say({
          en: 'the sequential breakfast toasts first, then brews',
          fr: "le petit-déjeuner séquentiel grille d'abord le pain, puis prépare le café",
        }),
      })
    }
    if (coffee.start < (toast.end ?? Infinity)) {
      fail({
        ...said,
        message: say({
          en: `the coffee started at t=${coffee.start}, while the toast was still toasting (until t=${toast.end})`,
          fr: `le café a démarré à t=${coffee.start}, alors que le pain grillait encore (jusqu'à t=${toast.end})`,
        }),
        mistake: startedBothThenAwaited(run)
          ? say(PYTHON_COROUTINE)
          : say({
              en: 'the toast was not awaited: in the sequential version, await the toast before starting the coffee',
              fr: "le pain n'a pas été attendu : dans la version séquentielle, attendez le pain avec await avant de lancer le café",
            }),
      })
    }
    if (toast.start !== 0 || coffee.start !== toast.end) {
      fail({
        ...said,
        message: say({
          en: `the toast started at t=${toast.start} and the coffee at t=${coffee.start}`,
          fr: `le pain a démarré à t=${toast.start} et le café à t=${coffee.start}`,
        }),
        mistake: say({ en: 'something waited before or between the two steps', fr: 'quelque chose a attendu avant les deux étapes ou entre elles' }),
      })
    }
  })

  check('sequential-result', async () => {
    checkResult(await sequential(), 'breakfastSequential', TOAST_MS + COFFEE_MS, SEQUENTIAL)
  })

  check('concurrent-start', async () => {
    const run = await concurrent()
    resolvedValue(run, 'breakfastConcurrent')
    const { toast, coffee } = breakfastSpans(run, 'breakfastConcurrent', CONCURRENT)
    if (toast.start === 0 && coffee.start === 0) return
    const later = coffee.start >= toast.start ? { name: 'coffee', at: coffee.start, first: 'toast' } : { name: 'toast', at: toast.start, first: 'coffee' }
    fail({
      message: say({
        en: `${the(later.name)} started at t=${later.at}, not at t=0`,
        fr: `${the(later.name)} a démarré à t=${later.at}, et non à t=0`,
      }),
      expected: say({ en: 'toast and coffee both start at t=0', fr: 'le pain et le café démarrent tous deux à t=0' }),
      actual: `${fmt(toast)}, ${fmt(coffee)}`,
      mistake:
        later.at > 0 && (toast.end === later.at || coffee.end === later.at)
          ? say({
              en: `you awaited ${the(later.first)} before starting ${the(later.name)}: start both first, then await both (Promise.all)`,
              fr: `vous avez attendu ${the(later.first)} avant de lancer ${the(later.name)} : lancez d'abord les deux, puis attendez-les ensemble (Promise.all)`,
            })
          : say({ en: 'something waited before the breakfast started', fr: 'quelque chose a attendu avant le début du petit-déjeuner' }),
      timeline: timeline(run, CONCURRENT),
    })
  })

  check('concurrent-result', async () => {
    checkResult(await concurrent(), 'breakfastConcurrent', Math.max(TOAST_MS, COFFEE_MS), CONCURRENT)
  })

  const MAIN: Span[] = [...SEQUENTIAL, ...CONCURRENT.map((s) => ({ ...s, start: s.start + 4000, end: s.end! + 4000 }))]

  check('main-runs-both', async () => {
    const run = await main()
    resolvedValue(run, 'main')
    const at = run.outcome.kind === 'resolved' ? run.outcome.at : 0
    const actual = spansOf(run.trace)
    const byTime = (spans: Span[]) => JSON.stringify(spans.map(fmt).sort())
    if (byTime(actual) === byTime(MAIN) && at === 6000) return
    const unfinished = [...new Set(actual.filter((s) => s.end === undefined || s.end > at).map((s) => s.lane))]
    fail({
      message:
        unfinished.length > 0
          ? say({
              en: `main resolved at t=${at} while ${unfinished.map(the).join(' and ')} ${unfinished.length > 1 ? 'were' : 'was'} still being made`,
              fr: `main s'est résolue à t=${at} alors que ${unfinished.map(the).join(' et ')} ${unfinished.length > 1 ? 'étaient' : 'était'} encore en préparation`,
            })
          : say({ en: `main made ${actual.map(fmt).join(', ') || NOTHING}`, fr: `main a préparé ${actual.map(fmt).join(', ') || NOTHING}` }),
      expected: say({ en: `${MAIN.map(fmt).join(', ')}; main resolves at t=6000`, fr: `${MAIN.map(fmt).join(', ')} ; main se résout à t=6000` }),
      actual: say({
        en: `${actual.map(fmt).join(', ') || NOTHING}; main resolved at t=${at}`,
        fr: `${actual.map(fmt).join(', ') || NOTHING} ; main s'est résolue à t=${at}`,
      }),
      mistake:
        unfinished.length > 0
          ? say({ en: 'main does not await its breakfasts', fr: "main n'attend pas ses petits-déjeuners avec await" })
          : say({
              en: 'main must run breakfastSequential, then breakfastConcurrent, awaiting each (if their own checks fail, fix those first)',
              fr: "main doit lancer breakfastSequential, puis breakfastConcurrent, en attendant chacun avec await (si leurs propres vérifications échouent, corrigez-les d'abord)",
            }),
      timeline: { actual, expected: MAIN },
    })
  })

  check('main-prints-times', async () => {
    checkPrintedTimes(await main(), ['4.00', '2.00'])
  })

  check('main-measures', async () => {
    const { toastMs, coffeeMs } = SLOW_KITCHEN
    const expected = [((toastMs + coffeeMs) / 1000).toFixed(2), (Math.max(toastMs, coffeeMs) / 1000).toFixed(2)]
    const frSeconds = (ms: number) => String(ms / 1000).replace('.', ',')
    const kitchen = say({
      en: `with a ${toastMs / 1000} s toast and a ${coffeeMs / 1000} s coffee, `,
      fr: `avec un pain de ${frSeconds(toastMs)} s et un café de ${frSeconds(coffeeMs)} s, `,
    })
    checkPrintedTimes(await mainSlowKitchen(), expected, kitchen)
  })
})
