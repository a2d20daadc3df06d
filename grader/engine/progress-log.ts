// A line per student in a log, for batches whose stderr is not a terminal (CI, nohup,
// a pipe): where the batch is, who was just graded and their score, and how long the
// rest should take at the pace of the students graded so far in this run.
//   12/120 alice 34/78  about 3m 20s left
//   13/120 bob 78/78 (unchanged)
import { safeText } from '../report/safe-text.ts'

export interface ProgressLog {
  student: (student: string, score: { points: number; max: number }, reused: boolean) => void
}

export function progressLog(stream: NodeJS.WritableStream & { isTTY?: boolean }, total: number, toGrade: number): ProgressLog {
  if (stream.isTTY) return { student: () => {} }
  const started = performance.now()
  let done = 0
  let graded = 0
  return {
    student(student, { points, max }, reused) {
      done++
      if (!reused) graded++
      const left = toGrade - graded
      const estimate = !reused && left > 0 ? `  about ${duration(((performance.now() - started) / graded) * left)} left` : ''
      stream.write(`${done}/${total} ${safeText(student)} ${points}/${max}${reused ? ' (unchanged)' : ''}${estimate}\n`)
    },
  }
}

function duration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000))
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  if (hours > 0) return `${hours}h ${minutes}m`
  return minutes > 0 ? `${minutes}m ${seconds % 60}s` : `${seconds}s`
}
