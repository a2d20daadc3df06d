// The tamper report: the kit commits a manifest of hashes of everything that decides a
// grade (the grader, its specs, the runtime, package.json); every grading compares the
// files against it, so a teacher reviewing a repository sees which of them were edited.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export const MANIFEST = 'grader/integrity.json'
const SEALED = ['grader', 'runtime', 'package.json']

export interface IntegrityReport {
  /** False when the kit has no manifest to compare with. */
  sealed: boolean
  modified: string[]
  added: string[]
  removed: string[]
}

function sealedFiles(root: string): string[] {
  return SEALED.flatMap((path) => {
    const full = join(root, path)
    if (!existsSync(full)) return []
    if (!statSync(full).isDirectory()) return [path]
    return readdirSync(full, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
  })
}

/** sha256 of every sealed file, line endings normalized so a Windows checkout matches. */
export function digests(root: string): Record<string, string> {
  return Object.fromEntries(
    sealedFiles(root)
      .filter((file) => file !== MANIFEST)
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n'))
          .digest('hex'),
      ]),
  )
}

export function seal(root: string): void {
  writeFileSync(join(root, MANIFEST), `${JSON.stringify(digests(root), null, 2)}\n`)
}

export function checkIntegrity(root: string): IntegrityReport {
  const manifestPath = join(root, MANIFEST)
  if (!existsSync(manifestPath)) return { sealed: false, modified: [], added: [], removed: [] }
  const expected = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>
  const actual = digests(root)
  return {
    sealed: true,
    modified: Object.keys(actual).filter((file) => file in expected && expected[file] !== actual[file]),
    added: Object.keys(actual).filter((file) => !(file in expected)),
    removed: Object.keys(expected).filter((file) => !(file in actual)),
  }
}
