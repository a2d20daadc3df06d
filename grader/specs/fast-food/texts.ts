// Everything the fast-food checks say, in English and French. What the world itself
// records (the rules broken) is worded in restaurant.jail.ts.
import type { RestaurantConfig } from '#runtime'
import type { Text } from '../../language.ts'
import { count, listed, wording } from '../wording.ts'
import { type Item, NOUNS } from './restaurant.shared.ts'
import { type ConfigProblem, RUSH } from './upgrade.shared.ts'

/** How each item is named in a sentence: the fries are feminine and plural in French, and counted in portions. */
const ITEM: Record<Item, { en: string; fr: { name: string; one: string; the: string; its: string; plural: boolean; counted: [string, string] } }> = {
  soda: { en: 'soda', fr: { name: 'soda', one: 'un soda', the: 'le soda', its: 'son soda', plural: false, counted: ['soda', 'sodas'] } },
  burger: { en: 'burger', fr: { name: 'burger', one: 'un burger', the: 'le burger', its: 'son burger', plural: false, counted: ['burger', 'burgers'] } },
  fries: {
    en: 'fries',
    fr: {
      name: 'frites',
      one: 'une portion de frites',
      the: 'les frites',
      its: 'ses frites',
      plural: true,
      counted: ['portion de frites', 'portions de frites'],
    },
  },
}
/** "prêt", "prêtes": the French adjective agreed with the item. */
const readyFr = (item: Item) => (ITEM[item].fr.plural ? 'prêtes' : 'prêt')
/** "one soda", "one portion of fries". */
const oneOf = (item: Item): Text => ({ en: item === 'fries' ? 'one portion of fries' : `one ${item}`, fr: ITEM[item].fr.one })

/** What a station is called in a mistake, and the code that limits it. */
const STATION = {
  soda: { method: 'fillSoda', key: 'sodaMachines', made: NOUNS.cup, station: NOUNS.sodaMachine, madeEn: 'filled', madeFr: 'remplis' },
  burger: { method: 'cookBurger', key: 'cooks', made: NOUNS.burger, station: NOUNS.cook, madeEn: 'cooked', madeFr: 'préparés' },
} as const

/** "2 soda machines, 5 cooks and 8 portions", then "per batch" in the sentence. */
const units = (config: RestaurantConfig) =>
  listed([count(config.sodaMachines, NOUNS.sodaMachine), count(config.cooks, NOUNS.cook), count(config.fryerPortions, NOUNS.portion)])

export const T = wording({
  item: (item: Item) => ({ en: item, fr: ITEM[item].fr.name }),
  nothingMade: { en: 'nothing was made', fr: "rien n'a été préparé" },
  madeAndServe: (made: string, serve: string) => ({ en: `${made}; serve ${serve}`, fr: `${made} ; serve ${serve}` }),
  oneOfEach: {
    en: 'call fillSoda, cookBurger and takeFries once per order (cooking a batch first when the tray is empty)',
    fr: "appelez fillSoda, cookBurger et takeFries une fois par commande (en cuisant d'abord une fournée si le bac est vide)",
  },

  // The rules of the restaurant.
  limit: (item: Item, config: RestaurantConfig) =>
    item === 'soda'
      ? {
          en: `at most ${count(config.sodaMachines, NOUNS.cup)} filling at a time (${count(config.sodaMachines, NOUNS.sodaMachine)})`,
          fr: `au plus ${count(config.sodaMachines, NOUNS.cup)} en remplissage à la fois (${count(config.sodaMachines, NOUNS.sodaMachine)})`,
        }
      : item === 'burger'
        ? {
            en: `at most ${config.cooks} burgers cooking at a time (${count(config.cooks, NOUNS.cook)})`,
            fr: `au plus ${config.cooks} burgers en préparation à la fois (${count(config.cooks, NOUNS.cook)})`,
          }
        : {
            en: 'one batch at a time, started only on an empty tray, and portions taken only from the tray',
            fr: 'une fournée à la fois, lancée seulement quand le bac est vide, et des portions prises seulement dans le bac',
          },
  brokenAt: (prefix: string, t: number, what: string) => ({ en: `${prefix}at t=${t}, ${what}`, fr: `${prefix}à t=${t}, ${what}` }),
  rulesBroken: (broken: number, t: number) => ({
    en: `${count(broken, NOUNS.rule)} broken, the first at t=${t}`,
    fr: `${count(broken, NOUNS.rule)} enfreinte${broken > 1 ? 's' : ''}, la première à t=${t}`,
  }),
  together: (clients: number) => ({ en: `with ${clients} clients ordering together, `, fr: `avec ${clients} clients qui commandent ensemble, ` }),

  // Why a rule was broken: what the world saw of the call that broke it.
  noLock: (item: 'soda' | 'burger') =>
    item === 'soda'
      ? {
          en: 'the soda machine is shared without a lock: several orders filled cups at the same time. Make each order wait for a free machine (a Lock, or a Semaphore of restaurant.config.sodaMachines permits) around fillSoda',
          fr: 'la machine à soda est partagée sans verrou : plusieurs commandes ont rempli des gobelets en même temps. Faites attendre à chaque commande une machine libre (un Lock, ou un Semaphore de restaurant.config.sodaMachines jetons) autour de fillSoda',
        }
      : {
          en: 'nothing limits the kitchen to its cooks: every order started its burger at once. Let at most restaurant.config.cooks burgers cook at a time (a Semaphore) and make the others wait',
          fr: 'rien ne limite la cuisine à ses cuisiniers : chaque commande a lancé son burger aussitôt. Ne laissez pas plus de restaurant.config.cooks burgers en préparation à la fois (un Semaphore), et faites attendre les autres',
        },
  limitPerOrder: (item: 'soda' | 'burger', made: number) => {
    const { method, key, made: noun, madeEn, madeFr } = STATION[item]
    return {
      en: `every order awaited something before ${method}, yet none waited for another: all ${count(made, noun)} were ${madeEn} at once, as if each order had a lock of its own. A Lock or a Semaphore created inside serve is a new one for each order and limits nothing: create it once, in openRestaurant, with restaurant.config.${key} permits, and make every order wait on that one around ${method}`,
      fr: `chaque commande a attendu quelque chose avant ${method}, mais aucune n'en a attendu une autre : les ${count(made, noun)} ont été ${madeFr} en même temps, comme si chaque commande avait son propre verrou. Un Lock ou un Semaphore créé dans serve est un nouvel objet pour chaque commande et ne limite rien : créez-le une seule fois, dans openRestaurant, avec restaurant.config.${key} jetons, et faites attendre chaque commande sur celui-là autour de ${method}`,
    }
  },
  limitTooLarge: (item: 'soda' | 'burger', peak: number, owned: number) => {
    const { method, key, made, station, madeEn, madeFr } = STATION[item]
    return {
      en: `up to ${count(peak, made)} were ${madeEn} at once with ${count(owned, station)}: the limit around ${method} lets more orders through than the restaurant has. Give it restaurant.config.${key} permits`,
      fr: `jusqu'à ${count(peak, made)} ont été ${madeFr} en même temps avec ${count(owned, station)} : la limite autour de ${method} laisse passer plus de commandes que le restaurant n'en a. Donnez-lui restaurant.config.${key} jetons`,
    }
  },
  friesWithoutLock: {
    en: 'the fries counter is read and updated without a lock: several orders saw an empty tray while a batch was already cooking, and each started one. Check the tray, cook when it is empty and take a portion all under one lock, so the next order sees the portions the batch left',
    fr: "le compteur de frites est lu et modifié sans verrou : plusieurs commandes ont vu un bac vide alors qu'une fournée cuisait déjà, et chacune en a lancé une. Regardez le bac, cuisez s'il est vide et prenez une portion, le tout sous un même verrou, pour que la commande suivante voie les portions laissées par la fournée",
  },
  fryerLockNotShared: (batches: number) => ({
    en: `every order awaited something before cookFries, yet none waited for another at the fryer: ${count(batches, NOUNS.batch)} cooked at once. Either each order had a fryer lock of its own (a Lock created inside serve is a new one for each order: create it once, in openRestaurant), or the lock covered the check of the tray but not the cooking. Hold one shared lock while you check the tray, cook when it is empty and take a portion`,
    fr: `chaque commande a attendu quelque chose avant cookFries, mais aucune n'en a attendu une autre à la friteuse : ${count(batches, NOUNS.batch)} ont cuit en même temps. Soit chaque commande avait son propre verrou de friteuse (un Lock créé dans serve est un nouvel objet pour chaque commande : créez-le une seule fois, dans openRestaurant), soit le verrou couvrait le coup d'œil au bac mais pas la cuisson. Gardez un même verrou partagé pendant que vous regardez le bac, cuisez s'il est vide et prenez une portion`,
  }),
  batchOnPortions: {
    en: 'a batch was started while portions were left: cook only when the tray is empty. A batch puts restaurant.config.fryerPortions portions on it, and restaurant.friesOnTray says how many are left',
    fr: "une fournée a été lancée alors qu'il restait des portions : ne cuisez que lorsque le bac est vide. Une fournée y pose restaurant.config.fryerPortions portions, et restaurant.friesOnTray indique combien il en reste",
  },
  checkOutsideLock: {
    en: 'the tray was checked before the fryer lock was taken: the order that started this batch had found the tray empty, then waited for the lock while the previous batch cooked, and cooked again without looking at the tray that batch had just filled. Take the lock first, then check the tray: look at friesOnTray, cook only if it is empty, and take a portion, all while holding the lock',
    fr: "le bac a été regardé avant de prendre le verrou de la friteuse : la commande qui a lancé cette fournée avait trouvé le bac vide, puis a attendu le verrou pendant que la fournée précédente cuisait, et a cuit de nouveau sans regarder le bac que cette fournée venait de remplir. Prenez d'abord le verrou, puis regardez le bac : lisez friesOnTray, ne cuisez que s'il est vide et prenez une portion, le tout en gardant le verrou",
  },
  takeFromEmpty: {
    en: 'fries were taken from an empty tray: the order must wait for a batch to be cooked (await it) before taking its portion, and check the tray under the fryer lock',
    fr: "des frites ont été prises dans un bac vide : la commande doit attendre qu'une fournée soit cuite (avec await) avant de prendre sa portion, et regarder le bac sous le verrou de la friteuse",
  },
  takeOutsideLock: {
    en: 'the check of the tray and the take of the portion were not under one lock: orders saw portions on the tray, then took theirs only later, after the lock was released, when other orders had taken them. Take the portion before releasing the fryer lock: check the tray, cook if it is empty, then take, all under the lock',
    fr: "le coup d'œil au bac et la prise de la portion n'étaient pas sous un même verrou : des commandes ont vu des portions dans le bac, puis n'ont pris la leur que plus tard, une fois le verrou libéré, quand d'autres commandes les avaient prises. Prenez la portion avant de libérer le verrou de la friteuse : regardez le bac, cuisez s'il est vide, puis prenez, le tout sous le verrou",
  },

  // Each client gets each item once.
  gotWrongCounts: (counts: Record<Item, number>, wrong: Item[]) => ({
    en: `serve('c1') got ${wrong.map((item) => `${counts[item]} ${item}`).join(' and ')}; an order is one soda, one burger and one portion of fries`,
    fr: `serve('c1') a obtenu ${wrong.map((item) => `${counts[item]} ${ITEM[item].fr.counted[counts[item] > 1 ? 1 : 0]}`).join(' et ')} ; une commande, c'est un soda, un burger et une portion de frites`,
  }),
  notExactlyOne: (clients: string[], item: Item) => ({
    en: `${listed(clients)} did not get exactly ${oneOf(item).en}`,
    fr: `${listed(clients)} ${clients.length > 1 ? "n'ont" : "n'a"} pas eu exactement ${oneOf(item).fr}`,
  }),
  oneForEach: (item: Item, clients: number) => ({
    en: `${oneOf(item).en} for each of the ${clients} clients`,
    fr: `${oneOf(item).fr} pour chacun des ${clients} clients`,
  }),
  clientGot: (client: string, got: number) => ({ en: `${client}: ${got}`, fr: `${client} : ${got}` }),
  orderIsOneOfEach: {
    en: 'every order is one soda, one burger and one portion of fries',
    fr: "chaque commande, c'est un soda, un burger et une portion de frites",
  },

  // A client alone.
  beforeItemReady: (at: number, item: Item, readyAt: number) => ({
    en: `serve('c1') resolved at t=${at}, before its ${item} was ready at t=${readyAt}`,
    fr: `serve('c1') s'est résolue à t=${at}, avant que ${ITEM[item].fr.its} ${ITEM[item].fr.plural ? 'soient' : 'soit'} ${readyFr(item)} à t=${readyAt}`,
  }),
  missingAwait: {
    en: 'a missing await: serve must resolve once all three items are ready',
    fr: 'un await manquant : serve doit se résoudre une fois les trois préparations prêtes',
  },
  notAlone: (at: number, alone: number) => ({
    en: `serve('c1') resolved at t=${at}, not ${alone}: `,
    fr: `serve('c1') s'est résolue à t=${at}, et non à t=${alone} : `,
  }),
  slowestItem: (at: number, alone: number) => ({
    en: `serve('c1') resolved at t=${at}: a client alone is served in ${alone} ms, when its slowest item (the fries) is ready`,
    fr: `serve('c1') s'est résolue à t=${at} : un client seul est servi en ${alone} ms, quand sa préparation la plus lente (les frites) est prête`,
  }),
  oneAfterAnother: {
    en: 'the three items were prepared one after another: each was awaited before the next was ordered. Order all three at once, then await them together (Promise.all), as asyncio.gather does in Python',
    fr: "les trois préparations ont été faites l'une après l'autre : chacune a été attendue avant que la suivante soit commandée. Commandez les trois d'un coup, puis attendez-les ensemble (Promise.all), comme le fait asyncio.gather en Python",
  },
  startedLate: {
    en: 'an item was started late: a client alone finds every station free, so all three items start at t=0',
    fr: 'une préparation a démarré en retard : un client seul trouve tous les postes libres, donc les trois préparations démarrent à t=0',
  },
  resolvedWith: (alone: number, took: string) => ({
    en: `serve('c1') resolved at t=${alone} with ${took}, not ${alone}`,
    fr: `serve('c1') s'est résolue à t=${alone} avec ${took}, et non avec ${alone}`,
  }),
  inSeconds: { en: 'the time is in seconds: resolve with milliseconds', fr: 'le temps est en secondes : résolvez avec des millisecondes' },
  resolveWithMs: {
    en: 'resolve with the milliseconds the order took: performance.now() at the end minus performance.now() when serve was called',
    fr: "résolvez avec la durée de la commande en millisecondes : performance.now() à la fin moins performance.now() à l'appel de serve",
  },

  // The ten clients of the statement's table.
  notAsInTable: (clients: number, durations: string) => ({
    en: `the ${clients} clients were served in ${durations} ms, not as in the statement's table`,
    fr: `les ${clients} clients ont été servis en ${durations} ms, et non comme dans le tableau de l'énoncé`,
  }),
  becauseBroken: (notAsInTable: string, t: number, what: string) => ({
    en: `${notAsInTable}, because a rule was broken: at t=${t}, ${what}`,
    fr: `${notAsInTable}, parce qu'une règle a été enfreinte : à t=${t}, ${what}`,
  }),
  fixRuleFirst: (mistake: string) => ({
    en: `fix the broken rule first (see its check): ${mistake}`,
    fr: `corrigez d'abord la règle enfreinte (voir sa vérification) : ${mistake}`,
  }),
  madeNothingFor: (client: string, resolved: string) => ({
    en: `serve('${client}') ${resolved} without making anything: the restaurant made no soda, no burger and no fries for ${client}`,
    fr: `serve('${client}') ${resolved} sans rien préparer : le restaurant n'a fait ni soda, ni burger, ni frites pour ${client}`,
  }),
  servedWhenReady: {
    en: 'an order is served when its three items are ready: call fillSoda, cookBurger and takeFries once per order (cooking a batch first when the tray is empty), and resolve with the milliseconds it took',
    fr: "une commande est servie quand ses trois préparations sont prêtes : appelez fillSoda, cookBurger et takeFries une fois par commande (en cuisant d'abord une fournée si le bac est vide), et résolvez avec la durée en millisecondes",
  },
  misreported: (client: string, after: number, took: string) => ({
    en: `serve('${client}') resolved ${after} ms after it was called, but with ${took}`,
    fr: `serve('${client}') s'est résolue ${after} ms après son appel, mais avec ${took}`,
  }),
  callToReady: {
    en: 'resolve with the milliseconds from the call of serve to the moment all three items are ready',
    fr: "résolvez avec le nombre de millisecondes entre l'appel de serve et le moment où les trois préparations sont prêtes",
  },
  oneAtATime: (notAsInTable: string, client: string, startedAt: number, after: string) => ({
    en: `${notAsInTable}: the orders were prepared one at a time, ${client}'s items starting only at t=${startedAt}, when ${after} was served`,
    fr: `${notAsInTable} : les commandes ont été préparées une par une, les préparations de ${client} ne démarrant qu'à t=${startedAt}, quand ${after} a été servi`,
  }),
  wholeOrderLock: {
    en: 'every order waited for the one before it to be served, even for the stations that were free: one lock (or queue) around the whole order. It keeps every rule, but a client who only needs a free cook still waits for the previous client. Guard each station on its own: a Semaphore of restaurant.config.sodaMachines around fillSoda, one of restaurant.config.cooks around cookBurger, and the fryer lock around the tray',
    fr: "chaque commande a attendu que la précédente soit servie, même pour les postes qui étaient libres : un verrou (ou une file) autour de toute la commande. Il respecte toutes les règles, mais un client qui n'a besoin que d'un cuisinier libre attend quand même le client précédent. Protégez chaque poste séparément : un Semaphore de restaurant.config.sodaMachines autour de fillSoda, un de restaurant.config.cooks autour de cookBurger, et le verrou de la friteuse autour du bac",
  },
  servedLater: (client: string, took: string, table: number, item: Item, at: number, could: number) => {
    const { its, plural } = ITEM[item].fr
    const [never, have] = [at === Infinity, plural ? 'ont' : 'a']
    return {
      en: `${client} was served in ${took} ms instead of ${table}: its ${item} was ready ${never ? 'never' : `at t=${at}`}, and the rules let it be ready at t=${could}`,
      fr: `${client} a été servi en ${took} ms au lieu de ${table} : ${its} ${never ? `n'${have} jamais été ${readyFr(item)}` : `n'${have} été ${readyFr(item)} qu'à t=${at}`}, alors que les règles ${plural ? 'leur' : 'lui'} permettaient d'être ${readyFr(item)} à t=${could}`,
    }
  },
  itemsInTurn: {
    en: 'the three items of an order are prepared one after another (see the check of one client alone): order them all at once',
    fr: "les trois préparations d'une commande sont faites l'une après l'autre (voir la vérification du client seul) : commandez-les toutes d'un coup",
  },
  waitedLonger: (client: string, item: Item) => {
    const hold =
      item === 'soda'
        ? { en: 'hold a soda machine only while its cup fills', fr: 'ne gardez une machine à soda que pendant le remplissage de son gobelet' }
        : item === 'burger'
          ? { en: 'hold a cook only while the burger cooks', fr: 'ne gardez un cuisinier que pendant la préparation du burger' }
          : {
              en: 'a cooked batch feeds the next orders at once: hold the fryer lock only to check the tray, cook when it is empty and take a portion',
              fr: "une fournée cuite sert aussitôt les commandes suivantes : ne gardez le verrou de la friteuse que pour regarder le bac, cuire s'il est vide et prendre une portion",
            }
    return {
      en: `${client}'s ${item} waited longer than the rules require: ${hold.en}`,
      fr: `${ITEM[item].fr.the} de ${client} ${ITEM[item].fr.plural ? 'ont' : 'a'} attendu plus longtemps que les règles ne l'exigent : ${hold.fr}`,
    }
  },
  inOrderOfArrival: {
    en: 'serve the clients in the order they came, respecting each limit and no more',
    fr: "servez les clients dans leur ordre d'arrivée, en respectant chaque limite, sans plus",
  },

  // A bigger restaurant.
  onRestaurant: (config: RestaurantConfig) => ({
    en: `on a restaurant with ${units(config)} per batch, `,
    fr: `dans un restaurant avec ${units(config)} par fournée, `,
  }),
  madeNo: (where: string, item: Item, clients: number) => ({
    en: `${where}serve made no ${item}, although ${clients} clients ordered at t=0`,
    fr: `${where}serve n'a préparé aucun${item === 'soda' || item === 'burger' ? '' : 'e'} ${item === 'fries' ? 'portion de frites' : ITEM[item].fr.name}, alors que ${clients} clients ont commandé à t=0`,
  }),
  neverMoreThan: (where: string, item: 'soda' | 'burger', peak: number, clients: number) => ({
    en: `${where}serve never had more than ${count(peak, STATION[item].made)} ${item === 'soda' ? 'filling' : 'cooking'} at once, although ${clients} clients ordered at t=0`,
    fr: `${where}serve n'a jamais eu plus de ${count(peak, STATION[item].made)} en ${item === 'soda' ? 'remplissage' : 'préparation'} en même temps, alors que ${clients} clients ont commandé à t=0`,
  }),
  upTo: (capacity: number, item: 'soda' | 'burger') => ({
    en: `up to ${count(capacity, STATION[item].made)} at once`,
    fr: `jusqu'à ${count(capacity, STATION[item].made)} en même temps`,
  }),
  atMost: (peak: number) => ({ en: `at most ${peak}`, fr: `au plus ${peak}` }),
  fromConfig: (capacity: number, item: 'soda' | 'burger') => ({
    en: `the limits must come from restaurant.config, not from the statement's numbers: this restaurant has ${count(capacity, STATION[item].station)}`,
    fr: `les limites doivent venir de restaurant.config, et non des chiffres de l'énoncé : ce restaurant a ${count(capacity, STATION[item].station)}`,
  }),
  waitLongerToday: {
    en: "orders wait for each other longer than the stations require, on today's restaurant too (see the check of the 10 clients): hold each lock or permit only around its own item",
    fr: "les commandes s'attendent les unes les autres plus longtemps que les postes ne l'exigent, dans le restaurant d'aujourd'hui aussi (voir la vérification des 10 clients) : ne gardez chaque verrou ou jeton que pendant sa propre préparation",
  },

  // perfTest: when the orders were placed.
  placedAt: (times: number[]) => ({ en: `orders placed at t=${times.join(', ')}`, fr: `commandes passées à t=${times.join(', ')}` }),
  noOrderPlaced: { en: 'no order placed', fr: 'aucune commande passée' },
  placedFor: (call: string, placed: number, clients: number) => ({
    en: `${call} placed ${count(placed, NOUNS.order)} for ${clients} clients`,
    fr: `${call} a passé ${count(placed, NOUNS.order)} pour ${clients} clients`,
  }),
  onePerClient: { en: 'place exactly one order per client', fr: 'passez exactement une commande par client' },
  placedOrderAt: (call: string, index: number, client: string, at: number, expected: number, waitedFor?: number) => ({
    en: `${call} placed order ${index + 1} (${client}) at t=${at}, not at t=${expected}${waitedFor === undefined ? '' : `: it waited until order ${index} was served at t=${waitedFor}`}`,
    fr: `${call} a passé la commande ${index + 1} (${client}) à t=${at}, et non à t=${expected}${waitedFor === undefined ? '' : ` : elle a attendu que la commande ${index} soit servie, à t=${waitedFor}`}`,
  }),
  awaitedEachOrder: {
    en: 'each order was awaited before the next client arrived, but clients do not wait for each other: start each order without awaiting it, wait periodMs, and await all the orders at the end. Python needs asyncio.ensure_future for each order, then asyncio.wait; in TypeScript, calling serve(client) already starts the order',
    fr: "chaque commande a été attendue avant l'arrivée du client suivant, mais les clients ne s'attendent pas les uns les autres : lancez chaque commande sans l'attendre, patientez periodMs, et attendez toutes les commandes à la fin. Python demande asyncio.ensure_future pour chaque commande, puis asyncio.wait ; en TypeScript, appeler serve(client) lance déjà la commande",
  },
  firstOrderLate: (at: number) => ({
    en: `the first order left only at t=${at}: the wait came before every order, the first one included. The first client arrives at t=0: place an order, then wait periodMs before the next one`,
    fr: `la première commande n'est partie qu'à t=${at} : l'attente venait avant chaque commande, la première comprise. Le premier client arrive à t=0 : passez une commande, puis attendez periodMs avant la suivante`,
  }),
  tooEarly: {
    en: 'the orders arrived too early: wait periodMs between two arrivals (await sleep(periodMs))',
    fr: 'les commandes sont arrivées trop tôt : attendez periodMs entre deux arrivées (await sleep(periodMs))',
  },
  arrivals: {
    en: 'the first client arrives at t=0, then one more every periodMs',
    fr: 'le premier client arrive à t=0, puis un autre toutes les periodMs millisecondes',
  },

  // perfTest: what it counted.
  placedAfterResolving: (call: string, at: number, result: string, late: number, clients: number, times: number[]) => ({
    en: `${call} resolved at t=${at} with ${result} before placing ${late === clients ? 'any order' : count(late, NOUNS.order)}: ${late === clients ? 'its orders were' : 'they were'} placed afterwards, at t=${times.join(', ')}, and served after it had counted`,
    fr: `${call} s'est résolue à t=${at} avec ${result} avant de passer ${late === clients ? 'la moindre commande' : count(late, NOUNS.order)} : ${late === clients ? 'ses commandes ont été passées' : 'elles ont été passées'} ensuite, à t=${times.join(', ')}, et servies après qu'elle a compté`,
  }),
  awaitedEmptyArray: {
    en: 'the orders were placed, but only after perfTest had resolved: it awaited its array of orders while the array was still empty (Promise.all of an empty array resolves at once), because each order was added to it later, by a timer. Place the orders in the loop itself (serve, then await sleep(periodMs)), keep the promise each serve(client) returns, and await them all (Promise.all) after the last one',
    fr: "les commandes ont été passées, mais seulement après la résolution de perfTest : elle a attendu son tableau de commandes alors qu'il était encore vide (Promise.all d'un tableau vide se résout aussitôt), car chaque commande y a été ajoutée plus tard, par un minuteur. Passez les commandes dans la boucle elle-même (serve, puis await sleep(periodMs)), gardez la promesse que renvoie chaque serve(client), et attendez-les toutes (Promise.all) après la dernière",
  },
  resolvedRightAfterLast: (call: string, placed: number, onTime: boolean, at: number, unserved: number) => ({
    en: `${call} placed its ${count(placed, NOUNS.order)}${onTime ? ' on time' : ''}, then resolved at t=${at}, right after placing the last one, while ${unserved} ${unserved === 1 ? 'was' : 'were'} still being served: it waited for none of them`,
    fr: `${call} a passé ses ${count(placed, NOUNS.order)}${onTime ? ' à temps' : ''}, puis s'est résolue à t=${at}, juste après la dernière, alors que ${unserved} ${unserved === 1 ? "n'était" : "n'étaient"} pas encore servie${unserved === 1 ? '' : 's'} : elle n'en a attendu aucune`,
  }),
  ordersNotAwaited: {
    en: 'the orders were placed but never awaited, so their durations were never collected: serve(client) returns a promise of the milliseconds the order took, and nothing kept it. Push each promise into an array as you place the order, and await them all (Promise.all) before counting: Promise.all of an empty array resolves at once, with nothing to count',
    fr: "les commandes ont été passées mais jamais attendues, si bien que leurs durées n'ont jamais été recueillies : serve(client) renvoie une promesse de la durée de la commande en millisecondes, et rien ne l'a gardée. Ajoutez chaque promesse à un tableau en passant la commande, et attendez-les toutes (Promise.all) avant de compter : Promise.all d'un tableau vide se résout aussitôt, sans rien à compter",
  },
  stillBeingServed: (call: string, at: number, unserved: number) => ({
    en: `${call} resolved at t=${at} while ${count(unserved, NOUNS.order)} ${unserved === 1 ? 'was' : 'were'} still being served`,
    fr: `${call} s'est résolue à t=${at} alors que ${count(unserved, NOUNS.order)} ${unserved > 1 ? "n'étaient" : "n'était"} pas encore servie${unserved > 1 ? 's' : ''}`,
  }),
  oncePlacedAndServed: { en: 'resolves once every order is served', fr: 'se résout une fois toutes les commandes servies' },
  resolvedAndPlaced: (resolved: string, placed: string) => ({ en: `${resolved}; ${placed}`, fr: `${resolved} ; ${placed}` }),
  awaitAllFirst: {
    en: 'count only once every order has been served: await all of them (Promise.all) before counting',
    fr: "ne comptez qu'une fois toutes les commandes servies : attendez-les toutes (Promise.all) avant de compter",
  },
  nothingToCount: (call: string, placed: number, clients: number, result: string) => ({
    en: `${call} placed ${count(placed, NOUNS.order)} for ${clients} clients, so it had nothing to count, yet resolved with ${result}`,
    fr: `${call} a passé ${count(placed, NOUNS.order)} pour ${clients} clients, et n'avait donc rien à compter, mais s'est résolue avec ${result}`,
  }),
  referenceCount: (clients: number, took: number[], want: string) => ({
    en: `${clients} orders placed, taking ${took.join(', ')} ms, so ${want}`,
    fr: `${clients} commandes passées, qui prennent ${took.join(', ')} ms, donc ${want}`,
  }),
  placedAndResolved: (placed: number, resolved: string) => ({
    en: `${count(placed, NOUNS.order)} placed; ${resolved}`,
    fr: `${count(placed, NOUNS.order)} passée${placed > 1 ? 's' : ''} ; ${resolved}`,
  }),
  countWhatHappened: {
    en: 'count what really happened: place one order per client with serve(client), await them all, then count those whose duration is strictly less than timeoutMs',
    fr: "comptez ce qui s'est vraiment passé : passez une commande par client avec serve(client), attendez-les toutes, puis comptez celles dont la durée est strictement inférieure à timeoutMs",
  },
  countedWrong: (call: string, result: string, took: number[], satisfied: number, total: number, timeoutMs: number) => ({
    en: `${call} resolved with ${result}: the orders took ${took.join(', ')} ms, so ${satisfied} of ${total} were served in under ${timeoutMs} ms`,
    fr: `${call} s'est résolue avec ${result} : les commandes ont pris ${took.join(', ')} ms, donc ${satisfied} sur ${total} ont été servies en moins de ${timeoutMs} ms`,
  }),
  resolveWithCounts: {
    en: 'resolve with an object { satisfied, total } holding two numbers',
    fr: 'résolvez avec un objet { satisfied, total } contenant deux nombres',
  },
  totalIsClients: (clients: number) => ({
    en: `total is the number of clients of the test (${clients})`,
    fr: `total est le nombre de clients du test (${clients})`,
  }),
  strictlyLess: (timeoutMs: number) => ({
    en: `an order that took exactly ${timeoutMs} ms was not served in under ${timeoutMs} ms: count the orders that took strictly less than timeoutMs`,
    fr: `une commande qui a pris exactement ${timeoutMs} ms n'a pas été servie en moins de ${timeoutMs} ms : comptez les commandes qui ont pris strictement moins de timeoutMs`,
  }),
  countDurations: {
    en: 'count the orders whose duration (what serve resolved with) is strictly less than timeoutMs',
    fr: "comptez les commandes dont la durée (la valeur avec laquelle serve s'est résolue) est strictement inférieure à timeoutMs",
  },

  // upgrade.
  notAConfig: (problem: ConfigProblem) =>
    problem.key === undefined
      ? {
          en: `upgrade is ${problem.shown}, not an object { sodaMachines, cooks, fryerPortions }`,
          fr: `upgrade vaut ${problem.shown}, et non un objet { sodaMachines, cooks, fryerPortions }`,
        }
      : {
          en: `upgrade.${problem.key} is ${problem.shown ?? 'missing'}: it must be a whole number, at least 1`,
          fr: `${problem.shown === undefined ? `upgrade.${problem.key} est absent` : `upgrade.${problem.key} vaut ${problem.shown}`} : ce doit être un nombre entier, au moins 1`,
        },
  configShape: {
    en: 'upgrade is a configuration like restaurant.config: { sodaMachines, cooks, fryerPortions }, whole numbers',
    fr: 'upgrade est une configuration comme restaurant.config : { sodaMachines, cooks, fryerPortions }, en nombres entiers',
  },
  stillToday: (today: RestaurantConfig) => ({
    en: `not implemented yet: upgrade is still the stub's placeholder, today's restaurant (${units(today)} per batch)`,
    fr: `pas encore implémenté : upgrade est toujours la valeur provisoire du squelette, le restaurant d'aujourd'hui (${units(today)} par fournée)`,
  }),
  cheapestHolding: {
    en: `the cheapest configuration that serves ${RUSH.clients} clients arriving every ${RUSH.periodMs} ms, each in under ${RUSH.timeoutMs} ms`,
    fr: `la configuration la moins chère qui sert ${RUSH.clients} clients arrivant toutes les ${RUSH.periodMs} ms, chacun en moins de ${RUSH.timeoutMs} ms`,
  },
  configAndCost: (config: RestaurantConfig, cost: number) => ({
    en: `${units(config)} per batch (cost ${cost})`,
    fr: `${units(config)} par fournée (coût ${cost})`,
  }),
  lateClient: (client: string, placedAt: number, took: string, last?: { item: Item; at: number }) => ({
    en: `${client}, arrived at t=${placedAt}, was served in ${took} ms${last ? `, its ${last.item} ready last at t=${last.at}` : ''}`,
    fr: `${client}, arrivé à t=${placedAt}, a été servi en ${took} ms${last ? `, ${ITEM[last.item].fr.its} ${readyFr(last.item)} en dernier à t=${last.at}` : ''}`,
  }),
  servedInTime: (what: string, inTime: string, servedIn: string) => ({
    en: `with ${what}, ${inTime} clients of the rush are served in under ${RUSH.timeoutMs} ms: ${servedIn}`,
    fr: `avec ${what}, ${inTime} clients du coup de feu sont servis en moins de ${RUSH.timeoutMs} ms : ${servedIn}`,
  }),
  everyoneInTime: {
    en: `${RUSH.clients}/${RUSH.clients} clients served in under ${RUSH.timeoutMs} ms`,
    fr: `${RUSH.clients}/${RUSH.clients} clients servis en moins de ${RUSH.timeoutMs} ms`,
  },
  cannotKeepUp: (behind: Item) => ({
    en: `it does not serve everyone in time: ${{ soda: 'the soda machines', burger: 'the cooks', fries: 'the fryer' }[behind]} cannot keep up with a client every ${RUSH.periodMs} ms. Compare what each station makes per second with what the rush needs`,
    fr: `cette configuration ne sert pas tout le monde à temps : ${{ soda: 'les machines à soda ne suivent', burger: 'les cuisiniers ne suivent', fries: 'la friteuse ne suit' }[behind]} pas le rythme d'un client toutes les ${RUSH.periodMs} ms. Comparez ce que chaque poste produit par seconde avec ce que demande le coup de feu`,
  }),
  notInTime: (what: string, inTime: string) => ({
    en: `your upgrade, ${what}, does not serve everyone in time (${inTime}), so it is not the answer`,
    fr: `votre configuration upgrade, ${what}, ne sert pas tout le monde à temps (${inTime}) : ce n'est donc pas la réponse`,
  }),
  inTimeAtLowestCost: {
    en: `${RUSH.clients}/${RUSH.clients} served in under ${RUSH.timeoutMs} ms, at the lowest cost`,
    fr: `${RUSH.clients}/${RUSH.clients} servis en moins de ${RUSH.timeoutMs} ms, au coût le plus bas`,
  },
  servedOnTime: (inTime: string) => ({ en: `${inTime} served in time`, fr: `${inTime} servis à temps` }),
  inTimeFirst: {
    en: 'first make it serve every client in time (see the check above), then look for the lowest cost',
    fr: "faites d'abord en sorte qu'elle serve chaque client à temps (voir la vérification précédente), puis cherchez le coût le plus bas",
  },
  cheaperExists: (cost: number, inTime: string) => ({
    en: `your upgrade costs ${cost} and serves ${inTime} in time; a cheaper configuration exists`,
    fr: `votre configuration upgrade coûte ${cost} et sert ${inTime} à temps ; il existe une configuration moins chère`,
  }),
  notNeeded: {
    en: 'something you bought is not needed: take one unit away at a time and check that everyone is still served in time',
    fr: 'une partie de vos achats est inutile : retirez une unité à la fois et vérifiez que tout le monde est encore servi à temps',
  },
})
