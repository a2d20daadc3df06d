// Where each part of an exercise lives: one layout for every exercise. The name of a file
// under grader/specs/ID/ says which side runs it:
//
//   exercises/ID/            the student's: README(.fr).md, HINTS(.fr).md, the stub
//   solutions/ID/            the reference solution (never read by the grader)
//   grader/specs/ID/
//     ID.spec.ts             spec process: the checks, one per catalog line, reading as logic
//     judge*.ts              spec process: the logic the checks call, when it is long
//     texts.ts               spec process: everything the checks say, in English and French
//     scenarios.jail.ts      the jail: the scenarios, each calling the submission in a world
//     *.jail.ts              the jail: the world the scenarios build
//     *.shared.ts            both sides: figures and pure functions the world and the checks share
//
// The spec process reads a `.jail.ts` file for its types only; the jail bundles no spec-side file.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const kitRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * The student's project: the folder a command runs in when it has an exercises/ folder
 * (a students' repository, where the kit is a dependency in node_modules), else the kit.
 */
export function projectRoot(): string {
  return existsSync(join(process.cwd(), 'exercises')) ? process.cwd() : kitRoot
}

export const SCENARIOS_FILE = 'scenarios.jail.ts'

/** The folder of an exercise's specs. */
export function specsDir(exerciseId: string): string {
  return join(kitRoot, 'grader/specs', exerciseId)
}

/** The scenarios module of an exercise, the entry of its world's bundle. */
export function scenariosFileOf(exerciseId: string): string {
  return join(specsDir(exerciseId), SCENARIOS_FILE)
}

/** Which side runs a file of grader/specs/ID/, from its name. */
export function sideOf(fileName: string): 'jail' | 'both' | 'spec' {
  if (fileName.endsWith('.jail.ts')) return 'jail'
  if (fileName.endsWith('.shared.ts')) return 'both'
  return 'spec'
}
