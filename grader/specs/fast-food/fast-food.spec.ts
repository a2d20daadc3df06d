import type { RestaurantConfig } from '#runtime'
import type { Text } from '../../language.ts'
import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { peakOverlap, type Span } from '../../sandbox/trace.ts'
import { fail, resolvedAt, resolvedValue, resolvesAt } from '../feedback.ts'
import { gradeExercise } from '../kit.ts'
import { say } from '../say.ts'
import { allSpans, firstDelay, itemCounts, lastReady, orderSpans, readiness, stationSpans, violationsIn, type Delay, type Violation } from './kitchen-log.ts'
import type { Order } from './orders.ts'
import { BIGGER, PERF_LOADS, perfScenario, RUSH_CLIENTS, type Load, type ReferenceRun } from './scenarios.ts'
import { CHEAPEST, costOf, describeConfig, RUSH, sameConfig } from './upgrade.ts'
import { BURGER_MS, counted, FRIES_MS, ITEMS, listOf, NOUNS, SODA_MS, TODAY, type Item, type Noun } from './world.ts'

/** The seed's table: how long each of 10 clients ordering at t=0 waits, in order. */
const TABLE = [4000, 4000, 4000, 6000, 6000, 8000, 9000, 9000, 9000, 12000]
const ALONE_MS = Math.max(SODA_MS, BURGER_MS, FRIES_MS)

interface RushValue {
  orders: Order[]
  reference: ReferenceRun
}

interface PerfValue extends RushValue {
  result: unknown
  resolvedAt: number
}

interface UpgradeValue {
  config: unknown
  problem?: Text
  orders?: Order[]
}

/** "1 soda machine", "2 cooks": a count and its noun, in the language of the grading. */
const count = (n: number, noun: Noun) => say(counted(n, noun))

/** How French words each item in a sentence: the fries are feminine and plural, and counted in portions. */
const ITEM_FR: Record<Item, { name: string; one: string; the: string; its: string; plural: boolean; counted: Noun['fr'] }> = {
  soda: { name: 'soda', one: 'un soda', the: 'le soda', its: 'son soda', plural: false, counted: ['soda', 'sodas'] },
  burger: { name: 'burger', one: 'un burger', the: 'le burger', its: 'son burger', plural: false, counted: ['burger', 'burgers'] },
  fries: {
    name: 'frites',
    one: 'une portion de frites',
    the: 'les frites',
    its: 'ses frites',
    plural: true,
    counted: ['portion de frites', 'portions de frites'],
  },
}
/** "prêt", "prêtes": the French adjective agreed with the item. */
const readyFr = (item: Item) => (ITEM_FR[item].plural ? 'prêtes' : 'prêt')

const STATION: Record<Item, { limit: (config: RestaurantConfig) => string; slow: string }> = {
  soda: {
    limit: (config) =>
      say({
        en: `at most ${count(config.sodaMachines, NOUNS.cup)} filling at a time (${count(config.sodaMachines, NOUNS.sodaMachine)})`,
        fr: `au plus ${count(config.sodaMachines, NOUNS.cup)} en remplissage à la fois (${count(config.sodaMachines, NOUNS.sodaMachine)})`,
      }),
    slow: say({
      en: 'hold a soda machine only while its cup fills',
      fr: 'ne gardez une machine à soda que pendant le remplissage de son gobelet',
    }),
  },
  burger: {
    limit: (config) =>
      say({
        en: `at most ${config.cooks} burgers cooking at a time (${count(config.cooks, NOUNS.cook)})`,
        fr: `au plus ${config.cooks} burgers en préparation à la fois (${count(config.cooks, NOUNS.cook)})`,
      }),
    slow: say({ en: 'hold a cook only while the burger cooks', fr: 'ne gardez un cuisinier que pendant la préparation du burger' }),
  },
  fries: {
    limit: () =>
      say({
        en: 'one batch at a time, started only on an empty tray, and portions taken only from the tray',
        fr: 'une fournée à la fois, lancée seulement quand le bac est vide, et des portions prises seulement dans le bac',
      }),
    slow: say({
      en: 'a cooked batch feeds the next orders at once: hold the fryer lock only to check the tray, cook when it is empty and take a portion',
      fr: "une fournée cuite sert aussitôt les commandes suivantes : ne gardez le verrou de la friteuse que pour regarder le bac, cuire s'il est vide et prendre une portion",
    }),
  },
}

/** The likely misconception behind each broken rule. */
const MISTAKES: Record<Violation['rule'], string> = {
  'soda-machines': say({
    en: 'the soda machine is shared without a lock: several orders filled cups at the same time. Make each order wait for a free machine (a Lock, or a Semaphore of restaurant.config.sodaMachines permits) around fillSoda',
    fr: 'la machine à soda est partagée sans verrou : plusieurs commandes ont rempli des gobelets en même temps. Faites attendre à chaque commande une machine libre (un Lock, ou un Semaphore de restaurant.config.sodaMachines jetons) autour de fillSoda',
  }),
  cooks: say({
    en: 'nothing limits the kitchen to its cooks: every order started its burger at once. Let at most restaurant.config.cooks burgers cook at a time (a Semaphore) and make the others wait',
    fr: 'rien ne limite la cuisine à ses cuisiniers : chaque commande a lancé son burger aussitôt. Ne laissez pas plus de restaurant.config.cooks burgers en préparation à la fois (un Semaphore), et faites attendre les autres',
  }),
  'one-batch-at-a-time': say({
    en: 'the fries counter is read and updated without a lock: several orders saw an empty tray while a batch was already cooking, and each started one. Check the tray, cook when it is empty and take a portion all under one lock, so the next order sees the portions the batch left',
    fr: "le compteur de frites est lu et modifié sans verrou : plusieurs commandes ont vu un bac vide alors qu'une fournée cuisait déjà, et chacune en a lancé une. Regardez le bac, cuisez s'il est vide et prenez une portion, le tout sous un même verrou, pour que la commande suivante voie les portions laissées par la fournée",
  }),
  'batch-on-empty-tray': say({
    en: 'a batch was started while portions were left: cook only when the tray is empty. A batch puts restaurant.config.fryerPortions portions on it, and restaurant.friesOnTray says how many are left',
    fr: "une fournée a été lancée alors qu'il restait des portions : ne cuisez que lorsque le bac est vide. Une fournée y pose restaurant.config.fryerPortions portions, et restaurant.friesOnTray indique combien il en reste",
  }),
  'portion-on-tray': say({
    en: 'fries were taken from an empty tray: the order must wait for a batch to be cooked (await it) before taking its portion, and check the tray under the fryer lock',
    fr: "des frites ont été prises dans un bac vide : la commande doit attendre qu'une fournée soit cuite (avec await) avant de prendre sa portion, et regarder le bac sous le verrou de la friteuse",
  }),
}

/** Fails with the first rule broken, drawn on its station's timeline (extra numbered stations are the broken rule). */
function ruleBroken(run: ScenarioRun, config: RestaurantConfig, prefix: string, items: readonly Item[] = ITEMS): never {
  const violations = violationsIn(run.trace, items)
  const [first] = violations as [Violation]
  const broken = violations.length > 1 ? 's' : ''
  fail({
    message: say({ en: `${prefix}at t=${first.t}, ${first.what}`, fr: `${prefix}à t=${first.t}, ${first.what}` }),
    expected: STATION[first.item].limit(config),
    actual: say({
      en: `${count(violations.length, NOUNS.rule)} broken, the first at t=${first.t}`,
      fr: `${violations.length} règle${broken} enfreinte${broken}, la première à t=${first.t}`,
    }),
    mistake: MISTAKES[first.rule],
    timeline: stationTimeline(run, first.item),
  })
}

/** The expected side of a timeline, when the scenario resolved and ran the reference. */
function referenceTrace(run: ScenarioRun): ReferenceRun['trace'] | undefined {
  return run.outcome.kind === 'resolved' ? (run.outcome.value as RushValue).reference?.trace : undefined
}

const stationTimeline = (run: ScenarioRun, item: Item) => {
  const expected = referenceTrace(run)
  return { actual: stationSpans(run.trace, item), ...(expected ? { expected: stationSpans(expected, item) } : {}) }
}

/** serve resolved with the time the world saw the order take. */
const reportsItsDuration = (order: Order) => order.servedAt !== undefined && order.took === order.servedAt - order.placedAt

const durations = (orders: readonly Order[]) => orders.map((order) => show(order.took)).join(', ')
const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, index) => item === b[index])

/** The spans of one client's items: its soda, its burger, and its fries from the batch it waited on to its take. */
function itemSpansOf(run: ScenarioRun, client: string): { item: Item; span: Span }[] {
  const ready = readiness(run.trace).get(client) ?? {}
  const own = (item: Item) => stationSpans(run.trace, item).filter((span) => span.label === client)
  const friesAt = ready.fries
  const batch = stationSpans(run.trace, 'fries')
    .filter((span) => span.end !== undefined && friesAt !== undefined && span.end <= friesAt)
    .at(-1)
  const fries = friesAt === undefined ? [] : [{ lane: 'fries', label: 'fries', start: batch?.start ?? friesAt, end: friesAt }]
  return [
    ...own('soda').map((span) => ({ item: 'soda' as const, span })),
    ...own('burger').map((span) => ({ item: 'burger' as const, span })),
    ...fries.map((span) => ({ item: 'fries' as const, span })),
  ]
}

const itemName = (item: Item) => say({ en: item, fr: ITEM_FR[item].name })
const spanText = ({ item, span }: { item: Item; span: Span }) => `${itemName(item)} ${span.start}-${span.end ?? '…'}`
/** "the 10 clients were served in 4000, ... ms, not as in the seed's table" */
const servedNotAsInTable = (orders: readonly Order[]) =>
  say({
    en: `the ${RUSH_CLIENTS} clients were served in ${durations(orders)} ms, not as in the seed's table`,
    fr: `les ${RUSH_CLIENTS} clients ont été servis en ${durations(orders)} ms, et non comme dans le tableau de l'énoncé d'origine`,
  })
const IN_TIME_AT_LOWEST_COST = say({
  en: `${RUSH.clients}/${RUSH.clients} served in under ${RUSH.timeoutMs} ms, at the lowest cost`,
  fr: `${RUSH.clients}/${RUSH.clients} servis en moins de ${RUSH.timeoutMs} ms, au coût le plus bas`,
})

gradeExercise('fast-food', ({ scenario, check }) => {
  const alone = scenario('alone')
  const rush = scenario('rush')
  const bigger = scenario('rush-bigger')
  const perf = PERF_LOADS.map((load) => ({ load, run: scenario(perfScenario(load)) }))
  const upgrade = scenario('upgrade')

  check('alone-at-once', async () => {
    const run = await alone()
    const took = resolvedValue(run, 'serve')
    const at = run.outcome.kind === 'resolved' ? run.outcome.at : 0
    const expectedSpans: Span[] = [
      { lane: 'soda 1', label: 'c1', start: 0, end: SODA_MS },
      { lane: 'cook 1', label: 'c1', start: 0, end: BURGER_MS },
      { lane: 'fryer 1', label: 'batch', start: 0, end: FRIES_MS },
      { lane: 'c1', label: 'order', start: 0, end: ALONE_MS },
    ]
    const items = itemSpansOf(run, 'c1')
    const timeline = { actual: allSpans(run.trace), expected: expectedSpans }
    const made = items.map(spanText).join(', ') || say({ en: 'nothing was made', fr: "rien n'a été préparé" })
    const madeAtOnce = `${itemName('soda')} 0-${SODA_MS}, ${itemName('burger')} 0-${BURGER_MS}, ${itemName('fries')} 0-${FRIES_MS}`
    const [resolves, resolved] = [resolvesAt(ALONE_MS, String(ALONE_MS)), resolvedAt(at, show(took))]
    const said = {
      expected: say({ en: `${madeAtOnce}; serve ${resolves}`, fr: `${madeAtOnce} ; serve ${resolves}` }),
      actual: say({ en: `${made}; serve ${resolved}`, fr: `${made} ; serve ${resolved}` }),
      timeline,
    }

    const counts = itemCounts(run.trace, 'c1')
    const wrong = ITEMS.filter((item) => counts[item] !== 1)
    if (wrong.length > 0) {
      fail({
        ...said,
        message: say({
          en: `serve('c1') got ${wrong.map((item) => `${counts[item]} ${item}`).join(' and ')}; an order is one soda, one burger and one portion of fries`,
          fr: `serve('c1') a obtenu ${wrong.map((item) => `${counts[item]} ${ITEM_FR[item].counted[counts[item] > 1 ? 1 : 0]}`).join(' et ')} ; une commande, c'est un soda, un burger et une portion de frites`,
        }),
        mistake: say({
          en: 'call fillSoda, cookBurger and takeFries once per order (cooking a batch first when the tray is empty)',
          fr: "appelez fillSoda, cookBurger et takeFries une fois par commande (en cuisant d'abord une fournée si le bac est vide)",
        }),
      })
    }
    const last = lastReady(readiness(run.trace).get('c1') ?? {})!
    if (at < last.at) {
      fail({
        ...said,
        message: say({
          en: `serve('c1') resolved at t=${at}, before its ${last.item} was ready at t=${last.at}`,
          fr: `serve('c1') s'est résolue à t=${at}, avant que ${ITEM_FR[last.item].its} ${ITEM_FR[last.item].plural ? 'soient' : 'soit'} ${readyFr(last.item)} à t=${last.at}`,
        }),
        mistake: say({
          en: 'a missing await: serve must resolve once all three items are ready',
          fr: 'un await manquant : serve doit se résoudre une fois les trois préparations prêtes',
        }),
      })
    }
    if (at !== ALONE_MS) {
      if (violationsIn(run.trace).length > 0) {
        ruleBroken(
          run,
          TODAY,
          say({ en: `serve('c1') resolved at t=${at}, not ${ALONE_MS}: `, fr: `serve('c1') s'est résolue à t=${at}, et non à t=${ALONE_MS} : ` }),
        )
      }
      const sorted = items.map(({ span }) => span).sort((a, b) => a.start - b.start)
      const oneAfterAnother = sorted.every((span, index) => index === 0 || span.start >= (sorted[index - 1]!.end ?? Infinity))
      fail({
        ...said,
        message: say({
          en: `serve('c1') resolved at t=${at}: a client alone is served in ${ALONE_MS} ms, when its slowest item (the fries) is ready`,
          fr: `serve('c1') s'est résolue à t=${at} : un client seul est servi en ${ALONE_MS} ms, quand sa préparation la plus lente (les frites) est prête`,
        }),
        mistake: oneAfterAnother
          ? say({
              en: 'the three items were prepared one after another: each was awaited before the next was ordered. Order all three at once, then await them together (Promise.all), like asyncio.wait in the seed',
              fr: "les trois préparations ont été faites l'une après l'autre : chacune a été attendue avant que la suivante soit commandée. Commandez les trois d'un coup, puis attendez-les ensemble (Promise.all), comme asyncio.wait dans l'énoncé d'origine",
            })
          : say({
              en: 'an item was started late: a client alone finds every station free, so all three items start at t=0',
              fr: 'une préparation a démarré en retard : un client seul trouve tous les postes libres, donc les trois préparations démarrent à t=0',
            }),
      })
    }
    if (took !== ALONE_MS) {
      fail({
        ...said,
        message: say({
          en: `serve('c1') resolved at t=${ALONE_MS} with ${show(took)}, not ${ALONE_MS}`,
          fr: `serve('c1') s'est résolue à t=${ALONE_MS} avec ${show(took)}, et non avec ${ALONE_MS}`,
        }),
        mistake:
          took === ALONE_MS / 1000
            ? say({ en: 'the time is in seconds: resolve with milliseconds', fr: 'le temps est en secondes : résolvez avec des millisecondes' })
            : say({
                en: 'resolve with the milliseconds the order took: performance.now() at the end minus performance.now() when serve was called',
                fr: "résolvez avec la durée de la commande en millisecondes : performance.now() à la fin moins performance.now() à l'appel de serve",
              }),
      })
    }
  })

  /** A rule of one station in the rush of 10: never broken, and every client got the item
   *  once (judged on the trace, so a deadlock elsewhere does not hide a station done right). */
  const ruleCheck = (item: Item) => async () => {
    const run = await rush()
    if (violationsIn(run.trace, [item]).length > 0) {
      ruleBroken(run, TODAY, say({ en: `with ${RUSH_CLIENTS} clients ordering together, `, fr: `avec ${RUSH_CLIENTS} clients qui commandent ensemble, ` }), [
        item,
      ])
    }
    const clients = Array.from({ length: RUSH_CLIENTS }, (_, index) => `c${index + 1}`)
    const missing = clients.filter((client) => itemCounts(run.trace, client)[item] !== 1)
    if (missing.length === 0) return
    resolvedValue(run, 'serve')
    fail({
      message: say({
        en: `${say(listOf(missing))} did not get exactly one ${item}`,
        fr: `${say(listOf(missing))} ${missing.length > 1 ? "n'ont" : "n'a"} pas eu exactement ${ITEM_FR[item].one}`,
      }),
      expected: say({
        en: `one ${item} for each of the ${RUSH_CLIENTS} clients`,
        fr: `${ITEM_FR[item].one} pour chacun des ${RUSH_CLIENTS} clients`,
      }),
      actual: missing.map((client) => say({ en: `${client}: `, fr: `${client} : ` }) + itemCounts(run.trace, client)[item]).join(', '),
      mistake: say({
        en: 'every order is one soda, one burger and one portion of fries',
        fr: "chaque commande, c'est un soda, un burger et une portion de frites",
      }),
      timeline: stationTimeline(run, item),
    })
  }
  check('soda-machines', ruleCheck('soda'))
  check('cooks', ruleCheck('burger'))
  check('fries-batches', ruleCheck('fries'))

  check('rush-times', async () => {
    const run = await rush()
    const { orders, reference } = resolvedValue(run, 'serve') as RushValue
    // Judged on what the world saw (each order's span), and the durations serve reported must agree with it.
    const took = orders.map((order) => order.took)
    if (sameList(took, TABLE) && orders.every(reportsItsDuration)) return
    const said = {
      expected: `${TABLE.join(', ')} ms`,
      actual: `${durations(orders)} ms`,
      timeline: { actual: orderSpans(run.trace), expected: orderSpans(reference.trace) },
    }
    const broken = violationsIn(run.trace)
    if (broken.length > 0) {
      const first = broken[0]!
      fail({
        ...said,
        message: say({
          en: `${servedNotAsInTable(orders)}, because a rule was broken: at t=${first.t}, ${first.what}`,
          fr: `${servedNotAsInTable(orders)}, parce qu'une règle a été enfreinte : à t=${first.t}, ${first.what}`,
        }),
        mistake: say({
          en: `fix the broken rule first (see its check): ${MISTAKES[first.rule]}`,
          fr: `corrigez d'abord la règle enfreinte (voir sa vérification) : ${MISTAKES[first.rule]}`,
        }),
      })
    }
    const idle = orders.find((order) => order.servedAt !== undefined && ITEMS.every((item) => itemCounts(run.trace, order.client)[item] === 0))
    if (idle) {
      fail({
        ...said,
        message: say({
          en: `serve('${idle.client}') ${resolvedAt(idle.servedAt!, show(idle.took))} without making anything: the restaurant made no soda, no burger and no fries for ${idle.client}`,
          fr: `serve('${idle.client}') ${resolvedAt(idle.servedAt!, show(idle.took))} sans rien préparer : le restaurant n'a fait ni soda, ni burger, ni frites pour ${idle.client}`,
        }),
        mistake: say({
          en: 'an order is served when its three items are ready: call fillSoda, cookBurger and takeFries once per order (cooking a batch first when the tray is empty), and resolve with the milliseconds it took',
          fr: "une commande est servie quand ses trois préparations sont prêtes : appelez fillSoda, cookBurger et takeFries une fois par commande (en cuisant d'abord une fournée si le bac est vide), et résolvez avec la durée en millisecondes",
        }),
      })
    }
    const misreported = orders.find((order) => order.servedAt !== undefined && !reportsItsDuration(order))
    if (misreported) {
      const after = misreported.servedAt! - misreported.placedAt
      fail({
        ...said,
        message: say({
          en: `serve('${misreported.client}') resolved ${after} ms after it was called, but with ${show(misreported.took)}`,
          fr: `serve('${misreported.client}') s'est résolue ${after} ms après son appel, mais avec ${show(misreported.took)}`,
        }),
        mistake: say({
          en: 'resolve with the milliseconds from the call of serve to the moment all three items are ready',
          fr: "résolvez avec le nombre de millisecondes entre l'appel de serve et le moment où les trois préparations sont prêtes",
        }),
      })
    }
    const delay = firstDelay(orders, readiness(run.trace), readiness(reference.trace))
    const aloneRun = await alone()
    const sequential = aloneRun.outcome.kind === 'resolved' && aloneRun.outcome.at > ALONE_MS
    const index = delay ? orders.findIndex((order) => order.client === delay.client) : -1
    fail({
      ...said,
      message: delay ? delayText(delay, show(orders[index]?.took), TABLE[index]!) : servedNotAsInTable(orders),
      mistake: sequential
        ? say({
            en: 'the three items of an order are prepared one after another (see the check of one client alone): order them all at once',
            fr: "les trois préparations d'une commande sont faites l'une après l'autre (voir la vérification du client seul) : commandez-les toutes d'un coup",
          })
        : delay
          ? say({
              en: `${delay.client}'s ${delay.item} waited longer than the rules require: ${STATION[delay.item].slow}`,
              fr: `${ITEM_FR[delay.item].the} de ${delay.client} ${ITEM_FR[delay.item].plural ? 'ont' : 'a'} attendu plus longtemps que les règles ne l'exigent : ${STATION[delay.item].slow}`,
            })
          : say({
              en: 'serve the clients in the order they came, respecting each limit and no more',
              fr: "servez les clients dans leur ordre d'arrivée, en respectant chaque limite, sans plus",
            }),
    })
  })

  check('uses-config', async () => {
    const run = await bigger()
    const biggerConfig = say(describeConfig(BIGGER))
    const where = say({ en: `on a restaurant with ${biggerConfig}, `, fr: `dans un restaurant avec ${biggerConfig}, ` })
    // A rule already broken on today's restaurant is graded by its own check; here, only
    // what breaks because the restaurant is bigger.
    const today = await rush()
    const brokenToday = new Set(violationsIn(today.trace).map((violation) => violation.item))
    const onlyHere = ITEMS.filter((item) => !brokenToday.has(item))
    if (violationsIn(run.trace, onlyHere).length > 0) ruleBroken(run, BIGGER, where, onlyHere)
    resolvedValue(run, 'serve')
    const fastEnoughToday =
      today.outcome.kind === 'resolved' &&
      sameList(
        (today.outcome.value as RushValue).orders.map((order) => order.took),
        TABLE,
      ) &&
      (today.outcome.value as RushValue).orders.every(reportsItsDuration)
    for (const [item, capacity, one] of [
      ['soda', BIGGER.sodaMachines, NOUNS.cup],
      ['burger', BIGGER.cooks, NOUNS.burger],
    ] as const) {
      const peak = peakOverlap(stationSpans(run.trace, item)).count
      if (peak >= capacity) continue
      const station = item === 'soda' ? NOUNS.sodaMachine : NOUNS.cook
      fail({
        message: say({
          en: `${where}serve never had more than ${count(peak, one)} ${item === 'soda' ? 'filling' : 'cooking'} at once, although ${RUSH_CLIENTS} clients ordered at t=0`,
          fr: `${where}serve n'a jamais eu plus de ${count(peak, one)} en ${item === 'soda' ? 'remplissage' : 'préparation'} en même temps, alors que ${RUSH_CLIENTS} clients ont commandé à t=0`,
        }),
        expected: say({ en: `up to ${count(capacity, one)} at once`, fr: `jusqu'à ${count(capacity, one)} en même temps` }),
        actual: say({ en: `at most ${peak}`, fr: `au plus ${peak}` }),
        mistake: fastEnoughToday
          ? say({
              en: `the limits must come from restaurant.config, not from the seed's numbers: this restaurant has ${count(capacity, station)}`,
              fr: `les limites doivent venir de restaurant.config, et non des chiffres de l'énoncé d'origine : ce restaurant a ${count(capacity, station)}`,
            })
          : say({
              en: "orders wait for each other longer than the stations require, on today's restaurant too (see the check of the 10 clients): hold each lock or permit only around its own item",
              fr: "les commandes s'attendent les unes les autres plus longtemps que les postes ne l'exigent, dans le restaurant d'aujourd'hui aussi (voir la vérification des 10 clients) : ne gardez chaque verrou ou jeton que pendant sa propre préparation",
            }),
        timeline: stationTimeline(run, item),
      })
    }
  })

  check('perf-arrivals', async () => {
    for (const { load, run: perfRun } of perf) {
      const run = await perfRun()
      const { orders, reference } = resolvedValue(run, 'perfTest') as PerfValue
      const placed = orders.map((order) => order.placedAt)
      // The first client orders at t=0, then one every periodMs.
      const expected = Array.from({ length: load.clients }, (_, index) => index * load.periodMs)
      if (sameList(placed, expected)) continue
      const placedAt = (times: number[]) => say({ en: `orders placed at t=${times.join(', ')}`, fr: `commandes passées à t=${times.join(', ')}` })
      const said = {
        expected: placedAt(expected),
        actual: placed.length ? placedAt(placed) : say({ en: 'no order placed', fr: 'aucune commande passée' }),
        timeline: { actual: orderSpans(run.trace), expected: orderSpans(reference.trace) },
      }
      const call = `perfTest(serve, ${show(load)})`
      if (placed.length !== load.clients) {
        fail({
          ...said,
          message: say({
            en: `${call} placed ${count(placed.length, NOUNS.order)} for ${load.clients} clients`,
            fr: `${call} a passé ${count(placed.length, NOUNS.order)} pour ${load.clients} clients`,
          }),
          mistake: say({ en: 'place exactly one order per client', fr: 'passez exactement une commande par client' }),
        })
      }
      const index = placed.findIndex((at, n) => at !== expected[n])
      const previous = orders[index - 1]
      const waited = previous?.servedAt !== undefined && placed[index]! >= previous.servedAt
      const client = orders[index]!.client
      fail({
        ...said,
        message: say({
          en: `${call} placed order ${index + 1} (${client}) at t=${placed[index]}, not at t=${expected[index]}${waited ? `: it waited until order ${index} was served at t=${previous!.servedAt}` : ''}`,
          fr: `${call} a passé la commande ${index + 1} (${client}) à t=${placed[index]}, et non à t=${expected[index]}${waited ? ` : elle a attendu que la commande ${index} soit servie, à t=${previous!.servedAt}` : ''}`,
        }),
        mistake: waited
          ? say({
              en: 'each order was awaited before the next client arrived, but clients do not wait for each other: start each order without awaiting it, wait periodMs, and await all the orders at the end (like ensure_future, then asyncio.wait, in the seed)',
              fr: "chaque commande a été attendue avant l'arrivée du client suivant, mais les clients ne s'attendent pas les uns les autres : lancez chaque commande sans l'attendre, patientez periodMs, et attendez toutes les commandes à la fin (comme ensure_future, puis asyncio.wait, dans l'énoncé d'origine)",
            })
          : index === 0 && placed.every((at, n) => at === (n + 1) * load.periodMs)
            ? say({
                en: `the first order left only at t=${placed[0]}: the wait came before every order, the first one included. The first client arrives at t=0: place an order, then wait periodMs before the next one`,
                fr: `la première commande n'est partie qu'à t=${placed[0]} : l'attente venait avant chaque commande, la première comprise. Le premier client arrive à t=0 : passez une commande, puis attendez periodMs avant la suivante`,
              })
            : placed[index]! < expected[index]!
              ? say({
                  en: 'the orders arrived too early: wait periodMs between two arrivals (await sleep(periodMs))',
                  fr: 'les commandes sont arrivées trop tôt : attendez periodMs entre deux arrivées (await sleep(periodMs))',
                })
              : say({
                  en: 'the first client arrives at t=0, then one more every periodMs',
                  fr: 'le premier client arrive à t=0, puis un autre toutes les periodMs millisecondes',
                }),
      })
    }
  })

  check('perf-counts', async () => {
    for (const { load, run: perfRun } of perf) {
      const run = await perfRun()
      const { result, orders, reference, resolvedAt: at } = resolvedValue(run, 'perfTest') as PerfValue
      const call = `perfTest(serve, ${show(load)})`
      const unserved = orders.filter((order) => order.servedAt === undefined)
      if (unserved.length > 0) {
        const many = unserved.length > 1
        fail({
          message: say({
            en: `${call} resolved at t=${at} while ${count(unserved.length, NOUNS.order)} ${unserved.length === 1 ? 'was' : 'were'} still being served`,
            fr: `${call} s'est résolue à t=${at} alors que ${count(unserved.length, NOUNS.order)} ${many ? "n'étaient" : "n'était"} pas encore servie${many ? 's' : ''}`,
          }),
          expected: say({ en: 'resolves once every order is served', fr: 'se résout une fois toutes les commandes servies' }),
          actual: resolvedAt(at, show(result)),
          mistake: say({
            en: 'count only once every order has been served: await all of them (Promise.all) before counting',
            fr: "ne comptez qu'une fois toutes les commandes servies : attendez-les toutes (Promise.all) avant de compter",
          }),
        })
      }
      if (orders.length !== load.clients) {
        // Nothing to count without the orders: what it resolved with was not counted.
        const referenceTook = reference.orders.map((order) => order.took as number)
        const referenceWant = { satisfied: referenceTook.filter((ms) => ms < load.timeoutMs).length, total: load.clients }
        fail({
          message: say({
            en: `${call} placed ${count(orders.length, NOUNS.order)} for ${load.clients} clients, so it had nothing to count, yet resolved with ${show(result)}`,
            fr: `${call} a passé ${count(orders.length, NOUNS.order)} pour ${load.clients} clients, et n'avait donc rien à compter, mais s'est résolue avec ${show(result)}`,
          }),
          expected: say({
            en: `${load.clients} orders placed, taking ${referenceTook.join(', ')} ms, so ${show(referenceWant)}`,
            fr: `${load.clients} commandes passées, qui prennent ${referenceTook.join(', ')} ms, donc ${show(referenceWant)}`,
          }),
          actual: say({
            en: `${count(orders.length, NOUNS.order)} placed; ${resolvedAt(at, show(result))}`,
            fr: `${count(orders.length, NOUNS.order)} passée${orders.length > 1 ? 's' : ''} ; ${resolvedAt(at, show(result))}`,
          }),
          mistake: say({
            en: 'count what really happened: place one order per client with serve(client), await them all, then count those whose duration is strictly less than timeoutMs',
            fr: "comptez ce qui s'est vraiment passé : passez une commande par client avec serve(client), attendez-les toutes, puis comptez celles dont la durée est strictement inférieure à timeoutMs",
          }),
          timeline: { actual: orderSpans(run.trace), expected: orderSpans(reference.trace) },
        })
      }
      const took = orders.map((order) => order.took as number)
      const under = (limit: number) => took.filter((ms) => ms < limit).length
      const want = { satisfied: under(load.timeoutMs), total: load.clients }
      const got = (typeof result === 'object' && result !== null ? result : {}) as { satisfied?: unknown; total?: unknown }
      if (got.satisfied === want.satisfied && got.total === want.total) continue
      fail({
        message: say({
          en: `${call} resolved with ${show(result)}: the orders took ${took.join(', ')} ms, so ${want.satisfied} of ${want.total} were served in under ${load.timeoutMs} ms`,
          fr: `${call} s'est résolue avec ${show(result)} : les commandes ont pris ${took.join(', ')} ms, donc ${want.satisfied} sur ${want.total} ont été servies en moins de ${load.timeoutMs} ms`,
        }),
        expected: show(want),
        actual: show(result),
        mistake: countMistake(got, want, took, load),
      })
    }
  })

  /** The submitted upgrade and how the reference serve holds the rush with it. */
  const judgeUpgrade = async () => {
    const run = await upgrade()
    const { config, problem, orders = [] } = resolvedValue(run, 'upgrade') as UpgradeValue
    if (problem) {
      fail({
        message: say(problem),
        mistake: say({
          en: 'upgrade is a configuration like restaurant.config: { sodaMachines, cooks, fryerPortions }, whole numbers',
          fr: 'upgrade est une configuration comme restaurant.config : { sodaMachines, cooks, fryerPortions }, en nombres entiers',
        }),
      })
    }
    const upgraded = config as RestaurantConfig
    if (sameConfig(upgraded, TODAY)) {
      fail({
        message: say({
          en: `not implemented yet: upgrade is still the stub's placeholder, today's restaurant (${say(describeConfig(TODAY))})`,
          fr: `pas encore implémenté : upgrade est toujours la valeur provisoire du squelette, le restaurant d'aujourd'hui (${say(describeConfig(TODAY))})`,
        }),
        expected: say({
          en: `the cheapest configuration that serves ${RUSH.clients} clients arriving every ${RUSH.periodMs} ms, each in under ${RUSH.timeoutMs} ms`,
          fr: `la configuration la moins chère qui sert ${RUSH.clients} clients arrivant toutes les ${RUSH.periodMs} ms, chacun en moins de ${RUSH.timeoutMs} ms`,
        }),
      })
    }
    const late = orders.filter((order) => !(typeof order.took === 'number' && order.took < RUSH.timeoutMs))
    const cost = costOf(upgraded)
    const upgradedConfig = say(describeConfig(upgraded))
    const what = say({ en: `${upgradedConfig} (cost ${cost})`, fr: `${upgradedConfig} (coût ${cost})` })
    return { run, upgraded, late, cost, inTime: `${RUSH.clients - late.length}/${RUSH.clients}`, what }
  }

  check('upgrade-in-time', async () => {
    const { run, late, inTime, what } = await judgeUpgrade()
    if (late.length === 0) return
    const ready = readiness(run.trace)
    const lastOf = (order: Order) => lastReady(ready.get(order.client) ?? {})
    const first = late[0]!
    const firstLast = lastOf(first)
    const behind = ITEMS.map((item) => ({ item, count: late.filter((order) => lastOf(order)?.item === item).length })).sort((a, b) => b.count - a.count)[0]!
      .item
    const servedIn = say({
      en: `${first.client}, arrived at t=${first.placedAt}, was served in ${show(first.took)} ms${firstLast ? `, its ${firstLast.item} ready last at t=${firstLast.at}` : ''}`,
      fr: `${first.client}, arrivé à t=${first.placedAt}, a été servi en ${show(first.took)} ms${firstLast ? `, ${ITEM_FR[firstLast.item].its} ${readyFr(firstLast.item)} en dernier à t=${firstLast.at}` : ''}`,
    })
    fail({
      message: say({
        en: `with ${what}, ${inTime} clients of the rush are served in under ${RUSH.timeoutMs} ms: ${servedIn}`,
        fr: `avec ${what}, ${inTime} clients du coup de feu sont servis en moins de ${RUSH.timeoutMs} ms : ${servedIn}`,
      }),
      expected: say({
        en: `${RUSH.clients}/${RUSH.clients} clients served in under ${RUSH.timeoutMs} ms`,
        fr: `${RUSH.clients}/${RUSH.clients} clients servis en moins de ${RUSH.timeoutMs} ms`,
      }),
      actual: `${inTime}`,
      mistake: say({
        en: `it does not serve everyone in time: ${{ soda: 'the soda machines', burger: 'the cooks', fries: 'the fryer' }[behind]} cannot keep up with a client every ${RUSH.periodMs} ms. Compare what each station makes per second with what the rush needs`,
        fr: `cette configuration ne sert pas tout le monde à temps : ${{ soda: 'les machines à soda ne suivent', burger: 'les cuisiniers ne suivent', fries: 'la friteuse ne suit' }[behind]} pas le rythme d'un client toutes les ${RUSH.periodMs} ms. Comparez ce que chaque poste produit par seconde avec ce que demande le coup de feu`,
      }),
    })
  })

  check('upgrade-cheapest', async () => {
    const { late, inTime, what, cost } = await judgeUpgrade()
    if (late.length > 0) {
      fail({
        message: say({
          en: `your upgrade, ${what}, does not serve everyone in time (${inTime}), so it is not the answer`,
          fr: `votre upgrade, ${what}, ne sert pas tout le monde à temps (${inTime}) : ce n'est donc pas la réponse`,
        }),
        expected: IN_TIME_AT_LOWEST_COST,
        actual: say({ en: `${inTime} served in time`, fr: `${inTime} servis à temps` }),
        mistake: say({
          en: 'first make it serve every client in time (see the check above), then look for the lowest cost',
          fr: "faites d'abord en sorte qu'elle serve chaque client à temps (voir la vérification précédente), puis cherchez le coût le plus bas",
        }),
      })
    }
    if (cost <= CHEAPEST.cost) return
    fail({
      message: say({
        en: `your upgrade costs ${cost} and serves ${inTime} in time; a cheaper configuration exists`,
        fr: `votre upgrade coûte ${cost} et sert ${inTime} à temps ; il existe une configuration moins chère`,
      }),
      expected: IN_TIME_AT_LOWEST_COST,
      actual: what,
      mistake: say({
        en: 'something you bought is not needed: take one unit away at a time and check that everyone is still served in time',
        fr: 'une partie de vos achats est inutile : retirez une unité à la fois et vérifiez que tout le monde est encore servi à temps',
      }),
    })
  })
})

/** "c1 was served in 8000 ms instead of 4000: its burger was ready at t=4000, and the rules let it be ready at t=3000" */
function delayText(delay: Delay, took: string, table: number): string {
  const { its, plural } = ITEM_FR[delay.item]
  const [never, have, ready] = [delay.at === Infinity, plural ? 'ont' : 'a', readyFr(delay.item)]
  return say({
    en: `${delay.client} was served in ${took} ms instead of ${table}: its ${delay.item} was ready ${never ? 'never' : `at t=${delay.at}`}, and the rules let it be ready at t=${delay.could}`,
    fr: `${delay.client} a été servi en ${took} ms au lieu de ${table} : ${its} ${never ? `n'${have} jamais été ${ready}` : `n'${have} été ${ready} qu'à t=${delay.at}`}, alors que les règles ${plural ? 'leur' : 'lui'} permettaient d'être ${ready} à t=${delay.could}`,
  })
}

function countMistake(got: { satisfied?: unknown; total?: unknown }, want: { satisfied: number; total: number }, took: number[], load: Load): string {
  if (typeof got.satisfied !== 'number' || typeof got.total !== 'number') {
    return say({
      en: 'resolve with an object { satisfied, total } holding two numbers',
      fr: 'résolvez avec un objet { satisfied, total } contenant deux nombres',
    })
  }
  if (got.total !== want.total) {
    return say({
      en: `total is the number of clients of the test (${load.clients})`,
      fr: `total est le nombre de clients du test (${load.clients})`,
    })
  }
  if (got.satisfied === took.filter((ms) => ms <= load.timeoutMs).length) {
    return say({
      en: `an order that took exactly ${load.timeoutMs} ms was not served in under ${load.timeoutMs} ms: count the orders that took strictly less than timeoutMs`,
      fr: `une commande qui a pris exactement ${load.timeoutMs} ms n'a pas été servie en moins de ${load.timeoutMs} ms : comptez les commandes qui ont pris strictement moins de timeoutMs`,
    })
  }
  return say({
    en: 'count the orders whose duration (what serve resolved with) is strictly less than timeoutMs',
    fr: "comptez les commandes dont la durée (la valeur avec laquelle serve s'est résolue) est strictement inférieure à timeoutMs",
  })
}
