// The simulated restaurant, instrumented. Every item made is a span on the lane of the
// station that made it ("soda 1", "cook 2", "fryer 1"), every portion taken an event on
// "tray", and every rule broken an event on a "violation <rule>" lane, stamped with the
// virtual time and the clients involved. An extra station lane ("soda 2" on a restaurant
// with one machine) is what a broken rule looks like on the timeline.
import { sleep, type Restaurant, type RestaurantConfig } from '#runtime'
import type { Lang, Text } from '../../language.ts'
import { say } from '../say.ts'
import { labelOf, type Recorder } from '../../sandbox/recorder.ts'
import { hand } from '../../sandbox/scenario.ts'

export const SODA_MS = 1000
export const BURGER_MS = 3000
export const FRIES_MS = 4000

/** The restaurant of the seed, before any upgrade. */
export const TODAY: RestaurantConfig = Object.freeze({ sodaMachines: 1, cooks: 3, fryerPortions: 5 })

export type Item = 'soda' | 'burger' | 'fries'
export const ITEMS: readonly Item[] = ['soda', 'burger', 'fries']

/** The rules of the restaurant, and the item each one is about. */
export const RULES = {
  'soda-machines': 'soda',
  cooks: 'burger',
  'one-batch-at-a-time': 'fries',
  'batch-on-empty-tray': 'fries',
  'portion-on-tray': 'fries',
} as const satisfies Record<string, Item>
export type Rule = keyof typeof RULES

/** The trace lanes of the world, shared by the world that writes them and the specs that read them. */
export const lanes = {
  station: { soda: 'soda', burger: 'cook', fries: 'fryer' } as Record<Item, string>,
  tray: 'tray',
  violation: (rule: Rule) => `violation ${rule}`,
}

// Wording shared by the world (which records violations in the grading's language) and
// the specs: each helper gives a Text, and `say` picks the language.

/** "c1", "c1 and c2", "c1, c2 and c3". */
export function listOf(names: readonly string[]): Text {
  const list = (and: string) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`)
  return { en: list('and'), fr: list('et') }
}

/** A noun, singular and plural, in every language. */
export type Noun = Record<Lang, readonly [one: string, many: string]>

export const NOUNS = {
  sodaMachine: { en: ['soda machine', 'soda machines'], fr: ['machine à soda', 'machines à soda'] },
  cook: { en: ['cook', 'cooks'], fr: ['cuisinier', 'cuisiniers'] },
  portion: { en: ['portion', 'portions'], fr: ['portion', 'portions'] },
  cup: { en: ['cup', 'cups'], fr: ['gobelet', 'gobelets'] },
  burger: { en: ['burger', 'burgers'], fr: ['burger', 'burgers'] },
  order: { en: ['order', 'orders'], fr: ['commande', 'commandes'] },
  rule: { en: ['rule', 'rules'], fr: ['règle', 'règles'] },
} as const satisfies Record<string, Noun>

/** "1 soda machine", "2 soda machines"; in French, 0 and 1 take the singular. */
export function counted(count: number, noun: Noun): Text {
  return { en: `${count} ${noun.en[count === 1 ? 0 : 1]}`, fr: `${count} ${noun.fr[count > 1 ? 1 : 0]}` }
}

/** A violation's label on the trace: its wording in every language, and back. */

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

export function createRestaurant(config: RestaurantConfig, recorder: Recorder): Restaurant {
  const owned = Object.freeze({ ...config })
  const violation = (rule: Rule, what: Text) => recorder.event(lanes.violation(rule), say(what))

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
  let batchStartedAt = 0
  let tray = 0

  // Client names are read once, as text, whatever the code passed.
  return hand({
    config: owned,

    async fillSoda(given: unknown) {
      const client = labelOf(given)
      const filling = [...sodaMachines.users, client]
      if (filling.length > owned.sodaMachines) {
        const [who, machines] = [listOf(filling), counted(owned.sodaMachines, NOUNS.sodaMachine)]
        violation('soda-machines', {
          en: `clients ${who.en} filled ${filling.length} cups at once on ${machines.en}`,
          fr: `les clients ${who.fr} ont rempli ${filling.length} gobelets en même temps sur ${machines.fr}`,
        })
      }
      await work('soda', sodaMachines, client, SODA_MS)
    },

    async cookBurger(given: unknown) {
      const client = labelOf(given)
      const cooking = [...cooks.users, client]
      if (cooking.length > owned.cooks) {
        const [who, staff] = [listOf(cooking), counted(owned.cooks, NOUNS.cook)]
        violation('cooks', {
          en: `${cooking.length} burgers were cooking at once (for ${who.en}) with ${staff.en}`,
          fr: `${cooking.length} burgers étaient en préparation en même temps (pour ${who.fr}) avec ${staff.fr}`,
        })
      }
      await work('burger', cooks, client, BURGER_MS)
    },

    async cookFries() {
      if (fryer.users.length > 0) {
        violation('one-batch-at-a-time', {
          en: `a second batch of fries went into the fryer while the batch started at t=${batchStartedAt} was still cooking`,
          fr: `une deuxième fournée de frites est entrée dans la friteuse alors que la fournée lancée à t=${batchStartedAt} cuisait encore`,
        })
      } else if (tray > 0) {
        const left = counted(tray, NOUNS.portion)
        violation('batch-on-empty-tray', {
          en: `a new batch of fries went into the fryer while ${left.en} ${tray === 1 ? 'was' : 'were'} still on the tray`,
          fr: `une nouvelle fournée de frites est entrée dans la friteuse alors qu'il restait ${left.fr} dans le bac`,
        })
      }
      batchStartedAt = recorder.now()
      await work('fries', fryer, 'batch', FRIES_MS)
      tray += owned.fryerPortions
    },

    takeFries(given: unknown) {
      const client = labelOf(given)
      recorder.event(lanes.tray, client)
      if (tray > 0) {
        tray--
        return
      }
      const cooking = fryer.users.length > 0
      violation('portion-on-tray', {
        en: `client ${client} took fries from an empty tray${cooking ? ` (the batch started at t=${batchStartedAt} was still cooking)` : ''}`,
        fr: `le client ${client} a pris des frites dans un bac vide${cooking ? ` (la fournée lancée à t=${batchStartedAt} cuisait encore)` : ''}`,
      })
    },

    get friesOnTray() {
      return tray
    },
  })
}
