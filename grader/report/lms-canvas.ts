// gradebook-canvas.csv: Canvas's Gradebook import (Grades > Import), in the layout of
// Canvas's own Gradebook export: the columns Student, ID, SIS User ID, SIS Login ID and
// Section, then a column per assignment; a second row, "Points Possible", gives each
// assignment's maximum, which Canvas uses when the column creates a new assignment.
// Canvas matches a row to a student by ID (its own user id), else SIS User ID, else SIS
// Login ID: the folder's name goes in Student and SIS Login ID (name the folders after
// the students' SIS logins); ID, SIS User ID and Section are left empty. Each exercise,
// bonus ones included, is an assignment; no total, which Canvas computes itself.
import { csvText } from './csv.ts'
import type { BatchResult } from './schema.ts'

const IDENTITY = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section']

export function toCanvasCsv(results: readonly BatchResult[], exerciseIds: readonly string[]): string {
  const max = (id: string) => Math.max(0, ...results.map(({ report }) => report.exercises.find((exercise) => exercise.id === id)?.max ?? 0))
  const possible = ['Points Possible', '', '', '', '', ...exerciseIds.map(max)]
  const rows = results.map(({ student, report }) => [
    student,
    '',
    '',
    student,
    '',
    ...exerciseIds.map((id) => report.exercises.find((exercise) => exercise.id === id)?.points ?? 0),
  ])
  return csvText([[...IDENTITY, ...exerciseIds], possible, ...rows])
}
