// The simulated restaurant, instrumented. Every item made is a span on the lane of the
// station that made it ("soda 1", "cook 2", "fryer 1"), every portion taken an event on
// "tray", and every rule broken an event on a "violation <rule> (<cause>)" lane, stamped
// with the virtual time and the clients involved, in the grading's language (`try` prints
// them as they happen). An extra station lane ("soda 2" on a restaurant with one machine)
// is what a broken rule looks like on the timeline.
import { sleep, type Restaurant, type RestaurantConfig } from '#runtime'
import { labelOf, type Recorder } from '../../sandbox/recorder.ts'
import { hand } from '../../sandbox/scenario.ts'
import { count, listed, wording } from '../wording.ts'
import { BURGER_MS, type Cause, FRIES_MS, type Item, lanes, NOUNS, type Rule, SODA_MS } from './restaurant.shared.ts'

/** What the world records when a rule is broken. */
const BROKEN = wording({
  cups: (clients: string[], machines: number) => ({
    en: `clients ${listed(clients)} filled ${clients.length} cups at once on ${count(machines, NOUNS.sodaMachine)}`,
    fr: `les clients ${listed(clients)} ont rempli ${clients.length} gobelets en même temps sur ${count(machines, NOUNS.sodaMachine)}`,
  }),
  burgers: (clients: string[], cooks: number) => ({
    en: `${clients.length} burgers were cooking at once (for ${listed(clients)}) with ${count(cooks, NOUNS.cook)}`,
    fr: `${clients.length} burgers étaient en préparation en même temps (pour ${listed(clients)}) avec ${count(cooks, NOUNS.cook)}`,
  }),
  secondBatch: (startedAt: number) => ({
    en: `a second batch of fries went into the fryer while the batch started at t=${startedAt} was still cooking`,
    fr: `une deuxième fournée de frites est entrée dans la friteuse alors que la fournée lancée à t=${startedAt} cuisait encore`,
  }),
  batchOnPortions: (left: number) => ({
    en: `a new batch of fries went into the fryer while ${count(left, NOUNS.portion)} ${left === 1 ? 'was' : 'were'} still on the tray`,
    fr: `une nouvelle fournée de frites est entrée dans la friteuse alors qu'il restait ${count(left, NOUNS.portion)} dans le bac`,
  }),
  emptyTray: (client: string, cookingSince: number | undefined) => ({
    en: `client ${client} took fries from an empty tray${cookingSince === undefined ? '' : ` (the batch started at t=${cookingSince} was still cooking)`}`,
    fr: `le client ${client} a pris des frites dans un bac vide${cookingSince === undefined ? '' : ` (la fournée lancée à t=${cookingSince} cuisait encore)`}`,
  }),
})

/**
 * Tells the restaurant when the submission's serve is running its own call, before its
 * first await: a station called then was called with nothing awaited first (no lock, no
 * permit), one called later after the order had awaited something.
 */
export class ServeCalls {
  #depth = 0

  get inProgress(): boolean {
    return this.#depth > 0
  }

  during<T>(call: () => T): T {
    this.#depth++
    try {
      return call()
    } finally {
      this.#depth--
    }
  }
}

/** Numbered stations of one kind. A task that finds none free gets a new number past the
 *  real ones: the world keeps going, and the timeline shows the extra station. */
class Stations {
  readonly #busy: (string | undefined)[] = []

  /** Who is using a station right now. */
  get users(): string[] {
    return this.#busy.filter((user): user is string => user !== undefined)
  }

  occupy(user: string): number {
    const free = this.#busy.indexOf(undefined)
    const index = free === -1 ? this.#busy.length : free
    this.#busy[index] = user
    return index
  }

  leave(index: number): void {
    this.#busy[index] = undefined
  }
}

/** The tray of fries, and what the code last saw of it: the cause of a rule broken at the fryer. */
class Tray {
  portions = 0
  /** Reads of friesOnTray since the tray was last filled, and whether one of them saw portions. */
  #readsSinceFill = 0
  #sawPortionsSinceFill = false
  /** What the last read saw, before or after the last fill. */
  #lastRead: number | undefined

  read(): number {
    this.#readsSinceFill++
    if (this.portions > 0) this.#sawPortionsSinceFill = true
    this.#lastRead = this.portions
    return this.portions
  }

  fill(portions: number): void {
    this.portions += portions
    this.#readsSinceFill = 0
    this.#sawPortionsSinceFill = false
  }

  /** Why a batch went in on a tray with portions: it was last seen empty, before the batch that filled it. */
  get staleCheck(): Cause | undefined {
    return this.#readsSinceFill === 0 && this.#lastRead === 0 ? 'tray-read-before-fill' : undefined
  }

  /** Why a portion was taken from an empty tray: portions were seen on it, and others took them first. */
  get staleTake(): Cause | undefined {
    return this.#sawPortionsSinceFill ? 'tray-read-with-portions' : undefined
  }
}

export function createRestaurant(config: RestaurantConfig, recorder: Recorder, calls = new ServeCalls()): Restaurant {
  const owned = Object.freeze({ ...config })
  const broken = (rule: Rule, cause: Cause | undefined, what: string) => recorder.event(lanes.violation(rule, cause), what)
  const calledFrom = (): Cause => (calls.inProgress ? 'in-serve-call' : 'after-await')

  /** Makes one item on a free station, drawn as a span on that station's lane. */
  const work = async (item: Item, stations: Stations, user: string, ms: number) => {
    const index = stations.occupy(user)
    const done = recorder.start(`${lanes.station[item]} ${index + 1}`, user)
    try {
      await sleep(ms)
    } finally {
      done()
      stations.leave(index)
    }
  }

  const sodaMachines = new Stations()
  const cooks = new Stations()
  const fryer = new Stations()
  const tray = new Tray()
  let batchStartedAt = 0

  // Client names are read once, as text, whatever the code passed.
  return hand({
    config: owned,

    async fillSoda(given: unknown) {
      const client = labelOf(given)
      const filling = [...sodaMachines.users, client]
      if (filling.length > owned.sodaMachines) broken('soda-machines', calledFrom(), BROKEN.cups(filling, owned.sodaMachines))
      await work('soda', sodaMachines, client, SODA_MS)
    },

    async cookBurger(given: unknown) {
      const client = labelOf(given)
      const cooking = [...cooks.users, client]
      if (cooking.length > owned.cooks) broken('cooks', calledFrom(), BROKEN.burgers(cooking, owned.cooks))
      await work('burger', cooks, client, BURGER_MS)
    },

    async cookFries() {
      if (fryer.users.length > 0) broken('one-batch-at-a-time', calledFrom(), BROKEN.secondBatch(batchStartedAt))
      else if (tray.portions > 0) broken('batch-on-empty-tray', tray.staleCheck, BROKEN.batchOnPortions(tray.portions))
      batchStartedAt = recorder.now()
      await work('fries', fryer, 'batch', FRIES_MS)
      tray.fill(owned.fryerPortions)
    },

    takeFries(given: unknown) {
      const client = labelOf(given)
      recorder.event(lanes.tray, client)
      if (tray.portions > 0) {
        tray.portions--
        return
      }
      broken('portion-on-tray', tray.staleTake, BROKEN.emptyTray(client, fryer.users.length > 0 ? batchStartedAt : undefined))
    },

    get friesOnTray() {
      return tray.read()
    },
  })
}
