// What a jail sends back is read as untrusted data: were the submission ever to get out of
// its compartment, it could write the jail's messages itself. Every run is checked and cut
// to size here; one that does not fit is a crash of the sandbox, never a crash of the grader.
import { z } from 'zod'
import type { ScenarioRun } from './outcome.ts'

const text = (limit: number) => z.string().transform((value) => (value.length > limit ? `${value.slice(0, limit)}…` : value))
const time = z.number().finite()
const ErrorInfoSchema = z.object({ name: text(100), message: text(2000), stack: text(2000).optional() })

const OutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resolved'), value: z.unknown(), at: time }),
  z.object({ kind: z.literal('rejected'), error: ErrorInfoSchema, at: time }),
  z.object({ kind: z.literal('deadlock'), at: time, waiting: z.array(text(500)).max(100) }),
  z.object({ kind: z.literal('runaway'), at: time, timersFired: z.number() }),
  z.object({ kind: z.literal('load-error'), error: ErrorInfoSchema }),
  z.object({ kind: z.literal('missing-export'), names: z.array(text(100)).max(100) }),
])

const TraceEventSchema = z.object({
  t: time,
  kind: z.enum(['start', 'end', 'event']),
  lane: text(200),
  label: text(200),
  span: z.number().optional(),
  late: z.literal(true).optional(),
})

const JailRunSchema = z.object({
  outcome: OutcomeSchema,
  trace: z.array(TraceEventSchema).max(200_000),
  timersLeft: z.number().int().nonnegative(),
  problems: z.array(text(2000)).max(20),
  output: text(4000),
})

/** A trace event a jail sent live (`npm run try`), or nothing if it is not one. */
export function parseJailEvent(message: unknown): z.infer<typeof TraceEventSchema> | undefined {
  const parsed = TraceEventSchema.safeParse(message)
  return parsed.success ? parsed.data : undefined
}

/** The run a jail reported, or a crash that says the report was unreadable. */
export function parseJailRun(message: unknown, scenario: string): ScenarioRun {
  const parsed = JailRunSchema.safeParse(message)
  if (parsed.success) return { scenario, ...parsed.data } as ScenarioRun
  return {
    scenario,
    trace: [],
    timersLeft: 0,
    problems: [],
    output: '',
    outcome: { kind: 'crashed', phase: 'run', cause: { kind: 'error', error: 'the sandbox sent back a result that is not one' } },
  }
}
