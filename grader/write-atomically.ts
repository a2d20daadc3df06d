// Writes a file whole or not at all: gradings run side by side, and a batch may be stopped
// mid-write; a reader finds the previous file or the new one, never half of one.
import { rename, writeFile } from 'node:fs/promises'

export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, data)
  await rename(partial, file)
}
