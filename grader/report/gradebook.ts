// gradebook.csv of `--batch`: a row per student, the points of each exercise, the total
// and the maximum. A student is named after a folder, which anyone handing in can name:
// each cell is one safe line, neutralised if a spreadsheet would read it as a formula
// (csvCell in safe-text.ts).
import { csvCell } from './safe-text.ts'
import { safeReport, type BatchResult } from './schema.ts'

export function toGradebook(results: readonly BatchResult[], exerciseIds: readonly string[]): string {
  const header = ['student', ...exerciseIds, 'total', 'max']
  const rows = results.map(({ student, report: input }) => {
    const report = safeReport(input)
    return [student, ...exerciseIds.map((id) => report.exercises.find((result) => result.id === id)?.points ?? 0), report.score.points, report.score.max]
  })
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`
}
