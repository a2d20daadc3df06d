// What a student handed in, as one hash: the files of each graded exercise folder (a
// submission may split its code over several files) and where the layout put them. Two
// folders with the same fingerprint get the same report from the same grader version.
import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { CatalogExercise } from '../catalog.ts'
import { exercisesFolderIn } from './submission.ts'

export function submissionFingerprint(dir: string, exercises: readonly CatalogExercise[]): string {
  const hash = createHash('sha256')
  const folder = exercisesFolderIn(dir, exercises)
  hash.update(`layout:${folder === undefined ? 'none' : relative(dir, folder)}\n`)
  if (folder !== undefined) {
    for (const exercise of exercises) {
      hash.update(`exercise:${exercise.id}\n`)
      for (const file of filesUnder(join(folder, exercise.id))) {
        hash.update(`${relative(folder, file.path)}\n${file.kind}\n`)
        hash.update(file.content)
      }
    }
  }
  return hash.digest('hex')
}

interface Entry {
  path: string
  kind: 'file' | 'link' | 'other'
  content: Buffer | string
}

/** Files of a folder in a stable order; a link by its target (the grader refuses links out). */
function filesUnder(dir: string): Entry[] {
  let names: string[]
  try {
    names = readdirSync(dir, { recursive: true }) as string[]
  } catch {
    return []
  }
  return names.sort().flatMap((name): Entry[] => {
    const path = join(dir, name)
    try {
      const stat = lstatSync(path)
      if (stat.isDirectory()) return []
      if (stat.isSymbolicLink()) return [{ path, kind: 'link', content: linkText(path) }]
      return [{ path, kind: stat.isFile() ? 'file' : 'other', content: stat.isFile() ? readFileSync(path) : '' }]
    } catch {
      return []
    }
  })
}

/** A link's target and what it leads to: either changing changes the grading. */
function linkText(path: string): string {
  try {
    return `${readlinkSync(path)}\n${readFileSync(path, 'utf8')}`
  } catch {
    return '(dangling)'
  }
}
