// The class pages as the batch's end hook (engine/class-files.ts): a batch on one machine
// and --merge of its shards both call it with lightened reports, so each student's page
// reads the full report the batch stored beside them (<out>/<student>.json).
import type { BatchEnd } from '../engine/class-files.ts'
import { readReport } from '../engine/batch-store.ts'
import { writeClassPages } from './html-class.ts'

export async function writeClassPagesAtEnd({ out, results }: BatchEnd): Promise<void> {
  await writeClassPages(out, results, { fullReport: (student) => readReport(out, student) })
}
