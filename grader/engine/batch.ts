// Batch grading for teachers: every subfolder of a folder is one student's submission,
// laid out like exercises/. All are graded in one engine run; each gets a JSON report,
// and gradebook.csv sums them up.
import { readdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { toGradebook } from '../report/gradebook.ts'
import { safeReport, type BatchResult } from '../report/schema.ts'
import { grade, type GradeOptions } from './grade.ts'
import { submissionFromDir } from './submission.ts'

export function studentsIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
}

export async function gradeBatch(dir: string, out: string, options: GradeOptions): Promise<BatchResult[]> {
  const students = studentsIn(dir)
  const reports = await grade(
    students.map((student) => submissionFromDir(join(dir, student), options.exercises, student)),
    options,
  )
  // What is written is what every writer reads: a safe report (schema.ts).
  const results = students.map((student, index) => ({ student, report: safeReport(reports[index]) }))
  await mkdir(out, { recursive: true })
  await Promise.all(results.map(({ student, report }) => writeFile(join(out, `${student}.json`), `${JSON.stringify(report, null, 2)}\n`)))
  await writeFile(
    join(out, 'gradebook.csv'),
    toGradebook(
      results,
      options.exercises.map((exercise) => exercise.id),
    ),
  )
  return results
}
