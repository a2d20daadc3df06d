// What a scenario run records, in virtual milliseconds. Shared by the sandbox, which
// writes it, and by the specs and the report, which read it.

export interface TraceEvent {
  /** Virtual time in ms since the scenario started. */
  t: number
  kind: 'start' | 'end' | 'event'
  /** The row this belongs to on a timeline: a task, a resource, "print". */
  lane: string
  label: string
  /** Pairs a `start` with its `end`. */
  span?: number
  /** Recorded after the scenario's call had settled: work it left running did this. */
  late?: true
}

export interface Span {
  lane: string
  label: string
  start: number
  /** Missing when the span was still open when the trace was taken. */
  end?: number
}

/** The spans one scenario run recorded, named after the scenario. */
export interface ScenarioTimeline {
  scenario: string
  spans: Span[]
}

/** The lane of the spans during which synchronous code held the event loop (blocking.ts). */
export const EVENT_LOOP_LANE = 'event loop'
export const BLOCKED_LABEL = 'blocked'

export function spansOf(trace: readonly TraceEvent[]): Span[] {
  const open = new Map<number, Span>()
  const spans: Span[] = []
  for (const event of trace) {
    if (event.kind === 'start' && event.span !== undefined) {
      const span: Span = { lane: event.lane, label: event.label, start: event.t }
      open.set(event.span, span)
      spans.push(span)
    } else if (event.kind === 'end' && event.span !== undefined) {
      const span = open.get(event.span)
      if (span) span.end = event.t
    }
  }
  return spans
}

export function eventsOf(trace: readonly TraceEvent[], lane: string): TraceEvent[] {
  return trace.filter((event) => event.kind === 'event' && event.lane === lane)
}

/** "toast 0-2000", or "toast 0-…" for a span still open. */
export function formatSpan(span: Span): string {
  return `${span.label} ${span.start}-${span.end ?? '…'}`
}

/**
 * The most spans open at one instant, and the first instant it happened. A span ending
 * at t and another starting at t do not overlap.
 */
export function peakOverlap(spans: readonly Span[]): { count: number; at: number; open: Span[] } {
  const edges = spans.flatMap((span) => [{ t: span.start, delta: 1, span }, ...(span.end === undefined ? [] : [{ t: span.end, delta: -1, span }])])
  // Ends before starts at the same instant.
  edges.sort((a, b) => a.t - b.t || a.delta - b.delta)
  const open = new Set<Span>()
  let peak = { count: 0, at: 0, open: [] as Span[] }
  for (const edge of edges) {
    if (edge.delta > 0) open.add(edge.span)
    else open.delete(edge.span)
    if (open.size > peak.count) peak = { count: open.size, at: edge.t, open: [...open] }
  }
  return peak
}
