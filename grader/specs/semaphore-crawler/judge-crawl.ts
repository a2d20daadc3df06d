// How the checks judge one run of crawl against the server it was given: what came back,
// how many downloads were in flight, whether a slot sat idle while pages waited.
import { isDeepStrictEqual } from 'node:util'
import { show } from '../../sandbox/plain.ts'
import { peakOverlap, type Span } from '../../sandbox/trace.ts'
import { explainOutcome, resolvedAt } from '../feedback.ts'
import type { Run } from '../run.ts'
import { describeIdle, firstIdleSlot, greedySchedule, listSpans as listOf, type Job } from './judge-schedule.ts'
import { BANNED_LANE, DEFAULT_LIMIT, FAILING, failureOf, PAGE_MS, pageLabel, pageOf, STATEMENT, UNLIMITED_CALL, VARIED } from './params.shared.ts'
import { T } from './texts.ts'

export interface CrawlSetup {
  /** How messages name the call, e.g. "crawl of 10 pages with limit 3". */
  readonly name: string
  ids: number[]
  limit: number
  jobs: Job[]
  broken: number[]
  /** What a correct crawl downloads, and when. */
  expected: Span[]
}

function setup(name: () => string, ids: number[], limit: number, delays = new Map<number, number>(), broken: number[] = []): CrawlSetup {
  const jobs = ids.map((id) => ({ label: pageLabel(id), ms: delays.get(id) ?? PAGE_MS }))
  return {
    get name() {
      return name()
    },
    ids,
    limit,
    jobs,
    broken,
    expected: greedySchedule(jobs, limit),
  }
}

export const CRAWLS = {
  statement: setup(() => T.statementCrawl, STATEMENT.ids, STATEMENT.limit),
  varied: setup(
    () => T.variedCrawl(VARIED.pages.length, VARIED.limit),
    VARIED.pages.map(({ id }) => id),
    VARIED.limit,
    new Map(VARIED.pages.map(({ id, ms }) => [id, ms])),
  ),
  failing: setup(() => T.failingCrawl(FAILING.broken), FAILING.ids, FAILING.limit, undefined, FAILING.broken),
  defaultLimit: setup(() => T.defaultLimitCrawl(UNLIMITED_CALL.ids.length), UNLIMITED_CALL.ids, DEFAULT_LIMIT),
}

const listSpans = (spans: Span[]) => listOf(spans, T.noDownload)

function expectedResult(crawl: CrawlSetup, id: number): PromiseSettledResult<unknown> {
  return crawl.broken.includes(id)
    ? { status: 'rejected', reason: { $type: 'Error', name: 'Error', message: failureOf(id) } }
    : { status: 'fulfilled', value: pageOf(id) }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isPage = (value: unknown): value is Record<string, unknown> => isObject(value) && 'url' in value && !('status' in value)

/** "fulfilled page 3", "rejected (page 1: 503 Service Unavailable)", or the item itself. */
function summarize(item: unknown): string {
  if (isPage(item)) return `page ${show(item.id)}`
  if (isObject(item) && item.status === 'fulfilled' && isPage(item.value)) return T.fulfilledPage(show(item.value.id))
  if (isObject(item) && item.status === 'rejected') {
    const message = isObject(item.reason) ? item.reason.message : undefined
    return `rejected (${typeof message === 'string' ? message : show(item.reason)})`
  }
  return show(item)
}

/**
 * What a crawl check says about the downloads holds only if the downloads ran: in a crawl
 * that resolved, every page of ids was downloaded. Otherwise fails, saying how many were.
 */
function judgeDownloadedAll(run: Run, crawl: CrawlSetup): void {
  if (run.outcome.kind !== 'resolved') return
  const { value, at } = run.resolved('crawl')
  const downloaded = crawl.jobs.filter((job) => run.spans.some((span) => span.label === job.label)).length
  const total = crawl.jobs.length
  if (downloaded === total) return
  const expected = T.downloadsExpected(total, crawl.limit)
  run.fail(
    {
      message: downloaded === 0 ? T.downloadedNone(crawl.name, expected) : T.downloadedSome(crawl.name, downloaded, total, expected),
      expected: listSpans(crawl.expected),
      actual: T.crawlEnded(listSpans(run.spans), resolvedAt(at, show(value))),
      mistake: T.downloadEveryPage,
    },
    crawl.expected,
  )
}

/** Resolves with one settled result per page, in input order, once the last download ended. */
export function judgeResults(run: Run, crawl: CrawlSetup): void {
  const { value, at } = run.resolved('crawl')
  judgeDownloadedAll(run, crawl)
  const said = {
    expected: T.resultsExpected(crawl.ids.length, crawl.ids.map((id) => summarize(expectedResult(crawl, id))).join(', ')),
    actual: Array.isArray(value) ? value.map(summarize).join(', ') || T.noResult : show(value),
  }
  if (!Array.isArray(value)) run.fail({ ...said, message: T.notAnArray(crawl.name, show(value)), mistake: T.returnAllSettled })
  if (value.some((item) => show(item) === 'a Promise')) {
    run.fail({ ...said, message: T.promisesInResults(crawl.name, at), mistake: T.settledNotPromises })
  }
  if (value.some(isPage)) run.fail({ ...said, message: T.pagesThemselves(crawl.name), mistake: T.settledShape })
  if (value.length !== crawl.ids.length) {
    run.fail({ ...said, message: T.resultCount(crawl.name, value.length, crawl.ids.length), mistake: T.onePerId })
  }
  crawl.ids.forEach((id, index) => {
    const got: unknown = value[index]
    const expected = expectedResult(crawl, id)
    if (isDeepStrictEqual(got, expected)) return
    const elsewhere = crawl.ids.some((other) => isDeepStrictEqual(got, expectedResult(crawl, other)))
    run.fail({
      ...said,
      message: T.resultIs(index, show(got), show(expected)),
      mistake: elsewhere ? T.orderOfIds(index, id) : expected.status === 'rejected' ? T.rejectedShape : T.fulfilledShape,
    })
  })
  const lastEnd = Math.max(0, ...run.spans.map((span) => span.end ?? Infinity))
  if (at < lastEnd) {
    const readyAt = Math.max(...crawl.expected.map((span) => span.end ?? 0))
    run.fail(
      {
        message: T.resolvedWhileDownloading(crawl.name, at, lastEnd === Infinity ? '…' : lastEnd),
        expected: T.resolvesWithLastDownload(readyAt),
        actual: resolvedAt(at),
        mistake: T.returnedBeforeDownloads,
      },
      crawl.expected,
    )
  }
  if (at > lastEnd) {
    run.fail(
      {
        message: T.resolvedAfterDownloads(crawl.name, at, lastEnd),
        expected: T.resolvesAtLastDownload(lastEnd),
        actual: resolvedAt(at),
        mistake: T.waitedAfterDownloads,
      },
      crawl.expected,
    )
  }
}

/** The server never banned the client: never more than `limit` downloads in flight. */
export function judgeWithinLimit(run: Run, crawl: CrawlSetup, mistake = (peak: number) => overLimitMistake(crawl, peak)): void {
  const ban = run.events(BANNED_LANE)[0]
  if (!ban) {
    judgeDownloadedAll(run, crawl)
    return
  }
  const peak = peakOverlap(run.spans)
  const open = peak.open.map((span) => T.label(span.label)).join(', ')
  run.fail(
    {
      message: T.banned(crawl.name, ban.t, ban.label.split(',').length, ban.label, crawl.limit),
      expected: T.atMostInFlight(crawl.limit),
      actual: T.peakInFlight(peak.count, peak.at, open),
      mistake: mistake(peak.count),
    },
    crawl.expected,
  )
}

/** Why more than the limit ran, guessed from how many ran at once. */
function overLimitMistake(crawl: CrawlSetup, peak: number): string {
  if (peak === crawl.ids.length) return T.allAtOnce
  if (crawl.limit !== DEFAULT_LIMIT && peak === DEFAULT_LIMIT) return T.limitIgnored(DEFAULT_LIMIT, crawl.limit)
  if (crawl.broken.length > 0) return T.slotGivenBackTwice
  return T.takeAndGiveBack
}

/** Pages start in input order, each as soon as a slot is free. */
export function judgeReusesSlots(run: Run, crawl: CrawlSetup): void {
  run.resolved('crawl')
  judgeDownloadedAll(run, crawl)
  const spans = run.spans
  const said = { expected: listSpans(crawl.expected), actual: listSpans(spans) }
  const labels = crawl.jobs.map((job) => job.label)
  for (const label of labels) {
    const times = spans.filter((span) => span.label === label).length
    if (times !== 1) run.fail({ ...said, message: T.downloadedTimes(crawl.name, label, times), mistake: T.downloadOnce }, crawl.expected)
  }
  const jumped = spans.findIndex((span, index) => span.label !== labels[index])
  if (jumped >= 0) {
    const early = spans[jumped]!
    const skipped = spans.find((span) => span.label === labels[jumped])!
    run.fail({ ...said, message: T.startedBefore(crawl.name, early.label, early.start, skipped.label, skipped.start), mistake: T.pagesInOrder }, crawl.expected)
  }
  const idle = firstIdleSlot(spans, crawl.jobs, crawl.limit)
  if (!idle) return
  const gap = idle.until === Infinity ? undefined : idle.until - idle.from
  run.fail(
    { ...said, message: T.about(crawl.name, T.idleFor(describeIdle(idle, crawl.limit), gap)), mistake: idleMistake(spans, crawl, idle.waiting) },
    crawl.expected,
  )
}

function idleMistake(spans: Span[], crawl: CrawlSetup, waiting: string): string {
  if (peakOverlap(spans).count === 1) return T.oneAtATime
  const position = crawl.jobs.findIndex((job) => job.label === waiting)
  const groupEnd = Math.max(...spans.slice(position - crawl.limit, position).map((span) => span.end ?? Infinity))
  const inFixedGroups = position >= crawl.limit && position % crawl.limit === 0 && spans[position]?.start === groupEnd
  return inFixedGroups ? T.fixedGroups(crawl.limit) : T.slotStayedFree
}

/** A failed download is reported in its slot; the others still download. */
export function judgeFailures(run: Run, crawl: CrawlSetup): void {
  const failed = crawl.broken.filter((id) => run.spans.some((span) => span.label === pageLabel(id) && span.end !== undefined))
  if (run.outcome.kind === 'deadlock' && failed.length > 0) {
    run.fail({ ...explainOutcome(run, 'crawl'), mistake: T.failedKeptSlots(failed) }, crawl.expected)
  }
  const rejection = run.outcome.kind === 'rejected' ? run.outcome.error.message : undefined
  if (crawl.broken.some((id) => failureOf(id) === rejection)) {
    run.fail({ ...explainOutcome(run, 'crawl'), mistake: T.oneFailureRejectsAll }, crawl.expected)
  }
  judgeResults(run, crawl)
  const idle = firstIdleSlot(run.spans, crawl.jobs, crawl.limit)
  if (idle) {
    run.fail(
      {
        message: T.about(crawl.name, describeIdle(idle, crawl.limit)),
        expected: listSpans(crawl.expected),
        actual: listSpans(run.spans),
        mistake: T.failedSlotNotFreed,
      },
      crawl.expected,
    )
  }
}

/** With no limit given, crawl runs 3 downloads at once. */
export function judgeDefaultLimit(run: Run, crawl: CrawlSetup): void {
  const giveDefault = T.giveDefault(DEFAULT_LIMIT)
  if (run.outcome.kind === 'rejected' && /permits|limit|undefined|NaN/i.test(run.outcome.error.message)) {
    run.fail({ ...explainOutcome(run, 'crawl'), mistake: T.calledWithoutLimit(giveDefault) })
  }
  run.resolved('crawl')
  judgeWithinLimit(run, crawl, () => T.noLimitGiven(DEFAULT_LIMIT, giveDefault))
  const peak = peakOverlap(run.spans)
  if (peak.count < DEFAULT_LIMIT) {
    run.fail(
      {
        message: T.atMostRan(crawl.name, peak.count),
        expected: T.defaultAtOnce(DEFAULT_LIMIT),
        actual: listSpans(run.spans),
        mistake: T.defaultIs(DEFAULT_LIMIT),
      },
      crawl.expected,
    )
  }
}
