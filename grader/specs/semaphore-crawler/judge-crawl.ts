// How the spec judges one run of crawl against the server it was given: what came back,
// how many downloads were in flight, whether a slot sat idle while pages waited.
import { isDeepStrictEqual } from 'node:util'
import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { eventsOf, peakOverlap, spansOf, type Span } from '../../sandbox/trace.ts'
import { explainOutcome, fail, resolvedAt, resolvedValue, type Timeline } from '../feedback.ts'
import { say } from '../say.ts'
import { DEFAULT_LIMIT, FAILING, failureOf, PAGE_MS, pageLabel, pageOf, STATEMENT, UNLIMITED_CALL, VARIED } from './params.ts'
import { describeIdle, firstIdleSlot, greedySchedule, labelText, listSpans as listOf, type Job } from './schedule.ts'
import { BANNED_LANE } from './world.ts'

export interface CrawlSetup {
  /** How messages name the call, e.g. "crawl of 10 pages with limit 3". */
  name: string
  ids: number[]
  limit: number
  jobs: Job[]
  broken: number[]
}

function setup(name: string, ids: number[], limit: number, delays = new Map<number, number>(), broken: number[] = []): CrawlSetup {
  const jobs = ids.map((id) => ({ label: pageLabel(id), ms: delays.get(id) ?? PAGE_MS }))
  return { name, ids, limit, jobs, broken }
}

export const CRAWLS = {
  statement: setup(
    say({ en: 'crawl of 10 pages of 1000 ms with limit 3', fr: 'crawl de 10 pages de 1000 ms avec une limite de 3' }),
    STATEMENT.ids,
    STATEMENT.limit,
  ),
  varied: setup(
    say({
      en: `crawl of ${VARIED.pages.length} pages of varied lengths with limit ${VARIED.limit}`,
      fr: `crawl de ${VARIED.pages.length} pages de durées variées avec une limite de ${VARIED.limit}`,
    }),
    VARIED.pages.map(({ id }) => id),
    VARIED.limit,
    new Map(VARIED.pages.map(({ id, ms }) => [id, ms])),
  ),
  failing: setup(
    say({
      en: `crawl of 10 pages with limit 3 where pages ${FAILING.broken.join(', ')} fail`,
      fr: `crawl de 10 pages avec une limite de 3 où les pages ${FAILING.broken.join(', ')} échouent`,
    }),
    FAILING.ids,
    FAILING.limit,
    undefined,
    FAILING.broken,
  ),
  defaultLimit: setup(
    say({
      en: `crawl of ${UNLIMITED_CALL.ids.length} pages with no limit given`,
      fr: `crawl de ${UNLIMITED_CALL.ids.length} pages sans limite donnée`,
    }),
    UNLIMITED_CALL.ids,
    DEFAULT_LIMIT,
  ),
}

const expectedSpans = (crawl: CrawlSetup) => greedySchedule(crawl.jobs, crawl.limit)
const timeline = (run: ScenarioRun, crawl: CrawlSetup): Timeline => ({ actual: spansOf(run.trace), expected: expectedSpans(crawl) })
const listSpans = (spans: Span[]) => listOf(spans, say({ en: 'no download', fr: 'aucun téléchargement' }))
const finishedAt = (run: ScenarioRun) => (run.outcome.kind === 'resolved' ? run.outcome.at : -1)
const A_MISSING_AWAIT = say({ en: 'a missing await', fr: 'un await manquant' })

function expectedResult(crawl: CrawlSetup, id: number): PromiseSettledResult<unknown> {
  return crawl.broken.includes(id)
    ? { status: 'rejected', reason: { $type: 'Error', name: 'Error', message: failureOf(id) } }
    : { status: 'fulfilled', value: pageOf(id) }
}

/** "fulfilled page 3", "rejected (page 1: 503 Service Unavailable)", or the item itself. */
function summarize(item: unknown): string {
  if (isPage(item)) return `page ${show((item as { id: unknown }).id)}`
  const result = item as { status?: unknown; value?: { id?: unknown }; reason?: { message?: unknown } } | null
  if (result?.status === 'fulfilled' && isPage(result.value)) {
    return say({ en: `fulfilled page ${show(result.value?.id)}`, fr: `fulfilled (page ${show(result.value?.id)})` })
  }
  if (result?.status === 'rejected') return `rejected (${typeof result.reason?.message === 'string' ? result.reason.message : show(result.reason)})`
  return show(item)
}

function isPage(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'url' in value && !('status' in value)
}

/**
 * What a crawl check says about the downloads holds only if the downloads ran: in a crawl
 * that resolved, every page of ids was downloaded. Otherwise fails, saying how many were.
 */
function judgeDownloadedAll(run: ScenarioRun, crawl: CrawlSetup): void {
  if (run.outcome.kind !== 'resolved') return
  const spans = spansOf(run.trace)
  const downloaded = crawl.jobs.filter((job) => spans.some((span) => span.label === job.label)).length
  const total = crawl.jobs.length
  if (downloaded === total) return
  const expected = say({
    en: `expected ${total} downloads, at most ${crawl.limit} at a time`,
    fr: `${total} téléchargements attendus, au plus ${crawl.limit} à la fois`,
  })
  fail({
    message:
      downloaded === 0
        ? say({ en: `${crawl.name} downloaded no page: ${expected}`, fr: `le ${crawl.name} n'a téléchargé aucune page : ${expected}` })
        : say({
            en: `${crawl.name} downloaded only ${downloaded} of ${total} pages: ${expected}`,
            fr: `le ${crawl.name} n'a téléchargé que ${downloaded} page${downloaded > 1 ? 's' : ''} sur ${total} : ${expected}`,
          }),
    expected: listSpans(expectedSpans(crawl)),
    actual: say({
      en: `${listSpans(spans)}; crawl ${resolvedAt(run.outcome.at, show(run.outcome.value))}`,
      fr: `${listSpans(spans)} ; crawl ${resolvedAt(run.outcome.at, show(run.outcome.value))}`,
    }),
    mistake: say({
      en: 'the server sees only the downloads you make: call download(id) for every id, at most limit at a time (a Semaphore(limit), or limit workers), and resolve with what they settled with',
      fr: 'le serveur ne voit que les téléchargements que vous faites : appelez download(id) pour chaque id, au plus limit à la fois (un Semaphore(limit), ou limit workers), et résolvez avec leurs issues',
    }),
    timeline: timeline(run, crawl),
  })
}

/** Resolves with one settled result per page, in input order, once the last download ended. */
export function judgeResults(run: ScenarioRun, crawl: CrawlSetup): void {
  const value = resolvedValue(run, 'crawl')
  const at = finishedAt(run)
  judgeDownloadedAll(run, crawl)
  const results = crawl.ids.map((id) => summarize(expectedResult(crawl, id))).join(', ')
  const expected = say({
    en: `${crawl.ids.length} results in the order of ids: ${results}`,
    fr: `${crawl.ids.length} résultats dans l'ordre de ids : ${results}`,
  })
  const said = (got: unknown) => ({
    expected,
    actual: Array.isArray(got) ? got.map(summarize).join(', ') || say({ en: 'no result', fr: 'aucun résultat' }) : show(got),
  })
  if (!Array.isArray(value)) {
    fail({
      ...said(value),
      message: say({
        en: `${crawl.name} resolved with ${show(value)}, not an array of results`,
        fr: `le ${crawl.name} s'est résolu avec ${show(value)}, et non avec un tableau de résultats`,
      }),
      mistake: say({
        en: 'return the array that Promise.allSettled gives, one result per page',
        fr: 'renvoyez le tableau que donne Promise.allSettled, un résultat par page',
      }),
    })
  }
  if (value.some((item) => show(item) === 'a Promise')) {
    fail({
      ...said(value),
      message: say({
        en: `${crawl.name} resolved at t=${at} with promises in its results`,
        fr: `le ${crawl.name} s'est résolu à t=${at} avec des promesses dans ses résultats`,
      }),
      mistake: say({
        en: `${A_MISSING_AWAIT}: the results must be the settled outcomes, not promises`,
        fr: `${A_MISSING_AWAIT} : les résultats doivent être les issues des promesses terminées, et non les promesses elles-mêmes`,
      }),
    })
  }
  if (value.some(isPage)) {
    fail({
      ...said(value),
      message: say({
        en: `${crawl.name} resolved with the pages themselves, not with settled results`,
        fr: `le ${crawl.name} s'est résolu avec les pages elles-mêmes, et non avec l'issue de chaque téléchargement`,
      }),
      mistake: say({
        en: "each result is { status: 'fulfilled', value: page } or { status: 'rejected', reason: error }, as Promise.allSettled gives them",
        fr: "chaque résultat est { status: 'fulfilled', value: page } ou { status: 'rejected', reason: error }, comme les donne Promise.allSettled",
      }),
    })
  }
  if (value.length !== crawl.ids.length) {
    fail({
      ...said(value),
      message: say({
        en: `${crawl.name} resolved with ${value.length} results for ${crawl.ids.length} pages`,
        fr: `le ${crawl.name} s'est résolu avec ${value.length} résultat${value.length > 1 ? 's' : ''} pour ${crawl.ids.length} pages`,
      }),
      mistake: say({ en: 'one result per id, no more, no less', fr: 'un résultat par id, ni plus ni moins' }),
    })
  }
  crawl.ids.forEach((id, index) => {
    const got = value[index]
    const expected = expectedResult(crawl, id)
    if (isDeepStrictEqual(got, expected)) return
    const elsewhere = crawl.ids.findIndex((other) => isDeepStrictEqual(got, expectedResult(crawl, other)))
    fail({
      ...said(value),
      message: say({
        en: `result ${index} is ${show(got)}; expected ${show(expected)}`,
        fr: `le résultat ${index} est ${show(got)} ; attendu : ${show(expected)}`,
      }),
      mistake:
        elsewhere >= 0
          ? say({
              en: `results must follow the order of ids (result ${index} belongs to page ${id}), not the order the downloads finished`,
              fr: `les résultats doivent suivre l'ordre de ids (le résultat ${index} est celui de la page ${id}), et non l'ordre dans lequel les téléchargements se sont terminés`,
            })
          : expected.status === 'rejected'
            ? say({
                en: 'a failed download is reported as { status: "rejected", reason } with the error the download rejected with',
                fr: 'un téléchargement en échec apparaît comme { status: "rejected", reason }, avec l\'erreur par laquelle le téléchargement a été rejeté',
              })
            : say({
                en: "a downloaded page is reported as { status: 'fulfilled', value: page } with the page the download resolved with",
                fr: "une page téléchargée apparaît comme { status: 'fulfilled', value: page }, avec la page renvoyée par le téléchargement",
              }),
    })
  })
  const lastEnd = Math.max(0, ...spansOf(run.trace).map((span) => span.end ?? Infinity))
  if (at < lastEnd) {
    const until = lastEnd === Infinity ? '…' : lastEnd
    const readyAt = Math.max(...expectedSpans(crawl).map((span) => span.end!))
    fail({
      message: say({
        en: `${crawl.name} resolved at t=${at} while downloads ran until t=${until}`,
        fr: `le ${crawl.name} s'est résolu à t=${at} alors que des téléchargements ont duré jusqu'à t=${until}`,
      }),
      expected: say({
        en: `resolves when the last download ends, at t=${readyAt}`,
        fr: `se résout quand le dernier téléchargement se termine, à t=${readyAt}`,
      }),
      actual: resolvedAt(at),
      mistake: say({
        en: `${A_MISSING_AWAIT}: crawl returned before its downloads had finished`,
        fr: `${A_MISSING_AWAIT} : crawl a rendu la main avant la fin de ses téléchargements`,
      }),
      timeline: timeline(run, crawl),
    })
  }
  if (at > lastEnd) {
    fail({
      message: say({
        en: `${crawl.name} resolved at t=${at}, ${at - lastEnd} ms after its last download ended (t=${lastEnd})`,
        fr: `le ${crawl.name} s'est résolu à t=${at}, ${at - lastEnd} ms après la fin de son dernier téléchargement (t=${lastEnd})`,
      }),
      expected: say({
        en: `resolves at t=${lastEnd}, when the last download ends`,
        fr: `se résout à t=${lastEnd}, quand le dernier téléchargement se termine`,
      }),
      actual: resolvedAt(at),
      mistake: say({ en: 'something waited after the downloads were done', fr: 'quelque chose a attendu après la fin des téléchargements' }),
      timeline: timeline(run, crawl),
    })
  }
}

/** The server never banned the client: never more than `limit` downloads in flight. */
export function judgeWithinLimit(run: ScenarioRun, crawl: CrawlSetup, mistake = (peak: number) => overLimitMistake(crawl, peak)): void {
  const ban = eventsOf(run.trace, BANNED_LANE)[0]
  if (!ban) {
    judgeDownloadedAll(run, crawl)
    return
  }
  const spans = spansOf(run.trace)
  const peak = peakOverlap(spans)
  const inFlight = ban.label.split(',').length
  const open = peak.open.map((span) => labelText(span.label)).join(', ')
  fail({
    message: say({
      en: `${crawl.name}: the server banned the client at t=${ban.t}, when ${inFlight} downloads were in flight (${ban.label}); the limit is ${crawl.limit}`,
      fr: `${crawl.name} : le serveur a banni le client à t=${ban.t}, alors que ${inFlight} téléchargements étaient en cours (${ban.label}) ; la limite est de ${crawl.limit}`,
    }),
    expected: say({
      en: `at most ${crawl.limit} downloads in flight at any time`,
      fr: `au plus ${crawl.limit} téléchargements en cours à tout moment`,
    }),
    actual: say({
      en: `up to ${peak.count} downloads in flight at once (t=${peak.at}: ${open})`,
      fr: `jusqu'à ${peak.count} téléchargements en cours en même temps (t=${peak.at} : ${open})`,
    }),
    mistake: mistake(peak.count),
    timeline: timeline(run, crawl),
  })
}

/** Why more than the limit ran, guessed from how many ran at once. */
function overLimitMistake(crawl: CrawlSetup, peak: number): string {
  if (peak === crawl.ids.length) {
    return say({
      en: 'every download was started at once (Promise.allSettled(ids.map(download)) starts them all): make each download wait for a free slot, e.g. with a Semaphore(limit)',
      fr: "tous les téléchargements ont été lancés d'un coup (Promise.allSettled(ids.map(download)) les lance tous) : faites attendre une place libre à chaque téléchargement, par exemple avec un Semaphore(limit)",
    })
  }
  if (crawl.limit !== DEFAULT_LIMIT && peak === DEFAULT_LIMIT) {
    return say({
      en: `the limit argument is ignored: ${DEFAULT_LIMIT} downloads ran at once although the limit was ${crawl.limit}`,
      fr: `le paramètre limit est ignoré : ${DEFAULT_LIMIT} téléchargements ont eu lieu en même temps alors que la limite était de ${crawl.limit}`,
    })
  }
  if (crawl.broken.length > 0) {
    return say({
      en: 'after a failed download more downloads ran than the limit: a slot was given back more than once',
      fr: "après un téléchargement en échec, plus de téléchargements que la limite ont eu lieu en même temps : une place a été rendue plus d'une fois",
    })
  }
  return say({
    en: 'more downloads ran at once than the limit allows: take a slot before each download and give it back exactly once when it ends',
    fr: 'plus de téléchargements ont eu lieu en même temps que la limite ne le permet : prenez une place avant chaque téléchargement et rendez-la exactement une fois quand il se termine',
  })
}

/** Pages start in input order, each as soon as a slot is free. */
export function judgeReusesSlots(run: ScenarioRun, crawl: CrawlSetup): void {
  resolvedValue(run, 'crawl')
  judgeDownloadedAll(run, crawl)
  const spans = spansOf(run.trace)
  const said = { expected: listSpans(expectedSpans(crawl)), actual: listSpans(spans), timeline: timeline(run, crawl) }
  const labels = crawl.jobs.map((job) => job.label)
  for (const label of labels) {
    const times = spans.filter((span) => span.label === label).length
    if (times !== 1) {
      fail({
        ...said,
        message: say({
          en: `${crawl.name}: ${label} was ${times === 0 ? 'never downloaded' : `downloaded ${times} times`}`,
          fr: `${crawl.name} : la ${label} ${times === 0 ? "n'a jamais été téléchargée" : `a été téléchargée ${times} fois`}`,
        }),
        mistake: say({ en: 'download each page of ids exactly once', fr: 'téléchargez chaque page de ids exactement une fois' }),
      })
    }
  }
  const jumped = spans.findIndex((span, index) => span.label !== labels[index])
  if (jumped >= 0) {
    const early = spans[jumped]!
    const skipped = spans.find((span) => span.label === labels[jumped])!
    fail({
      ...said,
      message: say({
        en: `${crawl.name}: ${early.label} started at t=${early.start}, before ${skipped.label} (t=${skipped.start}), which comes first in ids`,
        fr: `${crawl.name} : la ${early.label} a démarré à t=${early.start}, avant la ${skipped.label} (t=${skipped.start}), qui vient avant elle dans ids`,
      }),
      mistake: say({
        en: 'pages must start in the order of ids: whichever slot frees first takes the next page of the list',
        fr: "les pages doivent démarrer dans l'ordre de ids : la première place qui se libère prend la page suivante de la liste",
      }),
    })
  }
  const idle = firstIdleSlot(spans, crawl.jobs, crawl.limit)
  if (!idle) return
  const idleText = describeIdle(idle, crawl.limit)
  const gap = idle.until - idle.from
  const finite = idle.until !== Infinity
  fail({
    ...said,
    message: say({
      en: `${crawl.name}: ${idleText}${finite ? `, a slot idle for ${gap} ms` : ''}`,
      fr: `${crawl.name} : ${idleText}${finite ? `, une place inoccupée pendant ${gap} ms` : ''}`,
    }),
    mistake: idleMistake(spans, crawl, idle.waiting),
  })
}

function idleMistake(spans: Span[], crawl: CrawlSetup, waiting: string): string {
  if (peakOverlap(spans).count === 1) {
    return say({
      en: 'the downloads ran one at a time: each was awaited before the next one started',
      fr: 'les téléchargements ont eu lieu un par un : chacun a été attendu avant que le suivant ne démarre',
    })
  }
  const position = crawl.jobs.findIndex((job) => job.label === waiting)
  const group = spans.slice(position - crawl.limit, position)
  const groupEnd = Math.max(...group.map((span) => span.end ?? Infinity))
  if (position >= crawl.limit && position % crawl.limit === 0 && spans[position]?.start === groupEnd) {
    return say({
      en: `the pages were downloaded in fixed groups of ${crawl.limit}: each group waited for its slowest page while the other slots sat idle. Start the next page as soon as any download ends (a Semaphore, or workers that each take the next page)`,
      fr: `les pages ont été téléchargées par groupes fixes de ${crawl.limit} : chaque groupe a attendu sa page la plus lente pendant que les autres places restaient vides. Lancez la page suivante dès qu'un téléchargement, quel qu'il soit, se termine (un Semaphore, ou des workers qui prennent chacun la page suivante)`,
    })
  }
  return say({
    en: 'a slot stayed free while pages were waiting: start the next page as soon as a download ends',
    fr: "une place est restée libre alors que des pages attendaient : lancez la page suivante dès qu'un téléchargement se termine",
  })
}

/** A failed download is reported in its slot; the others still download. */
export function judgeFailures(run: ScenarioRun, crawl: CrawlSetup): void {
  const failed = crawl.broken.filter((id) => spansOf(run.trace).some((span) => span.label === pageLabel(id) && span.end !== undefined))
  if (run.outcome.kind === 'deadlock' && failed.length > 0) {
    const many = failed.length > 1
    fail({
      ...explainOutcome(run, 'crawl'),
      mistake: say({
        en: `page${many ? 's' : ''} ${failed.join(', ')} failed and never gave back ${many ? 'their slots' : 'its slot'}, so the pages behind them wait forever: release in a finally block (Semaphore.use does it for you)`,
        fr: `${many ? `les pages ${failed.join(', ')} ont échoué et n'ont jamais rendu leurs places` : `la page ${failed[0]} a échoué et n'a jamais rendu sa place`}, si bien que les pages suivantes attendent pour toujours : libérez dans un bloc finally (Semaphore.use le fait pour vous)`,
      }),
      timeline: timeline(run, crawl),
    })
  }
  const rejection = run.outcome.kind === 'rejected' ? run.outcome.error.message : undefined
  if (crawl.broken.some((id) => failureOf(id) === rejection)) {
    fail({
      ...explainOutcome(run, 'crawl'),
      mistake: say({
        en: 'one failed download made the whole crawl reject (Promise.all gives up at the first rejection): report each page in its slot with Promise.allSettled, or catch each download',
        fr: "un seul téléchargement en échec a fait rejeter tout le crawl (Promise.all abandonne au premier rejet) : donnez l'issue de chaque page à sa place avec Promise.allSettled, ou interceptez l'erreur de chaque téléchargement",
      }),
      timeline: timeline(run, crawl),
    })
  }
  judgeResults(run, crawl)
  const idle = firstIdleSlot(spansOf(run.trace), crawl.jobs, crawl.limit)
  if (idle) {
    fail({
      message: say({ en: `${crawl.name}: ${describeIdle(idle, crawl.limit)}`, fr: `${crawl.name} : ${describeIdle(idle, crawl.limit)}` }),
      expected: listSpans(expectedSpans(crawl)),
      actual: listSpans(spansOf(run.trace)),
      mistake: say({
        en: 'a failed download did not give its slot back at once: free the slot however the download ends (finally)',
        fr: "un téléchargement en échec n'a pas rendu sa place aussitôt : libérez la place quelle que soit la façon dont le téléchargement se termine (finally)",
      }),
      timeline: timeline(run, crawl),
    })
  }
}

/** With no limit given, crawl runs 3 downloads at once. */
export function judgeDefaultLimit(run: ScenarioRun, crawl: CrawlSetup): void {
  const giveDefault = say({
    en: `give the parameter its default, limit = ${DEFAULT_LIMIT}`,
    fr: `donnez au paramètre sa valeur par défaut, limit = ${DEFAULT_LIMIT}`,
  })
  if (run.outcome.kind === 'rejected' && /permits|limit|undefined|NaN/i.test(run.outcome.error.message)) {
    fail({
      ...explainOutcome(run, 'crawl'),
      mistake: say({
        en: `crawl(ids, download) is called without a limit: ${giveDefault}`,
        fr: `crawl(ids, download) est appelée sans limite : ${giveDefault}`,
      }),
    })
  }
  resolvedValue(run, 'crawl')
  judgeWithinLimit(run, crawl, () =>
    say({
      en: `with no limit given, crawl must run at most ${DEFAULT_LIMIT} downloads at once: ${giveDefault}`,
      fr: `sans limite donnée, crawl doit faire au plus ${DEFAULT_LIMIT} téléchargements à la fois : ${giveDefault}`,
    }),
  )
  const peak = peakOverlap(spansOf(run.trace))
  if (peak.count < DEFAULT_LIMIT) {
    fail({
      message: say({
        en: `${crawl.name}: at most ${peak.count} download${peak.count === 1 ? '' : 's'} ran at once`,
        fr: `${crawl.name} : il n'y a jamais eu plus de ${peak.count} téléchargement${peak.count > 1 ? 's' : ''} à la fois`,
      }),
      expected: say({
        en: `${DEFAULT_LIMIT} downloads at once, the default limit`,
        fr: `${DEFAULT_LIMIT} téléchargements à la fois, la limite par défaut`,
      }),
      actual: listSpans(spansOf(run.trace)),
      mistake: say({
        en: `the default limit is ${DEFAULT_LIMIT}: crawl(ids, download) must behave like crawl(ids, download, ${DEFAULT_LIMIT})`,
        fr: `la limite par défaut est ${DEFAULT_LIMIT} : crawl(ids, download) doit se comporter comme crawl(ids, download, ${DEFAULT_LIMIT})`,
      }),
      timeline: timeline(run, crawl),
    })
  }
}
