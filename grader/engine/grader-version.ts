// The grader's own version, for reusing a batch's reports: a hash of everything that
// decides a report besides the student's files (the grader's sources, its runtime and
// dependencies, the exercises and checks graded, the limits, the language, private
// checks). Any change to one of them grades every student again.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { digests } from '../integrity.ts'
import { kitRoot } from '../layout.ts'
import { defaultLimits } from '../sandbox/run-in-sandbox.ts'
import type { GradeOptions } from './grade.ts'

export function graderVersion(options: GradeOptions): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify(digests(kitRoot)))
  hash.update(JSON.stringify(options.exercises))
  hash.update(JSON.stringify({ ...defaultLimits, ...options.limits }))
  hash.update(options.lang ?? 'en')
  if (options.extraSpecs) hash.update(JSON.stringify(filesOf(options.extraSpecs.dir)))
  return hash.digest('hex')
}

/** Every file of a folder, by relative path, with the hash of its content. */
function filesOf(dir: string): [string, string][] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => {
      const file = join(entry.parentPath, entry.name)
      return [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
