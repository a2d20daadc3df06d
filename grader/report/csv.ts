// The CSV text of the batch's class files: rows of cells, each through csvCell
// (safe-text.ts), so that no cell a student could name or write reads as a formula.
import { csvCell } from './safe-text.ts'

export function csvText(rows: readonly (readonly unknown[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`
}
