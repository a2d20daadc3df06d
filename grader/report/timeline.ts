// Draws virtual-time spans as a terminal chart: one row per lane, time across.
import type { Span } from '../sandbox/trace.ts'

export interface TimelineBlock {
  title: string
  spans: readonly Span[]
}

/**
 * Renders blocks (e.g. "expected" and "yours") on one shared time scale so they can be
 * compared column by column. A span still open at the end is drawn up to the edge.
 */
export function renderTimeline(blocks: readonly TimelineBlock[], width = 40): string[] {
  const all = blocks.flatMap((block) => block.spans)
  if (all.length === 0) return []
  const end = Math.max(1, ...all.map((span) => span.end ?? span.start))
  const msPerColumn = end / width
  const titleWidth = Math.max(...blocks.map((block) => block.title.length))
  const laneWidth = Math.max(...all.map((span) => span.lane.length))
  const indent = ' '.repeat(titleWidth + laneWidth + 3)
  const endLabel = `${end} ms`
  const lines = [`${indent}0${' '.repeat(Math.max(1, width - endLabel.length))}${endLabel}`]

  for (const block of blocks) {
    const lanes = [...new Set(block.spans.map((span) => span.lane))]
    lanes.forEach((lane, index) => {
      const cells = Array.from({ length: width }, () => '·')
      for (const span of block.spans.filter((candidate) => candidate.lane === lane)) {
        const from = Math.min(width - 1, Math.floor(span.start / msPerColumn))
        const to = span.end === undefined ? width : Math.max(from + 1, Math.round(span.end / msPerColumn))
        for (let column = from; column < to; column++) cells[column] = '█'
      }
      const title = index === 0 ? block.title : ''
      lines.push(`${title.padEnd(titleWidth)}  ${lane.padEnd(laneWidth)} ${cells.join('')}`)
    })
  }
  return lines
}
