// summary.csv of a batch: the class at a glance, a row per exercise, then the core score
// and the bonus: how many students, the mean and median points, and how many scored
// full marks, some, none, were in error or handed nothing in.
import { csvText } from './csv.ts'
import type { BatchResult } from './schema.ts'

interface Row {
  name: string
  bonus: boolean
  max: number
  points: number[]
  full: number
  partial: number
  none: number
  error: number
  missing: number
}

export function toClassSummary(results: readonly BatchResult[], exerciseIds: readonly string[]): string {
  const rows: Row[] = exerciseIds.map((id) => {
    const exercises = results.map(({ report }) => report.exercises.find((exercise) => exercise.id === id))
    const count = (status: string) => exercises.filter((exercise) => exercise?.status === status).length
    return {
      name: id,
      bonus: exercises.some((exercise) => exercise?.bonus),
      max: Math.max(0, ...exercises.map((exercise) => exercise?.max ?? 0)),
      points: exercises.map((exercise) => exercise?.points ?? 0),
      full: count('passed'),
      partial: count('partial'),
      none: count('failed'),
      error: count('error'),
      missing: exercises.filter((exercise) => !exercise || exercise.status === 'missing').length,
    }
  })
  const scoreRow = (name: string, bonus: boolean, scores: { points: number; max: number }[]): Row => ({
    name,
    bonus,
    max: Math.max(0, ...scores.map((score) => score.max)),
    points: scores.map((score) => score.points),
    full: scores.filter((score) => score.max > 0 && score.points === score.max).length,
    partial: scores.filter((score) => score.points > 0 && score.points < score.max).length,
    none: scores.filter((score) => score.points === 0).length,
    error: 0,
    missing: 0,
  })
  rows.push(
    scoreRow(
      'total',
      false,
      results.map(({ report }) => report.score),
    ),
  )
  if (results.some(({ report }) => report.bonus))
    rows.push(
      scoreRow(
        'bonus total',
        true,
        results.map(({ report }) => report.bonus ?? { points: 0, max: 0 }),
      ),
    )
  const header = ['exercise', 'bonus', 'students', 'max', 'mean', 'median', 'full marks', 'some points', 'no points', 'error', 'not handed in']
  return csvText([
    header,
    ...rows.map((row) => [
      row.name,
      row.bonus ? 'yes' : 'no',
      results.length,
      row.max,
      mean(row.points),
      median(row.points),
      row.full,
      row.partial,
      row.none,
      row.error,
      row.missing,
    ]),
  ])
}

const round = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '')
const mean = (values: number[]) => round(values.reduce((sum, value) => sum + value, 0) / values.length)

function median(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return round(sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2)
}
