// What a batch keeps in its output folder, so that a batch run again over it (or
// resumed after an interruption) reuses what did not change:
//   <student>.json                  the student's report, as --json writes it
//   .batch/<student>.key            the hash it was graded under (files + grader version)
//   .batch/manifest.json            the run: grader version, exercises, shard, students
// A report is written before its key, and its old key removed first: a key on disk
// always names the report beside it, whatever moment the batch was stopped at.
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { jsonText } from '../report/json.ts'
import { writeAtomically } from '../write-atomically.ts'
import { type Report, ReportSchema } from '../report/schema.ts'

export const STATE_DIR = '.batch'
const MANIFEST = 'manifest.json'

export const ManifestSchema = z.object({
  graderVersion: z.string(),
  exercises: z.array(z.string()),
  lang: z.string(),
  /** "K/N" when the run graded one shard of the class. */
  shard: z.string().optional(),
  /** The students of this run (its shard), in gradebook order. */
  students: z.array(z.string()),
})
export type Manifest = z.infer<typeof ManifestSchema>

export const reportFile = (out: string, student: string) => join(out, `${student}.json`)
const keyFile = (out: string, student: string) => join(out, STATE_DIR, `${student}.key`)

export async function openStore(out: string): Promise<void> {
  await mkdir(join(out, STATE_DIR), { recursive: true })
}

/** The report kept for `student` if it was graded under `key`; undefined otherwise. */
export async function reusableReport(out: string, student: string, key: string): Promise<Report | undefined> {
  try {
    if ((await readFile(keyFile(out, student), 'utf8')).trim() !== key) return undefined
    return ReportSchema.parse(JSON.parse(await readFile(reportFile(out, student), 'utf8')))
  } catch {
    return undefined
  }
}

export async function storeReport(out: string, student: string, key: string, report: Report): Promise<void> {
  await rm(keyFile(out, student), { force: true })
  await writeAtomically(reportFile(out, student), jsonText(report))
  await writeAtomically(keyFile(out, student), `${key}\n`)
}

export async function writeManifest(out: string, manifest: Manifest): Promise<void> {
  await writeAtomically(join(out, STATE_DIR, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
}

/** A batch output's manifest, or an error naming the folder when it has none. */
export async function readManifest(out: string): Promise<Manifest> {
  const file = join(out, STATE_DIR, MANIFEST)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new Error(`${out} is not the output of a batch: ${file} not found`)
  }
  const parsed = ManifestSchema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`${file} is not a batch manifest: ${parsed.error.issues[0]?.message}`)
  return parsed.data
}

export async function readReport(out: string, student: string): Promise<Report> {
  const file = reportFile(out, student)
  const parsed = ReportSchema.safeParse(JSON.parse(await readFile(file, 'utf8').catch(() => 'null')))
  if (!parsed.success) throw new Error(`${file}: missing or not a report of this grader`)
  return parsed.data
}
