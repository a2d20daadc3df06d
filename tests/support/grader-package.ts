// The kit as a students' repository or a CI runner installs it: the files package.json's
// `files` lists (what npm packs: no solutions, no tests), in node_modules/async-ts-kit,
// its own dependencies linked from the kit's node_modules (npm would install them).
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { kitRoot } from './grading.ts'
import { linkNodeModules } from './kit-copy.ts'

/**
 * Installs the grader package of `from` (the kit, or a grader repository written by
 * `npm run handout`) under `project`; returns the path of its `async-kit` command.
 */
export function installGraderPackage(project: string, from = kitRoot): string {
  const pkg = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as { name: string; files: string[] }
  const installed = join(project, 'node_modules', pkg.name)
  mkdirSync(installed, { recursive: true })
  for (const part of [...pkg.files, 'package.json']) {
    if (existsSync(join(from, part))) cpSync(join(from, part), join(installed, part), { recursive: true })
  }
  linkNodeModules(installed)
  return join(installed, 'grader/bin.mjs')
}
