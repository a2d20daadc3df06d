import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { explainOutcome, fail, rejectedAt, resolvesAt, settledAt } from '../feedback.ts'
import { gradeExercise } from '../kit.ts'
import { say } from '../say.ts'
import { diagnose, ending, ownTimersLeft, requestsOf, requireRequests, sameData, serversText, showResult, timelineOf } from './reading.ts'
import {
  FORECASTS,
  SERVERS,
  WORLDS,
  expectedEntries,
  expectedSettle,
  failureMessage,
  pendingAtSettle,
  settleReason,
  type Entry,
  type ScenarioName,
  type ServerName,
  type World,
} from './worlds.ts'

/** When the call settled; fails with the standard explanation of any other ending (the stub's included). */
function settleTime(run: ScenarioRun, world: World): number {
  const outcome = run.outcome
  if (outcome.kind === 'rejected' && /not implemented yet/i.test(outcome.error.message)) fail(explainOutcome(run, world.call))
  if (outcome.kind === 'deadlock') {
    const silent = SERVERS.find((server) => !Number.isFinite(world.replies[server].afterMs))
    fail({
      ...explainOutcome(run, world.call),
      ...(silent
        ? {
            mistake: say({
              en: `server ${silent} never replies, and nothing stopped the wait: the budget has to end it, by aborting the request at the deadline (timeout() from #runtime, or your own timer and AbortController)`,
              fr: `le serveur ${silent} ne répond jamais, et rien n'a interrompu l'attente : c'est le budget qui doit y mettre fin, en annulant la requête à l'échéance (timeout() de #runtime, ou votre propre minuteur et un AbortController)`,
            }),
          }
        : {}),
      timeline: timelineOf(run, world),
    })
  }
  return settledAt(run, world.call)
}

/** What ends the wait for the pending requests, in words: "the deadline (t=3000)". */
function occasion(world: World): string {
  const at = expectedSettle(world)
  return `${at === world.budgetMs ? say({ en: 'the deadline', fr: "l'échéance" }) : say(settleReason(world))} (t=${at})`
}

/** Every request still pending when the call should settle has been aborted by then. */
function checkAborted(run: ScenarioRun, world: World): void {
  const at = settleTime(run, world)
  const by = expectedSettle(world)
  const onFailure = by !== world.budgetMs
  const pending = pendingAtSettle(world)
  requireRequests(
    run,
    world,
    at,
    say({
      en: `${serversText(pending)} still pending at ${occasion(world)}, and aborted then`,
      fr: `${serversText(pending)} encore en attente au moment de ${occasion(world)}, et annulé${pending.length > 1 ? 's' : ''} à ce moment-là`,
    }),
  )
  // An abort made by a timer that fired after the call settled counts only while the
  // deadline had not come yet: a call that settles at the deadline must have aborted by then.
  const settledAt = 'at' in run.outcome ? run.outcome.at : by
  for (const request of requestsOf(run)) {
    if (!pendingAtSettle(world).includes(request.server) || request.start > by) continue
    if (request.abortedAt !== undefined && request.abortedAt <= by && !(request.abortedLate && settledAt >= by)) continue
    const server = say({ en: `server ${request.server}`, fr: `le serveur ${request.server}` })
    const said = { expected: say({ en: `${server} aborted by t=${by}`, fr: `${server} annulé au plus tard à t=${by}` }), timeline: timelineOf(run, world) }
    if (request.abortedLate) {
      fail({
        ...said,
        message: say({
          en: `${server} was aborted at t=${request.abortedAt}, only after the call had settled, by a timer left running`,
          fr: `${server} a été annulé à t=${request.abortedAt}, seulement après la fin de l'appel, par un minuteur resté armé`,
        }),
        actual: say({ en: `${server} aborted after the call settled`, fr: `${server} annulé après la fin de l'appel` }),
        mistake: say({
          en: 'abort the pending requests before the call settles, not from a timer afterwards: once it has returned, nothing it left should still run',
          fr: "annulez les requêtes en attente avant que l'appel ne se termine, pas depuis un minuteur ensuite : une fois qu'il a rendu la main, rien de ce qu'il a lancé ne doit encore tourner",
        }),
      })
    }
    if (request.abortedAt !== undefined) {
      fail({
        ...said,
        message: say({
          en: `${server} was aborted at t=${request.abortedAt}, after ${occasion(world)}`,
          fr: `${server} a été annulé à t=${request.abortedAt}, après ${occasion(world)}`,
        }),
        actual: say({ en: `${server} aborted at t=${request.abortedAt}`, fr: `${server} annulé à t=${request.abortedAt}` }),
        mistake:
          diagnose(run, world, request.abortedAt) ??
          say({
            en: 'abort the requests still pending at the deadline itself',
            fr: "annulez les requêtes encore en attente à l'échéance même",
          }),
      })
    }
    fail({
      ...said,
      message:
        request.end === undefined
          ? say({
              en: `${server} was never aborted: after ${occasion(world)} its request was still waiting, for a reply that never comes`,
              fr: `${server} n'a jamais été annulé : après ${occasion(world)}, sa requête attendait encore une réponse qui ne vient jamais`,
            })
          : say({
              en: `${server} was not aborted at ${occasion(world)}: its request kept running and replied at t=${request.end}`,
              fr: `${server} n'a pas été annulé au moment de ${occasion(world)} : sa requête a continué et a répondu à t=${request.end}`,
            }),
      actual:
        request.end === undefined
          ? say({ en: `${server} still waiting`, fr: `${server} toujours en attente` })
          : say({ en: `${server} ran until t=${request.end}`, fr: `${server} a continué jusqu'à t=${request.end}` }),
      mistake: !request.withSignal
        ? say({
            en: `fetchWeather was called without a signal, so nothing could stop the request (Promise.race, or an early return, only stops waiting for it): pass an AbortSignal to every request and abort it ${onFailure ? 'when a server fails' : 'at the deadline'}`,
            fr: `fetchWeather a été appelée sans signal, donc rien ne pouvait arrêter la requête (Promise.race, ou un return anticipé, cesse seulement de l'attendre) : passez un AbortSignal à chaque requête et annulez-le ${onFailure ? 'quand un serveur tombe en panne' : "à l'échéance"}`,
          })
        : onFailure
          ? say({
              en: 'Promise.all rejects at the first failure but leaves the other requests running: abort their signal when one fails',
              fr: "Promise.all rejette dès la première panne mais laisse tourner les autres requêtes : annulez leur signal quand l'une d'elles échoue",
            })
          : say({
              en: 'Promise.race (or a timer) only stops waiting; it does not stop the requests: abort the signal you gave them at the deadline',
              fr: "Promise.race (ou un minuteur) cesse seulement d'attendre ; il n'arrête pas les requêtes : annulez à l'échéance le signal que vous leur avez donné",
            }),
    })
  }
}

// fetchAvailableWithin

const showEntry = (entry: unknown): string => showResult([entry]).slice(1, -1)

/** The contract's fields of an entry, to compare regardless of extra ones. */
function entryFields(entry: unknown): unknown {
  if (!entry || typeof entry !== 'object') return entry
  const { server, ok, forecast, reason } = entry as Record<string, unknown>
  return ok === true ? { server, ok, forecast } : { server, ok, reason }
}

/** What went wrong with one server's entry, worst first: a lost forecast, a failure taken for a timeout... */
function entryMistake(world: World, server: ServerName, expected: Entry, actual: unknown, at: number, run: ScenarioRun) {
  const reply = world.replies[server]
  const got = showEntry(actual)
  const isOk = (actual as { ok?: unknown } | undefined)?.ok === true
  if (expected.ok && !isOk) {
    return {
      rank: 0,
      message: say({
        en: `server ${server}'s forecast arrived at t=${reply.afterMs}, but was reported as ${got}`,
        fr: `la prévision du serveur ${server} est arrivée à t=${reply.afterMs}, mais a été signalée comme ${got}`,
      }),
      mistake: say({
        en: 'the forecasts that did arrive were lost: keep each forecast as it arrives, and report as "timeout" only the servers still pending at the deadline',
        fr: 'les prévisions qui sont bien arrivées ont été perdues : gardez chaque prévision dès son arrivée, et ne signalez comme "timeout" que les serveurs encore en attente à l\'échéance',
      }),
    }
  }
  if (!expected.ok && expected.reason === 'error') {
    return {
      rank: 1,
      message: say({
        en: `server ${server} failed at t=${reply.afterMs}, but was reported as ${got}`,
        fr: `le serveur ${server} est tombé en panne à t=${reply.afterMs}, mais a été signalé comme ${got}`,
      }),
      mistake: say({
        en: 'tell a failure from a timeout: a request that rejected by itself before the deadline is an "error"; only one still pending at the deadline is a "timeout"',
        fr: 'distinguez une panne d\'un dépassement de délai : une requête rompue d\'elle-même avant l\'échéance est une "error" ; seule une requête encore en attente à l\'échéance est un "timeout"',
      }),
    }
  }
  if (!expected.ok && isOk) {
    return {
      rank: 2,
      message: say({
        en: `server ${server} was reported with a forecast, but it had not replied by the deadline (t=${world.budgetMs}); it replied at t=${reply.afterMs}`,
        fr: `le serveur ${server} a été signalé avec une prévision, mais il n'avait pas répondu à l'échéance (t=${world.budgetMs}) ; il a répondu à t=${reply.afterMs}`,
      }),
      mistake:
        diagnose(run, world, at) ??
        say({
          en: 'a server that has not replied by the deadline is a "timeout"',
          fr: 'un serveur qui n\'a pas répondu à l\'échéance est un "timeout"',
        }),
    }
  }
  if (!expected.ok) {
    return {
      rank: 2,
      message: say({
        en: `server ${server} was still pending at the deadline (t=${world.budgetMs}), but was reported as ${got}`,
        fr: `le serveur ${server} était encore en attente à l'échéance (t=${world.budgetMs}), mais a été signalé comme ${got}`,
      }),
      mistake: say({
        en: 'a request aborted at the deadline rejects too: report it as "timeout"; "error" is for a server that failed by itself',
        fr: 'une requête annulée à l\'échéance est rompue, elle aussi : signalez-la comme "timeout" ; "error" est réservé à un serveur tombé en panne de lui-même',
      }),
    }
  }
  return {
    rank: 3,
    message: say({ en: `server ${server}'s entry is ${show(actual)}`, fr: `l'entrée du serveur ${server} est ${show(actual)}` }),
    mistake: say({
      en: `an entry with a forecast is { server: "${server}", ok: true, forecast }, holding the forecast the server replied`,
      fr: `une entrée avec une prévision est { server: "${server}", ok: true, forecast }, qui contient la prévision renvoyée par le serveur`,
    }),
  }
}

/** fetchAvailableWithin settles when it should, with one right entry per server, in input order. */
function checkEntries(run: ScenarioRun, world: World): void {
  const at = settleTime(run, world)
  const expected = expectedEntries(world)
  const expectedAt = expectedSettle(world)
  const reason = say(settleReason(world))
  const said = {
    expected: say({
      en: `resolves at t=${expectedAt} (${reason}) with ${showResult(expected)}`,
      fr: `se résout à t=${expectedAt} (${reason}) avec ${showResult(expected)}`,
    }),
    actual: ending(run),
    timeline: timelineOf(run, world),
  }
  requireRequests(run, world, at, said.expected)
  const outcome = run.outcome
  if (outcome.kind === 'rejected') {
    const failed = SERVERS.find((server) => outcome.error.message === failureMessage(server))
    fail({
      ...said,
      message: `fetchAvailableWithin ${ending(run)}`,
      mistake: failed
        ? say({
            en: `server ${failed}'s failure made the whole call reject: best effort reports it as { ok: false, reason: "error" } and keeps the others`,
            fr: `la panne du serveur ${failed} a fait rejeter tout l'appel : la version au mieux la signale comme { ok: false, reason: "error" } et garde les autres`,
          })
        : outcome.error.name === 'TimeoutError'
          ? say({
              en: 'best effort never fails as a whole: when the budget runs out, keep the forecasts that arrived and report the servers still pending as "timeout"',
              fr: 'la version au mieux n\'échoue jamais en bloc : quand le budget est épuisé, gardez les prévisions arrivées et signalez comme "timeout" les serveurs encore en attente',
            })
          : diagnose(run, world, at),
    })
  }
  const value = outcome.kind === 'resolved' ? outcome.value : undefined
  if (!Array.isArray(value) || value.length !== SERVERS.length) {
    fail({
      ...said,
      message: `fetchAvailableWithin ${ending(run)}`,
      mistake: say({ en: 'resolve with one entry per server, in the order of servers', fr: "résolvez avec une entrée par serveur, dans l'ordre de servers" }),
    })
  }
  const order = value.map((entry) => (entry as { server?: unknown } | null)?.server)
  if (!sameData(order, SERVERS)) {
    const shownOrder = order.map((name) => (typeof name === 'string' ? name : show(name))).join(', ')
    fail({
      ...said,
      message: say({
        en: `fetchAvailableWithin returned its entries in the order ${shownOrder}, not ${SERVERS.join(', ')} (the order of servers)`,
        fr: `fetchAvailableWithin a renvoyé ses entrées dans l'ordre ${shownOrder}, et non ${SERVERS.join(', ')} (l'ordre de servers)`,
      }),
      mistake:
        [...order].sort().join() === [...SERVERS].join()
          ? say({
              en: "keep the order of servers (fill each server's own slot), not the order the replies arrived in",
              fr: "gardez l'ordre de servers (remplissez la place propre à chaque serveur), et non l'ordre d'arrivée des réponses",
            })
          : say({
              en: "one entry per server, whose server field is the server's name",
              fr: 'une entrée par serveur, dont le champ server est le nom du serveur',
            }),
    })
  }
  const wrong = SERVERS.flatMap((server, index) =>
    sameData(entryFields(value[index]), expected[index]) ? [] : [entryMistake(world, server, expected[index]!, value[index], at, run)],
  ).sort((a, b) => a.rank - b.rank)
  if (wrong[0]) fail({ ...said, message: wrong[0].message, mistake: wrong[0].mistake })
  if (at !== expectedAt) {
    fail({
      ...said,
      message: say({
        en: `fetchAvailableWithin resolved at t=${at}, not at t=${expectedAt} (${reason})`,
        fr: `fetchAvailableWithin s'est résolue à t=${at}, et non à t=${expectedAt} (${reason})`,
      }),
      mistake:
        diagnose(run, world, at) ??
        (at < expectedAt
          ? say({
              en: 'a missing await: the call resolved before the replies it reports had arrived',
              fr: "un await manquant : l'appel s'est résolu avant l'arrivée des réponses qu'il rapporte",
            })
          : say({
              en: `every server had replied by t=${expectedAt}, yet it waited on: settle as soon as the last reply arrives, and at the budget only if some are still pending`,
              fr: `tous les serveurs avaient répondu à t=${expectedAt}, et pourtant elle a continué d'attendre : terminez dès l'arrivée de la dernière réponse, et à l'échéance du budget seulement s'il reste des requêtes en attente`,
            })),
    })
  }
}

gradeExercise('weather-timeout', ({ scenario, check }) => {
  const runs = Object.fromEntries(Object.keys(WORLDS).map((name) => [name, scenario(name)])) as unknown as Record<ScenarioName, () => Promise<ScenarioRun>>
  const each = async (names: ScenarioName[], body: (run: ScenarioRun, world: World) => void) => {
    for (const name of names) body(await runs[name](), WORLDS[name])
  }

  check('all-in-order', () =>
    each(['all-fast'], (run, world) => {
      const at = settleTime(run, world)
      const expectedAt = expectedSettle(world)
      const forecasts = SERVERS.map((server) => FORECASTS[server])
      const said = { expected: resolvesAt(expectedAt, showResult(forecasts)), actual: ending(run), timeline: timelineOf(run, world) }
      requireRequests(run, world, at, said.expected)
      if (run.outcome.kind === 'rejected') {
        fail({
          ...said,
          message: say({
            en: `fetchAllWithin ${ending(run)}, although every server replied by t=${expectedAt}, within the budget of ${world.budgetMs} ms`,
            fr: `fetchAllWithin ${ending(run)}, alors que tous les serveurs avaient répondu à t=${expectedAt}, dans le budget de ${world.budgetMs} ms`,
          }),
          mistake:
            diagnose(run, world, at) ??
            say({
              en: 'every server replied in time: the call resolves with their forecasts',
              fr: "tous les serveurs ont répondu à temps : l'appel se résout avec leurs prévisions",
            }),
        })
      }
      const value = run.outcome.kind === 'resolved' ? run.outcome.value : undefined
      if (at !== expectedAt) {
        fail({
          ...said,
          message: say({
            en: `fetchAllWithin resolved at t=${at}, not when the last server replied (t=${expectedAt})`,
            fr: `fetchAllWithin s'est résolue à t=${at}, et non quand le dernier serveur a répondu (t=${expectedAt})`,
          }),
          mistake:
            diagnose(run, world, at) ??
            (at < expectedAt
              ? say({
                  en: 'a missing await: the call resolved before every server had replied',
                  fr: "un await manquant : l'appel s'est résolu avant que tous les serveurs aient répondu",
                })
              : say({
                  en: 'something waited after the last reply: resolve as soon as every forecast is in',
                  fr: 'quelque chose a attendu après la dernière réponse : résolvez dès que toutes les prévisions sont là',
                })),
        })
      }
      if (!sameData(value, forecasts)) {
        const arrival = [...SERVERS].sort((a, b) => world.replies[a].afterMs - world.replies[b].afterMs).map((server) => FORECASTS[server])
        fail({
          ...said,
          message: say({ en: `fetchAllWithin resolved with ${showResult(value)}`, fr: `fetchAllWithin s'est résolue avec ${showResult(value)}` }),
          mistake: sameData(value, arrival)
            ? say({
                en: 'the forecasts are in the order they arrived: keep the order of servers (Promise.all does)',
                fr: "les prévisions sont dans leur ordre d'arrivée : gardez l'ordre de servers (comme le fait Promise.all)",
              })
            : Array.isArray(value) && value.some((item) => show(item) === 'a Promise')
              ? say({
                  en: 'a missing await: the result holds promises instead of forecasts',
                  fr: 'un await manquant : le résultat contient des promesses au lieu de prévisions',
                })
              : say({
                  en: 'resolve with the forecasts fetchWeather returned, one per server, in the order of servers',
                  fr: "résolvez avec les prévisions renvoyées par fetchWeather, une par serveur, dans l'ordre de servers",
                }),
        })
      }
    }),
  )

  check('all-timeout-at-budget', () =>
    each(['all-slow', 'all-never'], (run, world) => {
      const at = settleTime(run, world)
      const budget = world.budgetMs
      const said = {
        expected: say({ en: `rejects with a TimeoutError at t=${budget}`, fr: `rejette avec une TimeoutError à t=${budget}` }),
        actual: ending(run),
        timeline: timelineOf(run, world),
      }
      const pending = pendingAtSettle(world)
      requireRequests(
        run,
        world,
        at,
        say({
          en: `${serversText(pending)} still pending when the budget runs out, so the call rejects with a TimeoutError at t=${budget}`,
          fr: `${serversText(pending)} encore en attente quand le budget est épuisé, si bien que l'appel rejette avec une TimeoutError à t=${budget}`,
        }),
      )
      const outcome = run.outcome
      if (outcome.kind === 'resolved') {
        fail({
          ...said,
          message: say({
            en: `fetchAllWithin ${ending(run)}, although server B had not replied by the deadline (t=${budget})`,
            fr: `fetchAllWithin ${ending(run)}, alors que le serveur B n'avait pas répondu à l'échéance (t=${budget})`,
          }),
          mistake:
            diagnose(run, world, at) ??
            say({
              en: 'all or nothing: when a server has not replied by the deadline, the call rejects with a TimeoutError',
              fr: "tout ou rien : quand un serveur n'a pas répondu à l'échéance, l'appel rejette avec une TimeoutError",
            }),
        })
      }
      if (at !== budget) {
        fail({
          ...said,
          message: say({
            en: `fetchAllWithin rejected at t=${at}, not at the deadline (t=${budget}, the budget of ${budget} ms)`,
            fr: `fetchAllWithin a rejeté à t=${at}, et non à l'échéance (t=${budget}, le budget de ${budget} ms)`,
          }),
          mistake:
            diagnose(run, world, at) ??
            (at < budget
              ? say({ en: 'the call gave up before the budget had run out', fr: "l'appel a abandonné avant que le budget soit épuisé" })
              : say({
                  en: 'the deadline must end the wait at budgetMs after the call started',
                  fr: "l'échéance doit mettre fin à l'attente budgetMs après le début de l'appel",
                })),
        })
      }
      if (outcome.kind === 'rejected' && outcome.error.name !== 'TimeoutError') {
        fail({
          ...said,
          message: say({
            en: `fetchAllWithin ${rejectedAt(at, outcome.error)}, not with a TimeoutError`,
            fr: `fetchAllWithin ${rejectedAt(at, outcome.error)}, et non avec une TimeoutError`,
          }),
          mistake: say({
            en: 'reject with a TimeoutError (exported by #runtime): abort the requests with one as the reason, or throw one',
            fr: 'rejetez avec une TimeoutError (exportée par #runtime) : annulez les requêtes avec une TimeoutError pour raison, ou levez-en une',
          }),
        })
      }
    }),
  )

  check('all-aborts-pending', () => each(['all-slow', 'all-never'], checkAborted))

  check('all-failure', () =>
    each(['all-failing', 'all-failing-later'], (run, world) => {
      const at = settleTime(run, world)
      const failed = SERVERS.find((server) => world.replies[server].fails)!
      const failedAt = world.replies[failed].afterMs
      const error = `Error: ${failureMessage(failed)}`
      const said = {
        expected: say({ en: `rejects at t=${failedAt} with ${error}`, fr: `rejette à t=${failedAt} avec ${error}` }),
        actual: ending(run),
        timeline: timelineOf(run, world),
      }
      requireRequests(run, world, at, said.expected)
      const swallowed = say({
        en: `the failure of server ${failed} was swallowed (a catch, or Promise.allSettled): all or nothing means one failing server makes the whole call reject with its error`,
        fr: `la panne du serveur ${failed} a été étouffée (un catch, ou Promise.allSettled) : tout ou rien signifie qu'un seul serveur en panne fait rejeter tout l'appel avec son erreur`,
      })
      const outcome = run.outcome
      if (outcome.kind === 'resolved') {
        fail({
          ...said,
          message: say({
            en: `fetchAllWithin ${ending(run)}, although server ${failed} failed at t=${failedAt}`,
            fr: `fetchAllWithin ${ending(run)}, alors que le serveur ${failed} est tombé en panne à t=${failedAt}`,
          }),
          mistake: swallowed,
        })
      }
      if (outcome.kind === 'rejected' && outcome.error.message !== failureMessage(failed)) {
        fail({
          ...said,
          message: say({
            en: `fetchAllWithin ${ending(run)}, not with the error server ${failed} failed with at t=${failedAt}`,
            fr: `fetchAllWithin ${ending(run)}, et non avec l'erreur du serveur ${failed}, tombé en panne à t=${failedAt}`,
          }),
          mistake:
            diagnose(run, world, at) ??
            (failed !== SERVERS[0]
              ? say({
                  en: `server ${failed} is not the first server of the list, and its failure is what ended the call: reject with the error of the request that failed (Promise.all does), not with the first rejection in the order of servers, nor with an error of your own (aborting the others makes them reject too, with the abort's reason)`,
                  fr: `le serveur ${failed} n'est pas le premier de la liste, et c'est sa panne qui a mis fin à l'appel : rejetez avec l'erreur de la requête en panne (comme le fait Promise.all), et non avec le premier rejet dans l'ordre de servers, ni avec une erreur de votre cru (annuler les autres requêtes les fait rompre aussi, avec la raison de l'annulation)`,
                })
              : swallowed),
        })
      }
      if (at !== failedAt) {
        fail({
          ...said,
          message: say({
            en: `fetchAllWithin rejected with server ${failed}'s error only at t=${at}; server ${failed} failed at t=${failedAt}`,
            fr: `fetchAllWithin n'a rejeté avec l'erreur du serveur ${failed} qu'à t=${at} ; le serveur ${failed} était tombé en panne à t=${failedAt}`,
          }),
          mistake:
            diagnose(run, world, at) ??
            say({
              en: 'a failure ends the call at once: Promise.all rejects as soon as one request rejects, Promise.allSettled waits for them all',
              fr: "une panne met fin à l'appel aussitôt : Promise.all rejette dès qu'une requête est rompue, Promise.allSettled les attend toutes",
            }),
        })
      }
      checkAborted(run, world)
    }),
  )

  check('all-no-timer-left', () =>
    each(['all-fast', 'all-failing'], (run, world) => {
      const at = settleTime(run, world)
      requireRequests(
        run,
        world,
        at,
        say({ en: 'no timer of its own left once the call has settled', fr: "aucun minuteur à elle encore armé une fois l'appel terminé" }),
      )
      const left = ownTimersLeft(run, world, at)
      if (left === 0) return
      fail({
        message: say({
          en: `fetchAllWithin ${run.outcome.kind} at t=${at}, before the budget ran out, and left ${left === 1 ? 'a timer' : `${left} timers`} of its own pending`,
          fr: `fetchAllWithin ${run.outcome.kind === 'resolved' ? "s'est résolue" : 'a rejeté'} à t=${at}, avant la fin du budget, et a laissé ${left === 1 ? 'un minuteur' : `${left} minuteurs`} à elle encore armé${left === 1 ? '' : 's'}`,
        }),
        expected: say({ en: 'no timer of its own left once the call has settled', fr: "aucun minuteur à elle encore armé une fois l'appel terminé" }),
        actual: say({
          en: `${left} timer${left === 1 ? '' : 's'} still pending at t=${at}`,
          fr: `${left} minuteur${left === 1 ? '' : 's'} encore armé${left === 1 ? '' : 's'} à t=${at}`,
        }),
        mistake: say({
          en: "the budget's timer outlives the call: cancel it once the call settles (clearTimeout in a finally, or abort the signal you gave sleep), or use timeout() from #runtime, which does it for you",
          fr: "le minuteur du budget survit à l'appel : annulez-le une fois l'appel terminé (clearTimeout dans un finally, ou en annulant le signal donné à sleep), ou utilisez timeout() de #runtime, qui le fait pour vous",
        }),
      })
    }),
  )

  check('available-keeps-arrived', () => each(['available-slow'], checkEntries))
  check('available-aborts-pending', () => each(['available-slow', 'available-failing', 'available-failing-later'], checkAborted))
  check('available-early', () => each(['available-fast'], checkEntries))
  check('available-error', () => each(['available-failing', 'available-failing-later'], checkEntries))
})
