// Batch grading for teachers: every subfolder of a folder is one student's submission,
// laid out like exercises/. All are graded in one engine run; each gets a JSON report,
// and gradebook.csv sums them up.
import { readdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CatalogExercise } from '../catalog.ts'
import type { Report } from '../report/schema.ts'
import { grade, submissionFromDir, type GradeOptions } from './grade.ts'

export interface BatchResult {
  student: string
  report: Report
}

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
  const results = students.map((student, index) => ({ student, report: reports[index]! }))
  await mkdir(out, { recursive: true })
  await Promise.all(results.map(({ student, report }) => writeFile(join(out, `${student}.json`), `${JSON.stringify(report, null, 2)}\n`)))
  await writeFile(join(out, 'gradebook.csv'), gradebook(results, options.exercises))
  return results
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function gradebook(results: readonly BatchResult[], exercises: readonly CatalogExercise[]): string {
  const header = ['student', ...exercises.map((exercise) => exercise.id), 'total', 'max']
  const rows = results.map(({ student, report }) => [
    student,
    ...exercises.map((exercise) => String(report.exercises.find((result) => result.id === exercise.id)?.points ?? 0)),
    String(report.score.points),
    String(report.score.max),
  ])
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`
}
