// The numbers of the class dashboard, from the batch's safe reports: the score
// distribution, the pass rate of every check, and the diagnosed mistakes (the `mistake`
// of failed checks) by how many students made them. A mistake is counted once per
// student, and only where the code ran: an exercise missing or that did not load says
// nothing about a misconception.
import type { Report } from './schema.ts'

export interface CheckRate {
  exercise: string
  check: string
  title: string
  passed: number
  /** Students whose report has this check. */
  total: number
}

export interface CommonMistake {
  exercise: string
  mistake: string
  /** How many students made it. */
  students: number
  /** The titles of the checks it was diagnosed in. */
  checks: string[]
}

export interface ClassStats {
  students: number
  /** Core score per student, in percent (floor), in the batch's order. */
  percents: number[]
  /** Students per decile: [0-9], [10-19], ..., [90-100]. */
  bins: number[]
  mean: number
  median: number
  checks: CheckRate[]
  mistakes: CommonMistake[]
}

export const percentOf = (points: number, max: number) => (max === 0 ? 100 : Math.floor((100 * points) / max))

export function classStats(reports: readonly Report[]): ClassStats {
  const percents = reports.map((report) => percentOf(report.score.points, report.score.max))
  const bins = Array.from({ length: 10 }, () => 0)
  for (const value of percents) bins[Math.min(9, Math.max(0, Math.floor(value / 10)))]! += 1
  const sorted = [...percents].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  const mean = sorted.length === 0 ? 0 : sorted.reduce((sum, value) => sum + value, 0) / sorted.length

  const checks = new Map<string, CheckRate>()
  const mistakes = new Map<string, CommonMistake & { who: Set<number> }>()
  reports.forEach((report, student) => {
    for (const exercise of report.exercises) {
      const ran = exercise.status !== 'missing' && exercise.status !== 'error'
      for (const check of exercise.checks) {
        const key = JSON.stringify([exercise.id, check.id])
        const rate = checks.get(key) ?? { exercise: exercise.id, check: check.id, title: check.title, passed: 0, total: 0 }
        rate.total += 1
        if (check.status === 'passed') rate.passed += 1
        checks.set(key, rate)
        if (!ran || check.status === 'passed' || !check.mistake) continue
        const mistakeKey = JSON.stringify([exercise.id, check.mistake])
        const found = mistakes.get(mistakeKey) ?? { exercise: exercise.id, mistake: check.mistake, students: 0, checks: [], who: new Set<number>() }
        found.who.add(student)
        if (!found.checks.includes(check.title)) found.checks.push(check.title)
        mistakes.set(mistakeKey, found)
      }
    }
  })
  const common = [...mistakes.values()]
    .map(({ who, ...mistake }) => ({ ...mistake, students: who.size }))
    .sort((a, b) => b.students - a.students || a.exercise.localeCompare(b.exercise) || a.mistake.localeCompare(b.mistake))
  return { students: reports.length, percents, bins, mean, median, checks: [...checks.values()], mistakes: common }
}
