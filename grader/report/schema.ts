// The JSON report of `npm run grade -- --json FILE`. Consumers (CI, gradebooks) should
// read `schemaVersion` first: fields are only ever added within a version.
import { z } from 'zod'
import { LANGS } from '../language.ts'
import { safeBlock, safeText } from './safe-text.ts'

export const SCHEMA_VERSION = 1

const SpanSchema = z.object({
  lane: z.string(),
  label: z.string(),
  start: z.number(),
  end: z.number().optional(),
})

export const ScenarioTimelineSchema = z.object({
  scenario: z.string(),
  spans: z.array(SpanSchema),
})

export const CheckResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  points: z.number().int().nonnegative(),
  max: z.number().int().positive(),
  status: z.enum(['passed', 'failed']),
  /** Present when failed: what went wrong, in one line. */
  message: z.string().optional(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  /** The likely misconception. */
  mistake: z.string().optional(),
  /** How the run ended when it did not resolve: killed, deadlock, load-error... */
  outcome: z.string().optional(),
  /** Virtual-time spans (ms) of what the code did, and of what a right solution does. */
  timeline: z.object({ actual: z.array(SpanSchema), expected: z.array(SpanSchema).optional() }).optional(),
  /** What the submission printed during the check's run (untrusted text). */
  output: z.string().optional(),
  /** Unhandled rejections and errors thrown from timers during the check's run. */
  problems: z.array(z.string()).optional(),
})

export const ExerciseStatusSchema = z.enum([
  'passed', // every check passed
  'partial', // some points
  'failed', // ran, no points
  'error', // did not load, or the grading of it broke down: see message
  'missing', // no file to grade
])

export const ExerciseResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  bonus: z.boolean(),
  /** The graded file, or where it was expected when missing. */
  file: z.string(),
  points: z.number().int().nonnegative(),
  max: z.number().int().positive(),
  status: ExerciseStatusSchema,
  /** Present when the whole exercise failed the same way (missing, did not load...). */
  message: z.string().optional(),
  checks: z.array(CheckResultSchema),
  /** What the code did in each scenario the checks ran, in virtual time. */
  timelines: z.array(ScenarioTimelineSchema).optional(),
})

export const IntegritySchema = z.object({
  /** False when the kit has no manifest to compare with. */
  sealed: z.boolean(),
  /** Kit files (grader, specs, runtime, package.json) that differ from the committed manifest. */
  modified: z.array(z.string()),
  added: z.array(z.string()),
  removed: z.array(z.string()),
})

export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The language of titles and feedback. */
  lang: z.enum(LANGS),
  /** Whether the grading kit itself was edited (see grader/integrity.ts). */
  integrity: IntegritySchema.optional(),
  /** What was graded: a folder laid out like exercises/. */
  submission: z.string(),
  /** The core exercises' points: what --fail-under reads. */
  score: z.object({ points: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
  /** The bonus exercises' points, beside the score and never in its max; absent with no bonus graded. */
  bonus: z.object({ points: z.number().int().nonnegative(), max: z.number().int().nonnegative() }).optional(),
  exercises: z.array(ExerciseResultSchema),
})

export type Report = z.infer<typeof ReportSchema>
export type ExerciseResult = z.infer<typeof ExerciseResultSchema>
export type CheckResult = z.infer<typeof CheckResultSchema>
export type Span = z.infer<typeof SpanSchema>

/** One student of a `--batch` run: the folder's name and its report. */
export interface BatchResult {
  student: string
  report: Report
}

// What every writer reads: `safeReport` coerces anything to a Report whose every string
// went through safeText (one line, or a block for `output`), and whose numbers, statuses
// and lists have a value, so that a writer never throws at a malformed report. The
// fields are ReportSchema's; `synced` below fails to compile if the two drift apart.

const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value)
/** An optional field that was null is left out, as if it had never been there. */
const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
const record = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.preprocess((value) => (isRecord(value) ? value : {}), z.object(shape).transform(withoutUndefined))
const optionalRecord = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.preprocess((value) => (isRecord(value) ? value : undefined), z.object(shape).transform(withoutUndefined).optional())
const listOf = <Item extends z.ZodType>(item: Item) => z.preprocess((value) => (Array.isArray(value) ? value : []), z.array(item))
const optionalListOf = <Item extends z.ZodType>(item: Item) =>
  z.preprocess((value) => (value === undefined || value === null ? undefined : Array.isArray(value) ? value : [value]), z.array(item).optional())

const line = z.transform((value: unknown) => safeText(value))
const optionalText = (show: (value: unknown) => string) =>
  z
    .unknown()
    .optional()
    .transform((value) => (value === undefined || value === null ? undefined : show(value)))
const optionalLine = optionalText(safeText)
const optionalBlock = optionalText(safeBlock)
const finite = (value: unknown): number | undefined => {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
  return Number.isFinite(number) ? number : undefined
}
const count = (least: number) => z.transform((value: unknown) => Math.max(least, Math.floor(finite(value) ?? least)))
const time = z.transform((value: unknown) => finite(value) ?? 0)
const optionalTime = z.unknown().optional().transform(finite)
const flag = z.transform((value: unknown) => value === true)

const SafeSpanSchema = record({ lane: line, label: line, start: time, end: optionalTime })

const SafeCheckSchema = record({
  id: line,
  title: line,
  points: count(0),
  max: count(1),
  status: CheckResultSchema.shape.status.catch('failed'),
  message: optionalLine,
  expected: optionalLine,
  actual: optionalLine,
  mistake: optionalLine,
  outcome: optionalLine,
  timeline: optionalRecord({ actual: listOf(SafeSpanSchema), expected: optionalListOf(SafeSpanSchema) }),
  output: optionalBlock,
  problems: optionalListOf(line),
})

const SafeExerciseSchema = record({
  id: line,
  title: line,
  bonus: flag,
  file: line,
  points: count(0),
  max: count(1),
  status: ExerciseStatusSchema.catch('error'),
  message: optionalLine,
  checks: listOf(SafeCheckSchema),
  timelines: optionalListOf(record({ scenario: line, spans: listOf(SafeSpanSchema) })),
})

const SafeReportSchema = record({
  schemaVersion: z.transform((): typeof SCHEMA_VERSION => SCHEMA_VERSION),
  lang: ReportSchema.shape.lang.catch('en'),
  integrity: optionalRecord({ sealed: flag, modified: listOf(line), added: listOf(line), removed: listOf(line) }),
  submission: line,
  score: record({ points: count(0), max: count(0) }),
  bonus: optionalRecord({ points: count(0), max: count(0) }),
  exercises: listOf(SafeExerciseSchema),
})

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false
const synced: [
  SameKeys<z.output<typeof SafeReportSchema>, Report>,
  SameKeys<z.output<typeof SafeExerciseSchema>, ExerciseResult>,
  SameKeys<z.output<typeof SafeCheckSchema>, CheckResult>,
  SameKeys<z.output<typeof SafeSpanSchema>, Span>,
  SameKeys<NonNullable<z.output<typeof SafeReportSchema>['integrity']>, NonNullable<Report['integrity']>>,
] = [true, true, true, true, true]
void synced

/** Any value as a Report every writer can emit as is; never throws. */
export function safeReport(value: unknown): Report {
  try {
    return SafeReportSchema.parse(value)
  } catch {
    // Only a value that throws on reading (a Proxy) gets here: an empty report, still written.
    return SafeReportSchema.parse({})
  }
}

/** The same for one exercise (watch mode renders exercises). */
export function safeExercise(value: unknown): ExerciseResult {
  try {
    return SafeExerciseSchema.parse(value)
  } catch {
    return SafeExerciseSchema.parse({})
  }
}
