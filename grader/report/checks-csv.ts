// checks.csv of a batch: a row per check of the class, how many students passed and
// failed it, and the mistakes diagnosed most often among those who failed (the
// `mistake` of each failed check's feedback), with how many students made each. This is
// what a teacher reads to see which misconception is common: "34 of 120 awaited the toast".
import { csvText } from './csv.ts'
import type { BatchResult } from './schema.ts'

export const TOP_MISTAKES = 3

interface CheckTally {
  exercise: string
  check: string
  title: string
  points: number
  passed: number
  failed: number
  /** The exercise was not handed in: the check was not failed, it was never attempted. */
  missing: number
  /** Failed with no mistake diagnosed (a load error, a crash, a wrong value with no known cause). */
  undiagnosed: number
  mistakes: Map<string, number>
}

export function checkTallies(results: readonly BatchResult[], exerciseIds: readonly string[]): CheckTally[] {
  const tallies = new Map<string, CheckTally>()
  for (const id of exerciseIds) {
    for (const { report } of results) {
      const exercise = report.exercises.find((candidate) => candidate.id === id)
      for (const check of exercise?.checks ?? []) {
        const key = `${id}\u0000${check.id}`
        let tally = tallies.get(key)
        if (!tally) {
          tally = {
            exercise: id,
            check: check.id,
            title: check.title,
            points: check.max,
            passed: 0,
            failed: 0,
            missing: 0,
            undiagnosed: 0,
            mistakes: new Map(),
          }
          tallies.set(key, tally)
        }
        if (check.status === 'passed') tally.passed++
        else if (exercise?.status === 'missing') tally.missing++
        else {
          tally.failed++
          if (check.mistake) tally.mistakes.set(check.mistake, (tally.mistakes.get(check.mistake) ?? 0) + 1)
          else tally.undiagnosed++
        }
      }
    }
  }
  return [...tallies.values()]
}

/** The mistakes of a check, most frequent first; ties in the order of their text, so every run agrees. */
export function topMistakes(tally: CheckTally, count = TOP_MISTAKES): [string, number][] {
  return [...tally.mistakes].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).slice(0, count)
}

export function toChecksCsv(results: readonly BatchResult[], exerciseIds: readonly string[]): string {
  const students = results.length
  const header = ['exercise', 'check', 'title', 'points', 'students', 'passed', 'failed', 'not handed in', 'failed, no mistake diagnosed']
  for (let rank = 1; rank <= TOP_MISTAKES; rank++) header.push(`mistake ${rank}`, `mistake ${rank} students`, `mistake ${rank} in words`)
  const rows = checkTallies(results, exerciseIds).map((tally) => {
    const top = topMistakes(tally)
    const mistakes = Array.from({ length: TOP_MISTAKES }, (_, rank) => {
      const [mistake, count] = top[rank] ?? []
      return mistake === undefined ? ['', '', ''] : [mistake, count, `${count} of ${students}: ${mistake}`]
    }).flat()
    return [tally.exercise, tally.check, tally.title, tally.points, students, tally.passed, tally.failed, tally.missing, tally.undiagnosed, ...mistakes]
  })
  return csvText([header, ...rows])
}
