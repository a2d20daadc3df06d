// A throwaway copy of the kit, for tests that edit it (tamper report, scaffolding) or
// run it as a student would. node_modules is linked, not copied.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { kitRoot } from './grading.ts'

const KIT_PARTS = [
  'grader',
  'runtime',
  'exercises',
  'solutions',
  'classroom',
  'scripts',
  'tests',
  'README.md',
  'README.fr.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'biome.json',
]

export function copyKit(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-copy-'))
  for (const part of KIT_PARTS) cpSync(join(kitRoot, part), join(dir, part), { recursive: true })
  linkNodeModules(dir)
  return dir
}

export function linkNodeModules(dir: string): void {
  symlinkSync(join(kitRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
}
