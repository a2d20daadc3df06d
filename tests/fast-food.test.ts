// The fast-food specs tell each wrong restaurant from a right one, and say why; the reference
// solution reproduces the statement's figures, and the kit's counter serves as it does; and
// the upgrade the specs recognise by its hash is the cheapest.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import FakeTimers from '@sinonjs/fake-timers'
import { type RestaurantConfig, sleep } from '#runtime'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { Recorder } from '../grader/sandbox/recorder.ts'
import { spansOf, type TraceEvent } from '../grader/sandbox/trace.ts'
import { CHEAPEST } from '../grader/specs/fast-food/cheapest.ts'
import { KitchenModel, servedBy } from '../grader/specs/fast-food/kitchen-model.shared.ts'
import { type Serve, trackOrders } from '../grader/specs/fast-food/orders.jail.ts'
import { createRestaurant } from '../grader/specs/fast-food/restaurant.jail.ts'
import { BIGGER, type Load, type Order, PERF_LOADS, RUSH_AT_ONCE, TODAY } from '../grader/specs/fast-food/restaurant.shared.ts'
import { canonicalConfig, costOf, RUSH } from '../grader/specs/fast-food/upgrade.shared.ts'
import { saltedHash } from '../grader/specs/salted-hash.ts'
import { CHEAPEST_FILE, graderData } from '../scripts/grader-data.ts'
import { openRestaurant, perfTest, upgrade } from '../solutions/fast-food/fast-food.ts'
import { check, expectMisconception, failedChecks, feedbackText, gradeEach, kitRoot, submissionsIn } from './support/grading.ts'

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('fast-food', submissionsIn('fast-food'))
})

describe('fast-food misconceptions', () => {
  it('a soda machine shared without a lock: two cups at once, with the time and the clients', () => {
    expectMisconception(results['soda-no-lock']!, {
      'soda-machines': /at t=0, clients c1 and c2 filled 2 cups at once on 1 soda machine[\s\S]*shared without a lock/,
    })
    // The extra cups show up as extra soda machines on the timeline.
    const lanes = new Set(check(results['soda-no-lock']!, 'soda-machines').timeline?.actual.map((span) => span.lane))
    expect(lanes).toEqual(new Set(Array.from({ length: 10 }, (_, index) => `soda ${index + 1}`)))
  })

  it('more burgers than cooks: no semaphore on the kitchen', () => {
    expectMisconception(results['burgers-no-semaphore']!, {
      cooks: /at t=0, 4 burgers were cooking at once \(for c1, c2, c3 and c4\) with 3 cooks[\s\S]*limits the kitchen to its cooks/,
      'rush-times': /because a rule was broken: at t=0, 4 burgers were cooking at once/,
    })
  })

  it('the fries counter without a lock: a second batch while one cooks', () => {
    expectMisconception(results['fries-counter-no-lock']!, {
      'fries-batches': /at t=0, a second batch of fries went into the fryer while the batch started at t=0 was still cooking[\s\S]*without a lock/,
      'rush-times': /because a rule was broken: at t=0, a second batch of fries/,
    })
  })

  it("one order's items one after another: a lone client takes 8000 ms", () => {
    expectMisconception(results['items-one-after-another']!, {
      'alone-at-once': /resolved at t=8000[\s\S]*soda 0-1000, burger 1000-4000, fries 4000-8000[\s\S]*one after another/,
      'rush-times': /c1 was served in 8000 ms instead of 4000[\s\S]*one after another/,
    })
  })

  it("the statement's limits instead of restaurant.config: a bigger restaurant is underused", () => {
    expectMisconception(results['limits-from-the-seed']!, {
      'uses-config': /2 soda machines, 5 cooks and 8 portions per batch, serve never had more than 1 cup filling at once[\s\S]*from restaurant\.config/,
    })
  })

  it('a batch of 5 portions whatever the fryer: a new batch while portions remain', () => {
    expectMisconception(results['fries-counter-of-five']!, {
      'uses-config': /at t=4000, a new batch of fries went into the fryer while 3 portions were still on the tray[\s\S]*fryerPortions/,
    })
  })

  it('perfTest waiting for each order before the next arrival', () => {
    expectMisconception(results['perf-awaits-each-order']!, {
      'perf-arrivals':
        /placed order 2 \(client_2\) at t=5000, not at t=1000: it waited until order 1 was served at t=4000[\s\S]*clients do not wait for each other/,
    })
  })

  it('perfTest waiting periodMs before the first order too: the first client arrives at t=periodMs', () => {
    expectMisconception(results['perf-first-order-late']!, {
      'perf-arrivals':
        /timeoutMs: 5000 \}\) placed order 1 \(client_1\) at t=1000, not at t=0[\s\S]*the wait came before every order, the first one included[\s\S]*first client arrives at t=0/,
    })
  })

  it('perfTest counting an order served in exactly timeoutMs', () => {
    expectMisconception(results['perf-counts-at-limit']!, {
      'perf-counts': /timeoutMs: 4000 \}\) resolved with \{ satisfied: 10, total: 10 \}[\s\S]*so 8 of 10[\s\S]*strictly less/,
    })
  })

  it('perfTest awaiting its array of orders before timers fill it: told the orders came after it resolved, not that none were placed', () => {
    const result = results['perf-awaits-empty-array']!
    expectMisconception(result, {
      'perf-counts':
        /^perfTest\(serve, \{ clients: 10, periodMs: 1000, timeoutMs: 5000 \}\) resolved at t=0 with \{ satisfied: 0, total: 10 \} before placing any order: its orders were placed afterwards, at t=0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, and served after it had counted[\s\S]*it awaited its array of orders while the array was still empty \(Promise\.all of an empty array resolves at once\)/,
    })
    expect(feedbackText(result, 'perf-counts')).not.toMatch(/placed 0 orders/)
    // The timeline shows the ten orders, placed on time.
    const placed = check(result, 'perf-counts').timeline?.actual.map((span) => `${span.lane}@${span.start}`)
    expect(placed).toEqual(Array.from({ length: 10 }, (_, index) => `client_${index + 1}@${index * 1000}`))
  })

  it('perfTest placing its orders without keeping them: told they were placed on time but never awaited', () => {
    expectMisconception(results['perf-orders-not-collected']!, {
      'perf-counts':
        /^perfTest\(serve, \{ clients: 10, periodMs: 1000, timeoutMs: 5000 \}\) placed its 10 orders on time, then resolved at t=9000, right after placing the last one, while 3 were still being served: it waited for none of them[\s\S]*resolved at t=9000 with \{ satisfied: 0, total: 10 \}[\s\S]*the orders were placed but never awaited, so their durations were never collected/,
    })
  })

  it('one lock around the whole order: told the orders were served one at a time, not about a station lock it lacks', () => {
    const result = results['whole-order-lock']!
    expectMisconception(result, {
      'rush-times':
        /the 10 clients were served in 4000, 7000, 10000, 13000, 16000, 20000, 23000, 26000, 29000, 32000 ms, not as in the statement's table: the orders were prepared one at a time, c2's items starting only at t=4000, when c1 was served[\s\S]*one lock \(or queue\) around the whole order/,
      'uses-config': /serve never had more than 1 cup filling at once[\s\S]*one lock \(or queue\) around the whole order/,
    })
    expect(feedbackText(result, 'rush-times')).not.toMatch(/hold a soda machine/)
  })

  it('locks and semaphores created inside serve: each station is told every order had its own, not that it has no lock', () => {
    const result = results['semaphores-per-order']!
    const perOrder = (method: string, made: string) =>
      new RegExp(`every order awaited something before ${method}, yet none waited for another: all 10 ${made} at once[\\s\\S]*created inside serve`)
    expectMisconception(result, {
      'soda-machines': /at t=0, clients c1 and c2 filled 2 cups at once on 1 soda machine/,
      cooks: /at t=0, 4 burgers were cooking at once \(for c1, c2, c3 and c4\) with 3 cooks/,
      'fries-batches':
        /at t=0, a second batch of fries went into the fryer[\s\S]*10 batches cooked at once[\s\S]*a Lock created inside serve is a new one for each order/,
      'rush-times': /because a rule was broken: at t=0, clients c1 and c2 filled 2 cups at once[\s\S]*created inside serve/,
    })
    expect(feedbackText(result, 'soda-machines')).toMatch(perOrder('fillSoda', 'cups were filled'))
    expect(feedbackText(result, 'cooks')).toMatch(perOrder('cookBurger', 'burgers were cooked'))
    for (const id of ['soda-machines', 'cooks', 'fries-batches']) expect(feedbackText(result, id)).not.toMatch(/without a lock|nothing limits/)
  })

  it('the fries tray checked before taking the fryer lock: told the check was outside the lock', () => {
    expectMisconception(results['fries-check-outside-lock']!, {
      'fries-batches':
        /at t=4000, a new batch of fries went into the fryer while 5 portions were still on the tray[\s\S]*the tray was checked before the fryer lock was taken[\s\S]*Take the lock first, then check the tray/,
      'rush-times': /because a rule was broken: at t=4000, a new batch of fries[\s\S]*the tray was checked before the fryer lock was taken/,
    })
  })

  it('the portion taken after releasing the fryer lock: told the take was outside the lock', () => {
    expectMisconception(results['fries-take-outside-lock']!, {
      'fries-batches':
        /at t=4000, client c6 took fries from an empty tray[\s\S]*the check of the tray and the take of the portion were not under one lock[\s\S]*Take the portion before releasing the fryer lock/,
      'rush-times': /because a rule was broken: at t=4000, client c6 took fries from an empty tray[\s\S]*not under one lock/,
    })
  })

  it('an upgrade too small: the fryer cannot keep up', () => {
    expectMisconception(results['upgrade-too-small']!, {
      'upgrade-in-time': /cost 199\), 8\/60 clients of the rush are served in under 5000 ms[\s\S]*the fryer cannot keep up/,
      'upgrade-cheapest': /does not serve everyone in time \(8\/60\)/,
    })
  })

  it('an upgrade too expensive: a cheaper configuration exists', () => {
    expectMisconception(results['upgrade-too-expensive']!, {
      'upgrade-cheapest': /your upgrade costs 299 and serves 60\/60 in time; a cheaper configuration exists/,
    })
  })

  it.each(['correct-hand-written', 'correct-own-counter'])('%s scores full', (name) => {
    expectMisconception(results[name]!, {})
  })
})

/** Runs `work` under a fake clock starting at 0 until no timer is left. */
async function inVirtualTime<T>(work: (recorder: Recorder) => Promise<T>): Promise<T> {
  const clock = FakeTimers.install({ now: 0, toFake: ['setTimeout', 'clearTimeout', 'performance'], loopLimit: 10_000_000 })
  try {
    const done = work(new Recorder(() => clock.now))
    await clock.runAllAsync()
    return await done
  } finally {
    clock.uninstall()
  }
}

const referenceServe = (config: RestaurantConfig, recorder: Recorder): Serve => openRestaurant(createRestaurant(config, recorder)).serve
const took = (orders: Order[]) => orders.map((order) => order.took)

/** Clients c1..cN, one every periodMs from t=0 (all at once when it is 0); the orders once all are served. */
async function placeOrders(serve: Serve, load: Pick<Load, 'clients' | 'periodMs'>, recorder: Recorder): Promise<Order[]> {
  const tracked = trackOrders(serve, recorder)
  const served: Promise<number>[] = []
  for (let n = 1; n <= load.clients; n++) {
    if (n > 1 && load.periodMs > 0) await sleep(load.periodMs)
    served.push(tracked.serve(`c${n}`))
  }
  await Promise.all(served)
  return tracked.orders
}

/** A trace as what it records, whatever the order of what happened at one instant: its spans, then its events. */
function recorded(trace: readonly TraceEvent[]): string[] {
  const spans = spansOf(trace).map((span) => `${span.lane} ${span.label} ${span.start}-${span.end}`)
  const events = trace.filter((event) => event.kind === 'event').map((event) => `${event.lane} ${event.label} @${event.t}`)
  return [...spans.sort(), ...events.sort()]
}

/** `load` served by the reference solution on a restaurant of `config`, logged on a recorder of its own. */
async function solutionRun(config: RestaurantConfig, load: Pick<Load, 'clients' | 'periodMs'>, clock: Recorder) {
  const recorder = new Recorder(() => clock.now())
  const orders = await placeOrders(referenceServe(config, recorder), load, recorder)
  return { orders, trace: recorder.trace() }
}

describe("the reference solution reproduces the statement's figures", () => {
  it('one client alone is served in 4000 ms', async () => {
    expect(await inVirtualTime((recorder) => referenceServe(TODAY, recorder)('c1'))).toBe(4000)
  })

  it("10 clients at t=0 are served as in the statement's table", async () => {
    const orders = await inVirtualTime((recorder) => placeOrders(referenceServe(TODAY, recorder), { clients: 10, periodMs: 0 }, recorder))
    expect(took(orders)).toEqual([4000, 4000, 4000, 6000, 6000, 8000, 9000, 9000, 9000, 12000])
  })

  it('perfTest satisfies 10/10 at one client a second and 5/10 at two, within 5000 ms', async () => {
    const load = (periodMs: number) => ({ clients: 10, periodMs, timeoutMs: 5000 })
    expect(await inVirtualTime((recorder) => perfTest(referenceServe(TODAY, recorder), load(1000)))).toEqual({ satisfied: 10, total: 10 })
    expect(await inVirtualTime((recorder) => perfTest(referenceServe(TODAY, recorder), load(500)))).toEqual({ satisfied: 5, total: 10 })
  })
})

describe("the kit's counter serves as the reference solution does, span for span", () => {
  const runs: [string, RestaurantConfig, Pick<Load, 'clients' | 'periodMs'>][] = [
    ["today's rush of ten at once", TODAY, RUSH_AT_ONCE],
    ['the bigger restaurant', BIGGER, RUSH_AT_ONCE],
    ...Object.entries(PERF_LOADS).map(([name, load]): [string, RestaurantConfig, Load] => [name, TODAY, load]),
  ]
  it.each(runs)('%s', async (_, config, load) => {
    const solution = await inVirtualTime((clock) => solutionRun(config, load, clock))
    const model = servedBy(config, load)
    expect(recorded(model.trace)).toEqual(recorded(solution.trace))
    expect(took(model.orders)).toEqual(took(solution.orders))
  })

  it('orders placed at any times, as a wrong perfTest places them', async () => {
    const arrivals = [0, 0, 300, 1000, 1000, 2500, 4000, 4000, 4100, 9000, 9000, 9001, 15000]
    for (const config of [TODAY, BIGGER, { sodaMachines: 3, cooks: 1, fryerPortions: 2 }]) {
      const solution = await inVirtualTime(async (clock) => {
        const serve = trackOrders(referenceServe(config, new Recorder(() => clock.now())), clock).serve
        const served: Promise<number>[] = []
        for (const [index, at] of arrivals.entries()) {
          await sleep(at - clock.now())
          served.push(serve(`c${index + 1}`))
        }
        return Promise.all(served)
      })
      const kitchen = new KitchenModel(config)
      expect(arrivals.map((at, index) => kitchen.order(`c${index + 1}`, at).took)).toEqual(solution)
    }
  })
})

describe('the cheapest upgrade', () => {
  it(`is ${JSON.stringify(upgrade)} at cost ${costOf(upgrade)}: exhaustive search of every cheaper configuration`, async () => {
    // Every unit costs something, so a configuration cheaper than the answer has at most
    // floor(answer / price) units beyond today's of each kind; fewer than today's are tried too.
    const within = (key: keyof RestaurantConfig, price: number) =>
      Array.from({ length: TODAY[key] + Math.floor(costOf(upgrade) / price) }, (_, index) => index + 1)
    const candidates = within('sodaMachines', 100)
      .flatMap((sodaMachines) =>
        within('cooks', 33).flatMap((cooks) => within('fryerPortions', 20).map((fryerPortions) => ({ sodaMachines, cooks, fryerPortions }))),
      )
      .filter((config) => costOf(config) <= costOf(upgrade))

    const rushes = await inVirtualTime((clock) => Promise.all(candidates.map((config) => solutionRun(config, RUSH, clock))))
    const holding = candidates.filter((_, index) => rushes[index]!.orders.every((order) => (order.took as number) < RUSH.timeoutMs))
    expect(candidates.length).toBeGreaterThan(100)
    expect(holding).toEqual([upgrade])
    // The upgrade scenario serves the rush with the kit's counter: the same, whatever the configuration.
    for (const [index, config] of candidates.entries()) expect(recorded(servedBy(config, RUSH).trace)).toEqual(recorded(rushes[index]!.trace))
  })

  it('is what the grader recognises by its salted hash, and all it knows of it', () => {
    expect(saltedHash(CHEAPEST.salt, canonicalConfig(upgrade))).toBe(CHEAPEST.sha256)
    expect(readFileSync(join(kitRoot, CHEAPEST_FILE), 'utf8')).toBe(graderData()[CHEAPEST_FILE])
  })
})

/** A do-nothing submission earns nothing: every check fails. */
function expectNothingEarned(result: ExerciseResult): void {
  expect(result.points).toBe(0)
  expect(failedChecks(result)).toEqual(result.checks.map((candidate) => candidate.id))
}

describe('fast-food: do-nothing submissions score 0 on every check', () => {
  it.each(['do-nothing-empty', 'do-nothing-constants', 'do-nothing-waits'])('%s', (name) => {
    expectNothingEarned(results[name]!)
  })

  it('a perfTest that places no order has nothing to count, whatever it resolves with', () => {
    expect(feedbackText(results['do-nothing-empty']!, 'perf-counts')).toMatch(
      /perfTest\(serve, \{ clients: 10, periodMs: 1000, timeoutMs: 5000 \}\) placed 0 orders for 10 clients, so it had nothing to count, yet resolved with \{ satisfied: 0, total: 10 \}[\s\S]*10 orders placed/,
    )
    expect(feedbackText(results['do-nothing-constants']!, 'perf-counts')).toMatch(/placed 0 orders for 10 clients[\s\S]*\{ satisfied: 10, total: 10 \}/)
  })

  it('a serve that makes nothing: the rush is served without any item', () => {
    expect(feedbackText(results['do-nothing-waits']!, 'rush-times')).toMatch(
      /serve\('c1'\) resolved at t=4000 with 4000 without making anything: the restaurant made no soda, no burger and no fries for c1/,
    )
  })
})
