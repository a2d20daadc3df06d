// The JSON report of `npm run grade -- --json FILE`. Consumers (CI, gradebooks) should
// read `schemaVersion` first: fields are only ever added within a version.
import { z } from 'zod'
import { LANGS } from '../language.ts'

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
  score: z.object({ points: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
  exercises: z.array(ExerciseResultSchema),
})

export type Report = z.infer<typeof ReportSchema>
export type ExerciseResult = z.infer<typeof ExerciseResultSchema>
export type CheckResult = z.infer<typeof CheckResultSchema>
