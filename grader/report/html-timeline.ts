// A timeline as inline SVG, the picture of timeline.ts for a page: blocks ("expected",
// "yours") on one shared scale of virtual milliseconds, a row per lane, a rect per span
// with its label, lane and times in a <title> (shown on hover), and an axis below. Spans
// that overlap in a lane are stacked on tracks of their own, so that concurrency reads as
// height; a span still running when the run ended (no end) is drawn to the right edge,
// dashed and pale: left running.
import { html, svgNumber, type Markup } from './html-escape.ts'
import { safeText } from './safe-text.ts'
import type { Span } from './schema.ts'

export interface SvgTimelineBlock {
  title: string
  spans: readonly Span[]
}

export interface SvgTimelineWords {
  /** The axis' unit: virtual milliseconds. */
  unit: string
  /** The tooltip's note for a span left running. */
  leftRunning: string
  /** Said when a block had more spans than are drawn. */
  notDrawn: (count: number) => string
}

/** Drawing geometry, in SVG user units (the viewBox): exported for the tests' positions. */
export const GEOMETRY = { width: 760, labelWidth: 200, right: 16, track: 14, gap: 4, blockGap: 10, top: 6, axis: 28 } as const
/** A lane name is the chart's left column, as in the terminal: a longer one is cut. */
const LANE_LIMIT = 28
/** Spans drawn per block at most: a runaway submission's thousands would make a page of megabytes. */
export const SPAN_LIMIT = 500

interface PlacedSpan {
  span: Span
  track: number
}

interface Lane {
  name: string
  tracks: number
  spans: PlacedSpan[]
}

/** Each span on the lowest track where it overlaps nothing (interval partitioning). */
function placeLane(name: string, spans: readonly Span[], end: number): Lane {
  const ordered = [...spans].sort((a, b) => a.start - b.start || (a.end ?? end) - (b.end ?? end))
  const trackEnds: number[] = []
  const placed = ordered.map((span) => {
    const stop = span.end ?? end
    let track = trackEnds.findIndex((busyUntil) => busyUntil <= span.start)
    if (track === -1) track = trackEnds.push(stop) - 1
    else trackEnds[track] = stop
    return { span, track }
  })
  return { name, tracks: Math.max(1, trackEnds.length), spans: placed }
}

/** 1, 2 or 5 times a power of ten: about `count` ticks over [0, end]. */
export function tickStep(end: number, count = 6): number {
  const rough = end / count
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)
  return step ?? 10 * power
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value))

/**
 * The SVG of one chart, or nothing when there is no time to draw (no span, or all at
 * t=0), as the terminal draws nothing then. `caption` names the chart for screen readers.
 */
export function svgTimeline(input: readonly SvgTimelineBlock[], caption: string, words: SvgTimelineWords): Markup | undefined {
  const all = input.flatMap((block) => block.spans)
  const end = Math.max(0, ...all.map((span) => Math.max(span.start, span.end ?? span.start)))
  if (!(end > 0) || !Number.isFinite(end)) return undefined
  const { width, labelWidth, right, track, gap, blockGap, top, axis } = GEOMETRY
  const plot = width - labelWidth - right
  const x = (ms: number) => labelWidth + (clamp(ms, 0, end) / end) * plot

  let y = top
  const rows: Markup[] = []
  const notes: string[] = []
  for (const block of input) {
    const drawn = block.spans.slice(0, SPAN_LIMIT)
    if (block.spans.length > drawn.length) notes.push(`${safeText(block.title)}: ${words.notDrawn(block.spans.length - drawn.length)}`)
    const names = [...new Set(drawn.map((span) => span.lane))]
    const lanes = names.map((name) =>
      placeLane(
        name,
        drawn.filter((span) => span.lane === name),
        end,
      ),
    )
    lanes.forEach((lane, index) => {
      const height = lane.tracks * track
      const spans = lane.spans.map(({ span, track: row }) => {
        const open = span.end === undefined
        const from = x(span.start)
        // An instant-long span is still a visible sliver.
        const to = Math.max(from + 2, x(span.end ?? end))
        const times = open ? `${span.start}- ms (${words.leftRunning})` : `${span.start}-${span.end} ms`
        return html`<rect class="${open ? 'span open' : 'span'}" x="${svgNumber(from)}" y="${svgNumber(y + row * track + 1)}" width="${svgNumber(to - from)}" height="${track - 2}" data-start="${span.start}"${open ? html`` : html` data-end="${span.end}"`}><title>${span.label} · ${lane.name} · ${times}</title></rect>`
      })
      rows.push(
        html`<g class="lane" data-lane="${lane.name}"><rect class="lane-bg" x="${labelWidth}" y="${svgNumber(y)}" width="${svgNumber(plot)}" height="${height}"/>${index === 0 ? html`<text class="block-title" x="4" y="${svgNumber(y + track - 3)}">${block.title}</text>` : html``}<text class="lane-name" x="${labelWidth - 6}" y="${svgNumber(y + track - 3)}" text-anchor="end">${safeText(lane.name, { max: LANE_LIMIT })}</text>${spans}</g>`,
      )
      y += height + gap
    })
    if (lanes.length === 0) y += track + gap
    rows.push(html`<line class="block-rule" x1="0" x2="${width}" y1="${svgNumber(y + blockGap / 2 - gap)}" y2="${svgNumber(y + blockGap / 2 - gap)}"/>`)
    y += blockGap
  }

  const step = tickStep(end)
  const ticks: Markup[] = []
  for (let index = 0; index * step <= end * (1 + 1e-9); index++) {
    const ms = index * step
    const at = x(ms)
    ticks.push(
      html`<line class="tick" x1="${svgNumber(at)}" x2="${svgNumber(at)}" y1="${top}" y2="${svgNumber(y + 4)}"/><text class="tick-label" x="${svgNumber(at)}" y="${svgNumber(y + 16)}" text-anchor="middle">${svgNumber(ms)}</text>`,
    )
  }
  const height = y + axis
  return html`<figure class="timeline"><svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${svgNumber(height)}" width="${width}" height="${svgNumber(height)}" data-end="${end}"><title>${caption}</title>${ticks}${rows}<text class="unit" x="${labelWidth - 14}" y="${svgNumber(y + 16)}" text-anchor="end">${words.unit}</text></svg>${notes.map((note) => html`<figcaption>${note}</figcaption>`)}</figure>`
}
