// Batch grading for teachers: every subfolder of a folder is one student's submission,
// laid out like exercises/. Students are graded in chunks, one engine run each, so that
// memory depends on the chunk and not on the class; each student's report is written as
// soon as every check of theirs is back. A student whose files and grader are those of the report already
// in the output folder is not graded again (batch-store.ts): a batch run again resumes
// where it stopped and regrades only what changed. With a shard, only that part of the
// class is graded (shard.ts), and merge.ts combines the shards' folders.
import { readdirSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { type BatchResult, type Report, safeReport } from '../report/schema.ts'
import { openStore, reusableReport, STATE_DIR, storeReport, writeManifest } from './batch-store.ts'
import { type BatchEndHook, lightReport, writeClassFiles } from './class-files.ts'
import { submissionFingerprint } from './fingerprint.ts'
import { grade, type GradeOptions } from './grade.ts'
import { graderVersion } from './grader-version.ts'
import { progressLog } from './progress-log.ts'
import { inShard, type Shard, shardText } from './shard.ts'
import { submissionFromDir } from './submission.ts'

/** Students per engine run: the run's memory grows with it, and each run costs a vitest start. */
export const DEFAULT_CHUNK = 15

export interface BatchOptions extends GradeOptions {
  /** Grade only this part of the class. */
  shard?: Shard
  chunkSize?: number
  /** Where the line per student goes when it is not a terminal (stderr by default). */
  log?: NodeJS.WritableStream & { isTTY?: boolean }
  /** Called at the end with the class's results (the HTML dashboard). */
  onEnd?: BatchEndHook
}

export function studentsIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
}

/** Grades the class (or its shard) into `out`; the results in gradebook order, lightened (class-files.ts). */
export async function gradeBatch(dir: string, out: string, options: BatchOptions): Promise<BatchResult[]> {
  const students = studentsIn(dir).filter((student) => inShard(student, options.shard))
  const exerciseIds = options.exercises.map((exercise) => exercise.id)
  const version = graderVersion(options)
  await openStore(out)
  // No manifest while the batch runs: --merge refuses a folder whose batch did not finish.
  await rm(join(out, STATE_DIR, 'manifest.json'), { force: true })

  const keys = new Map(students.map((student) => [student, keyOf(version, submissionFingerprint(join(dir, student), options.exercises))]))
  const reports = new Map<string, Report>()
  for (const student of students) {
    const kept = await reusableReport(out, student, keys.get(student)!)
    if (kept) reports.set(student, lightReport(kept))
  }
  const toGrade = students.filter((student) => !reports.has(student))
  const log = progressLog(options.log ?? process.stderr, students.length, toGrade.length)
  for (const student of students) {
    const kept = reports.get(student)
    if (kept) log.student(student, kept.score, true)
  }

  const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK)
  const checksOf = options.exercises.reduce((sum, exercise) => sum + exercise.checks.length, 0)
  for (let start = 0; start < toGrade.length; start += chunkSize) {
    const chunk = toGrade.slice(start, start + chunkSize)
    // The progress bar spans the whole batch, not one chunk.
    const before = start * checksOf
    // Each report is written as soon as its student is graded: an interrupted batch keeps it.
    const written = new Map<string, Promise<void>>()
    const keep = async (student: string, graded: Report) => {
      // What is written is what every writer reads: a safe report (schema.ts).
      const report = safeReport(graded)
      reports.set(student, lightReport(report))
      await storeReport(out, student, keys.get(student)!, report)
      // Logged once on disk: a batch stopped after this line keeps this report.
      log.student(student, report.score, false)
    }
    const graded = await grade(
      chunk.map((student) => submissionFromDir(join(dir, student), options.exercises, student)),
      {
        ...options,
        onProgress: (done) => options.onProgress?.(before + done, toGrade.length * checksOf),
        onGraded: (index, report) => written.set(chunk[index]!, keep(chunk[index]!, report)),
      },
    )
    for (const [index, student] of chunk.entries()) written.get(student) ?? written.set(student, keep(student, graded[index]!))
    await Promise.all(written.values())
  }

  const results = students.map((student) => ({ student, report: reports.get(student)! }))
  await writeClassFiles({ out, exerciseIds, results })
  await writeManifest(out, {
    graderVersion: version,
    exercises: exerciseIds,
    lang: options.lang ?? 'en',
    ...(options.shard ? { shard: shardText(options.shard) } : {}),
    students,
  })
  await options.onEnd?.({ out, exerciseIds, results })
  return results
}

const keyOf = (version: string, fingerprint: string) => createHash('sha256').update(`${version}\n${fingerprint}`).digest('hex')
