// What the engine grades: one student's files, by exercise.
import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { catalog, type CatalogExercise } from '../catalog.ts'
import type { Text } from '../language.ts'

export interface Submission {
  /** Unique within one grading; names the submission in results. */
  key: string
  /** What the report says was graded (a folder). */
  label: string
  /** Exercise id -> the student's file. A file that does not exist scores as missing. */
  files: Record<string, string>
  /** The folder handed in (`--dir`, a student of `--batch`): files must really lie in it. */
  root?: string
  /** Why nothing of the folder could be graded: every exercise is in error with this. */
  problem?: Text
}

/**
 * A folder handed in: laid out like exercises/ (<dir>/<exercise id>/<exercise file>), or a
 * repository as GitHub Classroom hands it out (<dir>/exercises/<exercise id>/...). Either
 * way `root` stays the folder handed in: a link from its exercises/ out of it is refused.
 */
export function submissionFromDir(dir: string, exercises: readonly CatalogExercise[], key = 'submission'): Submission {
  const root = resolve(dir)
  const folder = exercisesFolderIn(root, exercises)
  return {
    key,
    label: root,
    root,
    files: Object.fromEntries(exercises.map((exercise) => [exercise.id, join(folder ?? root, exercise.id, exercise.file)])),
    ...(folder ? {} : { problem: noExerciseFolder(root, exercises) }),
  }
}

/** The folder holding the exercise folders, at `root` or one level down; undefined if neither does. */
export function exercisesFolderIn(root: string, exercises: readonly CatalogExercise[] = catalog): string | undefined {
  // Every exercise the kit knows says where the layout is, not only the ones graded now.
  const known = [...new Map([...catalog, ...exercises].map((exercise) => [exercise.id, exercise])).values()]
  const candidates = [root, join(root, 'exercises')].map((folder) => ({
    folder,
    folders: known.filter((exercise) => isDirectory(join(folder, exercise.id))).length,
    files: known.filter((exercise) => isFile(join(folder, exercise.id, exercise.file))).length,
  }))
  // Where more of the students' files are; on a tie, the folder itself.
  const [best] = candidates.filter((candidate) => candidate.folders > 0).sort((a, b) => b.files - a.files)
  return best?.folder
}

function noExerciseFolder(root: string, exercises: readonly CatalogExercise[]): Text {
  const example = exercises[0] ?? catalog[0]!
  const ids = (exercises.length > 0 ? exercises : catalog).map((exercise) => exercise.id).join(', ')
  const flat = join(root, example.id, example.file)
  const repository = join(root, 'exercises', example.id, example.file)
  return {
    en: `no exercise folder found in ${root}: expected ${flat} or ${repository} (a folder per exercise: ${ids})`,
    fr: `aucun dossier d'exercice dans ${root} : attendu ${flat} ou ${repository} (un dossier par exercice : ${ids})`,
  }
}

// Links are followed here: whether a file really lies in the folder is the compiler's check.
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
