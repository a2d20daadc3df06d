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
}

export interface Span {
  lane: string
  label: string
  start: number
  /** Missing when the span was still open when the trace was taken. */
  end?: number
}

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
