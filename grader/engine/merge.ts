// `--merge OUT... --out DIR`: the output folders of the shards of one class, combined
// into one folder that is what a single machine would have written: every student's
// report, then the class files from them all (class-files.ts). The shards must come from
// the same grader version and exercises, and be all there: a shard that is missing,
// unfinished or given twice, or a student in two shards, stops the merge, naming it,
// rather than a gradebook silently short of students.
import { copyFile, mkdir } from 'node:fs/promises'
import type { BatchResult } from '../report/schema.ts'
import { openStore, readManifest, readReport, reportFile, type Manifest, writeManifest } from './batch-store.ts'
import { type BatchEndHook, lightReport, writeClassFiles } from './class-files.ts'

export class MergeError extends Error {}

export async function mergeBatches(outs: readonly string[], dest: string, onEnd?: BatchEndHook): Promise<BatchResult[]> {
  const manifests = await Promise.all(outs.map(async (out) => ({ out, manifest: await readManifest(out).catch(fail) })))
  const [first] = manifests
  if (!first) throw new MergeError('--merge needs at least one batch output folder')
  for (const { out, manifest } of manifests) {
    if (manifest.graderVersion !== first.manifest.graderVersion) {
      throw new MergeError(
        `${out} was graded by another version of the grader than ${first.out} (or other exercises, limits, language or private checks): grade every shard with the same kit`,
      )
    }
    if (manifest.exercises.join() !== first.manifest.exercises.join())
      throw new MergeError(`${out} graded ${manifest.exercises.join(', ')}, ${first.out} ${first.manifest.exercises.join(', ')}`)
  }
  checkShards(manifests)

  const owner = new Map<string, string>()
  for (const { out, manifest } of manifests) {
    for (const student of manifest.students) {
      const other = owner.get(student)
      if (other !== undefined) throw new MergeError(`student ${JSON.stringify(student)} is in both ${other} and ${out}`)
      owner.set(student, out)
    }
  }
  await mkdir(dest, { recursive: true })
  await openStore(dest)
  // The order of a single machine's batch: studentsIn sorts the folder names.
  const students = [...owner.keys()].sort()
  const results: BatchResult[] = []
  for (const student of students) {
    const out = owner.get(student)!
    const report = await readReport(out, student).catch(fail)
    if (out !== dest) await copyFile(reportFile(out, student), reportFile(dest, student))
    results.push({ student, report: lightReport(report) })
  }
  const exerciseIds = first.manifest.exercises
  await writeClassFiles({ out: dest, exerciseIds, results })
  await writeManifest(dest, { graderVersion: first.manifest.graderVersion, exercises: exerciseIds, lang: first.manifest.lang, students })
  await onEnd?.({ out: dest, exerciseIds, results })
  return results
}

/** Sharded outputs must be the N shards of one split, each once. */
function checkShards(manifests: readonly { out: string; manifest: Manifest }[]): void {
  const sharded = manifests.filter(({ manifest }) => manifest.shard !== undefined)
  if (sharded.length === 0) return
  const counts = new Set(sharded.map(({ manifest }) => manifest.shard!.split('/')[1]))
  if (counts.size > 1 || sharded.length !== manifests.length)
    throw new MergeError(
      `the folders are not the shards of one split: ${manifests.map(({ out, manifest }) => `${out} (${manifest.shard ?? 'no shard'})`).join(', ')}`,
    )
  const count = Number([...counts][0])
  const seen = new Map<string, string>()
  for (const { out, manifest } of sharded) {
    const twice = seen.get(manifest.shard!)
    if (twice) throw new MergeError(`shard ${manifest.shard} is given twice: ${twice} and ${out}`)
    seen.set(manifest.shard!, out)
  }
  const missing = Array.from({ length: count }, (_, index) => `${index + 1}/${count}`).filter((shard) => !seen.has(shard))
  if (missing.length > 0)
    throw new MergeError(`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing: every shard's output is needed for the class's gradebook`)
}

function fail(error: unknown): never {
  throw new MergeError((error as Error).message)
}
