// gradebook.csv of `--batch`: a row per student, the points of each exercise, the total
// and the maximum of the core exercises, and the bonus in columns of its own. A student is named after a folder, which anyone handing in can name:
// each cell is one safe line, neutralised if a spreadsheet would read it as a formula
// (csvCell in safe-text.ts).
import { csvCell } from './safe-text.ts'
import { safeReport, type BatchResult } from './schema.ts'

export function toGradebook(results: readonly BatchResult[], exerciseIds: readonly string[]): string {
  const withBonus = results.some(({ report }) => report.bonus)
  const header = ['student', ...exerciseIds, 'total', 'max', ...(withBonus ? ['bonus', 'bonus max'] : [])]
  const rows = results.map(({ student, report: input }) => {
    const report = safeReport(input)
    const points = exerciseIds.map((id) => report.exercises.find((result) => result.id === id)?.points ?? 0)
    return [student, ...points, report.score.points, report.score.max, ...(withBonus ? [report.bonus?.points ?? 0, report.bonus?.max ?? 0] : [])]
  })
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`
}
