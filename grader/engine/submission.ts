// What the engine grades: one student's files, by exercise.
import { join, resolve } from 'node:path'
import type { CatalogExercise } from '../catalog.ts'

export interface Submission {
  /** Unique within one grading; names the submission in results. */
  key: string
  /** What the report says was graded (a folder). */
  label: string
  /** Exercise id -> the student's file. A file that does not exist scores as missing. */
  files: Record<string, string>
  /** The folder handed in (`--dir`, a student of `--batch`): files must really lie in it. */
  root?: string
}

/** A folder laid out like exercises/: <dir>/<exercise id>/<exercise file>. */
export function submissionFromDir(dir: string, exercises: readonly CatalogExercise[], key = 'submission'): Submission {
  const root = resolve(dir)
  return { key, label: root, root, files: Object.fromEntries(exercises.map((exercise) => [exercise.id, join(root, exercise.id, exercise.file)])) }
}
