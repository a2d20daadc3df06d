// Draws virtual-time spans as a terminal chart: one row per lane, time across.
import { safeText } from './safe-text.ts'
import { peakOverlap } from '../sandbox/trace.ts'
import type { Span } from './schema.ts'

/** A lane's name is the chart's left column: a longer one is cut. */
const LANE_LIMIT = 32

export interface TimelineBlock {
  title: string
  spans: readonly Span[]
}

/**
 * Renders blocks (e.g. "expected" and "yours") on one shared time scale so they can be
 * compared column by column. In a lane, █ is one span running, 2 to 9 that many running
 * at the same instant (+ for more), and ░ a span still running when the run ended (left
 * running). Spans that follow each other within one column are one at a time: █.
 * A run whose spans all lie at t=0 has no time to draw, and draws nothing.
 */
export function renderTimeline(input: readonly TimelineBlock[], width = 40): string[] {
  const blocks = input.map(({ title, spans }) => ({ title, spans: spans.map((span) => ({ ...span, lane: safeText(span.lane, { max: LANE_LIMIT }) })) }))
  const all = blocks.flatMap((block) => block.spans)
  const end = Math.max(0, ...all.map((span) => span.end ?? span.start))
  if (end === 0) return []
  const msPerColumn = end / width
  const titleWidth = Math.max(...blocks.map((block) => block.title.length))
  const laneWidth = Math.max(...all.map((span) => span.lane.length))
  const indent = ' '.repeat(titleWidth + laneWidth + 3)
  const endLabel = `${end} ms`
  const lines = [`${indent}0${' '.repeat(Math.max(1, width - endLabel.length))}${endLabel}`]

  for (const block of blocks) {
    const lanes = [...new Set(block.spans.map((span) => span.lane))]
    lanes.forEach((lane, index) => {
      const finished = Array.from({ length: width }, (): Span[] => [])
      const open = Array.from({ length: width }, () => false)
      for (const span of block.spans.filter((candidate) => candidate.lane === lane)) {
        const from = Math.min(width - 1, Math.floor(span.start / msPerColumn))
        const to = span.end === undefined ? width : Math.max(from + 1, Math.round(span.end / msPerColumn))
        for (let column = from; column < to; column++) {
          if (span.end === undefined) open[column] = true
          else finished[column]!.push(span)
        }
      }
      const cells = finished.map((spans, column) => {
        if (spans.length === 0) return open[column] ? '░' : '·'
        // How many ran at the same instant; an instant-long span counts as one.
        const count = Math.max(1, peakOverlap(spans).count)
        return count === 1 ? '█' : count <= 9 ? String(count) : '+'
      })
      const title = index === 0 ? block.title : ''
      lines.push(`${title.padEnd(titleWidth)}  ${lane.padEnd(laneWidth)} ${cells.join('')}`)
    })
  }
  return lines
}
