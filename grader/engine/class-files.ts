// The class files of a batch's output folder, written from the students' reports once
// all are in, by a batch on one machine and by --merge of the shards alike, so the two
// write the same bytes: gradebook.csv, checks.csv, summary.csv and the LMS imports.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { toChecksCsv } from '../report/checks-csv.ts'
import { toClassSummary } from '../report/class-summary.ts'
import { toGradebook } from '../report/gradebook.ts'
import { toCanvasCsv } from '../report/lms-canvas.ts'
import { toMoodleCsv } from '../report/lms-moodle.ts'
import type { BatchResult, Report } from '../report/schema.ts'

/** What a batch hands on when it ends, for writers of class pages (the HTML dashboard). */
export interface BatchEnd {
  out: string
  exerciseIds: readonly string[]
  /** Every student, in gradebook order, with a report lightened of timelines and output: the full one is `<out>/<student>.json`. */
  results: readonly BatchResult[]
}

/** Called once the class files are written, with the batch's results. */
export type BatchEndHook = (end: BatchEnd) => Promise<void> | void

export const CLASS_FILES = {
  'gradebook.csv': toGradebook,
  'checks.csv': toChecksCsv,
  'summary.csv': toClassSummary,
  'gradebook-moodle.csv': toMoodleCsv,
  'gradebook-canvas.csv': toCanvasCsv,
} as const

export async function writeClassFiles(end: BatchEnd): Promise<void> {
  for (const [name, write] of Object.entries(CLASS_FILES)) await writeFile(join(end.out, name), write(end.results, end.exerciseIds))
}

/**
 * A report without what only its student's page needs (timelines, captured output):
 * what a batch keeps in memory for each student, so that a class of 10,000 fits.
 */
export function lightReport(report: Report): Report {
  const { integrity: _integrity, ...rest } = report
  return {
    ...rest,
    exercises: report.exercises.map(({ timelines: _timelines, ...exercise }) => ({
      ...exercise,
      checks: exercise.checks.map(({ timeline: _timeline, output: _output, ...check }) => check),
    })),
  }
}
