// How the spec judges one run of crawl against the server it was given: what came back,
// how many downloads were in flight, whether a slot sat idle while pages waited.
import { isDeepStrictEqual } from 'node:util'
import type { ScenarioRun } from '../../sandbox/outcome.ts'
import { show } from '../../sandbox/plain.ts'
import { eventsOf, formatSpan, peakOverlap, spansOf, type Span } from '../../sandbox/trace.ts'
import { explainOutcome, fail, resolvedValue, type Timeline } from '../feedback.ts'
import {
  DEFAULT_LIMIT,
  FAILING,
  failureOf,
  PAGE_MS,
  pageLabel,
  pageOf,
  STATEMENT,
  UNLIMITED_CALL,
  VARIED,
} from './params.ts'
import { describeIdle, firstIdleSlot, greedySchedule, type Job } from './schedule.ts'
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
  statement: setup('crawl of 10 pages of 1000 ms with limit 3', STATEMENT.ids, STATEMENT.limit),
  varied: setup(
    `crawl of ${VARIED.pages.length} pages of varied lengths with limit ${VARIED.limit}`,
    VARIED.pages.map(({ id }) => id),
    VARIED.limit,
    new Map(VARIED.pages.map(({ id, ms }) => [id, ms])),
  ),
  failing: setup(
    `crawl of 10 pages with limit 3 where pages ${FAILING.broken.join(', ')} fail`,
    FAILING.ids,
    FAILING.limit,
    undefined,
    FAILING.broken,
  ),
  defaultLimit: setup(`crawl of ${UNLIMITED_CALL.ids.length} pages with no limit given`, UNLIMITED_CALL.ids, DEFAULT_LIMIT),
}

const expectedSpans = (crawl: CrawlSetup) => greedySchedule(crawl.jobs, crawl.limit)
const timeline = (run: ScenarioRun, crawl: CrawlSetup): Timeline => ({ actual: spansOf(run.trace), expected: expectedSpans(crawl) })
const listSpans = (spans: Span[]) => spans.map(formatSpan).join(', ') || 'no download'
const finishedAt = (run: ScenarioRun) => (run.outcome.kind === 'resolved' ? run.outcome.at : -1)

function expectedResult(crawl: CrawlSetup, id: number): PromiseSettledResult<unknown> {
  return crawl.broken.includes(id)
    ? { status: 'rejected', reason: { $type: 'Error', name: 'Error', message: failureOf(id) } }
    : { status: 'fulfilled', value: pageOf(id) }
}

/** "fulfilled page 3", "rejected (page 1: 503 Service Unavailable)", or the item itself. */
function summarize(item: unknown): string {
  if (isPage(item)) return `page ${show((item as { id: unknown }).id)}`
  const result = item as { status?: unknown; value?: { id?: unknown }; reason?: { message?: unknown } } | null
  if (result?.status === 'fulfilled' && isPage(result.value)) return `fulfilled page ${show(result.value?.id)}`
  if (result?.status === 'rejected') return `rejected (${typeof result.reason?.message === 'string' ? result.reason.message : show(result.reason)})`
  return show(item)
}

function isPage(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'url' in value && !('status' in value)
}

/** Resolves with one settled result per page, in input order, once the last download ended. */
export function judgeResults(run: ScenarioRun, crawl: CrawlSetup): void {
  const value = resolvedValue(run, 'crawl')
  const at = finishedAt(run)
  const expected = `${crawl.ids.length} results in the order of ids: ${crawl.ids.map((id) => summarize(expectedResult(crawl, id))).join(', ')}`
  const said = (got: unknown) => ({ expected, actual: Array.isArray(got) ? got.map(summarize).join(', ') || 'no result' : show(got) })
  if (!Array.isArray(value)) {
    fail({ ...said(value), message: `${crawl.name} resolved with ${show(value)}, not an array of results`, mistake: 'return the array that Promise.allSettled gives, one result per page' })
  }
  if (value.some((item) => show(item) === 'a Promise')) {
    fail({ ...said(value), message: `${crawl.name} resolved at t=${at} with promises in its results`, mistake: 'a missing await: the results must be the settled outcomes, not promises' })
  }
  if (value.some(isPage)) {
    fail({
      ...said(value),
      message: `${crawl.name} resolved with the pages themselves, not with settled results`,
      mistake: "each result is { status: 'fulfilled', value: page } or { status: 'rejected', reason: error }, as Promise.allSettled gives them",
    })
  }
  if (value.length !== crawl.ids.length) {
    fail({ ...said(value), message: `${crawl.name} resolved with ${value.length} results for ${crawl.ids.length} pages`, mistake: 'one result per id, no more, no less' })
  }
  crawl.ids.forEach((id, index) => {
    const got = value[index]
    const expected = expectedResult(crawl, id)
    if (isDeepStrictEqual(got, expected)) return
    const elsewhere = crawl.ids.findIndex((other) => isDeepStrictEqual(got, expectedResult(crawl, other)))
    fail({
      ...said(value),
      message: `result ${index} is ${show(got)}; expected ${show(expected)}`,
      mistake: elsewhere >= 0
        ? `results must follow the order of ids (result ${index} belongs to page ${id}), not the order the downloads finished`
        : expected.status === 'rejected'
          ? 'a failed download is reported as { status: "rejected", reason } with the error the download rejected with'
          : "a downloaded page is reported as { status: 'fulfilled', value: page } with the page the download resolved with",
    })
  })
  const lastEnd = Math.max(0, ...spansOf(run.trace).map((span) => span.end ?? Infinity))
  if (at < lastEnd) {
    fail({
      message: `${crawl.name} resolved at t=${at} while downloads ran until t=${lastEnd === Infinity ? '…' : lastEnd}`,
      expected: `resolves when the last download ends, at t=${Math.max(...expectedSpans(crawl).map((span) => span.end!))}`,
      actual: `resolved at t=${at}`,
      mistake: 'a missing await: crawl returned before its downloads had finished',
      timeline: timeline(run, crawl),
    })
  }
  if (at > lastEnd) {
    fail({
      message: `${crawl.name} resolved at t=${at}, ${at - lastEnd} ms after its last download ended (t=${lastEnd})`,
      expected: `resolves at t=${lastEnd}, when the last download ends`,
      actual: `resolved at t=${at}`,
      mistake: 'something waited after the downloads were done',
      timeline: timeline(run, crawl),
    })
  }
}

/** The server never banned the client: never more than `limit` downloads in flight. */
export function judgeWithinLimit(run: ScenarioRun, crawl: CrawlSetup, mistake = (peak: number) => overLimitMistake(crawl, peak)): void {
  const ban = eventsOf(run.trace, BANNED_LANE)[0]
  if (!ban) return
  const spans = spansOf(run.trace)
  const peak = peakOverlap(spans)
  const inFlight = ban.label.split(',').length
  fail({
    message: `${crawl.name}: the server banned the client at t=${ban.t}, when ${inFlight} downloads were in flight (${ban.label}); the limit is ${crawl.limit}`,
    expected: `at most ${crawl.limit} downloads in flight at any time`,
    actual: `up to ${peak.count} downloads in flight at once (t=${peak.at}: ${peak.open.map((span) => span.label).join(', ')})`,
    mistake: mistake(peak.count),
    timeline: timeline(run, crawl),
  })
}

/** Why more than the limit ran, guessed from how many ran at once. */
function overLimitMistake(crawl: CrawlSetup, peak: number): string {
  if (peak === crawl.ids.length) {
    return 'every download was started at once (Promise.allSettled(ids.map(download)) starts them all): make each download wait for a free slot, e.g. with a Semaphore(limit)'
  }
  if (crawl.limit !== DEFAULT_LIMIT && peak === DEFAULT_LIMIT) {
    return `the limit argument is ignored: ${DEFAULT_LIMIT} downloads ran at once although the limit was ${crawl.limit}`
  }
  if (crawl.broken.length > 0) return 'after a failed download more downloads ran than the limit: a slot was given back more than once'
  return 'more downloads ran at once than the limit allows: take a slot before each download and give it back exactly once when it ends'
}

/** Pages start in input order, each as soon as a slot is free. */
export function judgeReusesSlots(run: ScenarioRun, crawl: CrawlSetup): void {
  resolvedValue(run, 'crawl')
  const spans = spansOf(run.trace)
  const said = { expected: listSpans(expectedSpans(crawl)), actual: listSpans(spans), timeline: timeline(run, crawl) }
  const labels = crawl.jobs.map((job) => job.label)
  for (const label of labels) {
    const times = spans.filter((span) => span.label === label).length
    if (times !== 1) {
      fail({ ...said, message: `${crawl.name}: ${label} was ${times === 0 ? 'never downloaded' : `downloaded ${times} times`}`, mistake: 'download each page of ids exactly once' })
    }
  }
  const jumped = spans.findIndex((span, index) => span.label !== labels[index])
  if (jumped >= 0) {
    const early = spans[jumped]!
    const skipped = spans.find((span) => span.label === labels[jumped])!
    fail({
      ...said,
      message: `${crawl.name}: ${early.label} started at t=${early.start}, before ${skipped.label} (t=${skipped.start}), which comes first in ids`,
      mistake: 'pages must start in the order of ids: whichever slot frees first takes the next page of the list',
    })
  }
  const idle = firstIdleSlot(spans, crawl.jobs, crawl.limit)
  if (!idle) return
  fail({
    ...said,
    message: `${crawl.name}: ${describeIdle(idle, crawl.limit)}${idle.until === Infinity ? '' : `, a slot idle for ${idle.until - idle.from} ms`}`,
    mistake: idleMistake(spans, crawl, idle.waiting),
  })
}

function idleMistake(spans: Span[], crawl: CrawlSetup, waiting: string): string {
  if (peakOverlap(spans).count === 1) return 'the downloads ran one at a time: each was awaited before the next one started'
  const position = crawl.jobs.findIndex((job) => job.label === waiting)
  const group = spans.slice(position - crawl.limit, position)
  const groupEnd = Math.max(...group.map((span) => span.end ?? Infinity))
  if (position >= crawl.limit && position % crawl.limit === 0 && spans[position]?.start === groupEnd) {
    return `the pages were downloaded in fixed groups of ${crawl.limit}: each group waited for its slowest page while the other slots sat idle. Start the next page as soon as any download ends (a Semaphore, or workers that each take the next page)`
  }
  return 'a slot stayed free while pages were waiting: start the next page as soon as a download ends'
}

/** A failed download is reported in its slot; the others still download. */
export function judgeFailures(run: ScenarioRun, crawl: CrawlSetup): void {
  const failed = crawl.broken.filter((id) => spansOf(run.trace).some((span) => span.label === pageLabel(id) && span.end !== undefined))
  if (run.outcome.kind === 'deadlock' && failed.length > 0) {
    fail({
      ...explainOutcome(run, 'crawl'),
      mistake: `page${failed.length > 1 ? 's' : ''} ${failed.join(', ')} failed and never gave back ${failed.length > 1 ? 'their slots' : 'its slot'}, so the pages behind them wait forever: release in a finally block (Semaphore.use does it for you)`,
      timeline: timeline(run, crawl),
    })
  }
  const rejection = run.outcome.kind === 'rejected' ? run.outcome.error.message : undefined
  if (crawl.broken.some((id) => failureOf(id) === rejection)) {
    fail({
      ...explainOutcome(run, 'crawl'),
      mistake: 'one failed download made the whole crawl reject (Promise.all gives up at the first rejection): report each page in its slot with Promise.allSettled, or catch each download',
      timeline: timeline(run, crawl),
    })
  }
  judgeResults(run, crawl)
  const idle = firstIdleSlot(spansOf(run.trace), crawl.jobs, crawl.limit)
  if (idle) {
    fail({
      message: `${crawl.name}: ${describeIdle(idle, crawl.limit)}`,
      expected: listSpans(expectedSpans(crawl)),
      actual: listSpans(spansOf(run.trace)),
      mistake: 'a failed download did not give its slot back at once: free the slot however the download ends (finally)',
      timeline: timeline(run, crawl),
    })
  }
}

/** With no limit given, crawl runs 3 downloads at once. */
export function judgeDefaultLimit(run: ScenarioRun, crawl: CrawlSetup): void {
  if (run.outcome.kind === 'rejected' && /permits|limit|undefined|NaN/i.test(run.outcome.error.message)) {
    fail({ ...explainOutcome(run, 'crawl'), mistake: `crawl(ids, download) is called without a limit: give the parameter its default, limit = ${DEFAULT_LIMIT}` })
  }
  resolvedValue(run, 'crawl')
  judgeWithinLimit(run, crawl, () => `with no limit given, crawl must run at most ${DEFAULT_LIMIT} downloads at once: give the parameter its default, limit = ${DEFAULT_LIMIT}`)
  const peak = peakOverlap(spansOf(run.trace))
  if (peak.count < DEFAULT_LIMIT) {
    fail({
      message: `${crawl.name}: at most ${peak.count} download${peak.count === 1 ? '' : 's'} ran at once`,
      expected: `${DEFAULT_LIMIT} downloads at once, the default limit`,
      actual: listSpans(spansOf(run.trace)),
      mistake: `the default limit is ${DEFAULT_LIMIT}: crawl(ids, download) must behave like crawl(ids, download, ${DEFAULT_LIMIT})`,
      timeline: timeline(run, crawl),
    })
  }
}
