// gradebook-moodle.csv: Moodle's CSV grade import (Grades > Import > CSV file). Moodle
// reads a header row, then a row per student; on import the teacher maps one column to a
// user field ("Map from" this file's column, "Map to" username, email or ID number) and
// each other column to a grade item, or to a new grade item it creates. So: the student's
// identifier first (the folder's name: name the folders after Moodle usernames), then
// the points of each exercise, bonus exercises included, each in a column of its own.
// No total: Moodle computes the course total, and an imported total would count twice.
import { csvText } from './csv.ts'
import type { BatchResult } from './schema.ts'

export function toMoodleCsv(results: readonly BatchResult[], exerciseIds: readonly string[]): string {
  const rows = results.map(({ student, report }) => [student, ...exerciseIds.map((id) => report.exercises.find((exercise) => exercise.id === id)?.points ?? 0)])
  return csvText([['Username', ...exerciseIds], ...rows])
}
