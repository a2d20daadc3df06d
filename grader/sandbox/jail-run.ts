// What a jail sends back is read as untrusted data: were the submission ever to get out of
// its compartment, it could write the jail's messages itself. Every run is checked and cut
// to size here; one that does not fit is a crash of the sandbox, never a crash of the grader.
import { z } from 'zod'
import { cut } from './cut.ts'
import type { ScenarioRun } from './outcome.ts'
import { toPlain } from './plain.ts'

const text = (limit: number) => z.string().transform((value) => cut(value, limit))
/** A list cut to `limit` items: a long honest one (every span still open) must not read as forged. */
const list = <T extends z.ZodType>(item: T, limit: number) => z.array(item).transform((items) => items.slice(0, limit))
const time = z.number().finite()
// No stack: under ses' safe error taming a compartment's errors carry none.
export const ErrorInfoSchema = z.object({ name: text(100), message: text(2000) })

const OutcomeSchema = z.discriminatedUnion('kind', [
  // Copied again on this side: the value is data of any shape, and must be of a bounded one.
  z.object({ kind: z.literal('resolved'), value: z.unknown().transform((value) => toPlain(value)), at: time }),
  z.object({ kind: z.literal('rejected'), error: ErrorInfoSchema, at: time }),
  z.object({ kind: z.literal('deadlock'), at: time, waiting: list(text(500), 100) }),
  z.object({ kind: z.literal('runaway'), at: time, timersFired: z.number(), nextTimerAt: time.optional() }),
  z.object({ kind: z.literal('load-error'), error: ErrorInfoSchema }),
  z.object({ kind: z.literal('missing-export'), names: list(text(100), 100) }),
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
  trace: list(TraceEventSchema, 200_000),
  timersLeft: z.number().int().nonnegative(),
  problems: list(text(2000), 20),
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

/** What a jail said went wrong in its own code, read like the rest. */
export function parseJailError(message: unknown): { name: string; message: string } {
  const parsed = ErrorInfoSchema.safeParse(message)
  return parsed.success ? parsed.data : { name: 'Error', message: 'the sandbox failed and said nothing readable' }
}
