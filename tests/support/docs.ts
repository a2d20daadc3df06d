// The commands docs/classroom.md tells a teacher to type, read from its ```sh blocks, so
// that the tests run them as written (with the folders they name mapped to test folders).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { kitRoot } from './grading.ts'

export const classroomDoc = () => readFileSync(join(kitRoot, 'docs/classroom.md'), 'utf8')

/** The arguments after `--` of the documented command line that starts with `start`. */
export function documentedArgs(start: string, paths: Record<string, string> = {}): string[] {
  const blocks = [...classroomDoc().matchAll(/```sh\n([\s\S]*?)```/g)].map((block) => block[1]!)
  const line = blocks
    .flatMap((block) => block.split('\n'))
    .map((text) => text.replace(/\s+#.*$/, '').trim())
    .find((text) => text.startsWith(start))
  if (!line) throw new Error(`docs/classroom.md has no command starting with "${start}"`)
  const args = line.slice(line.indexOf(' -- ') + 4).split(/\s+/)
  return args.map((arg) => paths[arg] ?? arg)
}
