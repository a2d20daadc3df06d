// Private checks: an instructor keeps spec files and their rubric outside the students'
// repository and adds them to a grading with --extra-specs DIR. DIR/rubric.json gives
// the points, exercise by exercise: { "toaster": [{ "id", "title", "points" }] }.
//
// Whatever is wrong in DIR is the teacher's to fix, so it stops the grading before it
// starts, naming the file and the problem: the rubric is read strictly (extra-specs/rubric.ts),
// then the spec files are loaded and their scenarios files built for the jail in a process
// of their own (extra-specs/probe.ts), and both must name the same checks (agreement.ts).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CatalogExercise } from './catalog.ts'
import { disagreements } from './extra-specs/agreement.ts'
import { LOADING, type ProbeResult } from './extra-specs/protocol.ts'
import { type ExtraRubric, readRubric } from './extra-specs/rubric.ts'
import { kitRoot } from './layout.ts'

export type { ExtraRubric } from './extra-specs/rubric.ts'

const PROBE_TIMEOUT_MS = 60_000

/** DIR's rubric, once everything in DIR has been found sound; otherwise an error listing every problem. */
export function loadExtraRubric(dir: string): ExtraRubric {
  const rubric = readRubric(dir)
  const { specFiles, specs, problems } = probe(dir)
  const all = [...problems, ...disagreements(dir, rubric, specFiles, specs)]
  if (all.length > 0) throw new Error(all.join('\n'))
  return rubric
}

/** Runs extra-specs/probe.ts on DIR: synchronously, as the command line reads its options. */
function probe(dir: string): ProbeResult {
  const scratch = mkdtempSync(join(tmpdir(), 'async-kit-probe-'))
  try {
    const out = join(scratch, 'probe.json')
    const env = { ...process.env }
    delete env.KIT_PLAN_FILE
    const child = spawnSync(process.execPath, [join(kitRoot, 'grader/launch.mjs'), 'grader/extra-specs/probe.ts', dir, out], {
      cwd: kitRoot,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: PROBE_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    })
    try {
      if (child.status === 0) return JSON.parse(readFileSync(out, 'utf8')) as ProbeResult
    } catch {}
    const loading = child.stderr
      .split('\n')
      .findLast((line) => line.startsWith(LOADING))
      ?.slice(LOADING.length)
    const what = loading ? `the private checks in ${loading}` : `the private checks in ${dir}`
    const why =
      child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
        ? `they did not finish loading within ${PROBE_TIMEOUT_MS / 1000} s`
        : `loading them ended the process (${child.signal ?? `exit code ${child.status}`})${tail(child.stderr)}`
    throw new Error(`${what} failed to load: ${why}`)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** The last lines a failed load printed, but for the probe's own. */
function tail(stderr: string): string {
  const lines = stderr
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith(LOADING))
    .slice(-3)
  return lines.length > 0 ? `: ${lines.join(' ')}` : ''
}

/** The exercises with the private checks appended to their rubric. */
export function withExtraChecks(exercises: readonly CatalogExercise[], rubric: ExtraRubric): CatalogExercise[] {
  return exercises.map((exercise) => ({ ...exercise, checks: [...exercise.checks, ...(rubric[exercise.id] ?? [])] }))
}
