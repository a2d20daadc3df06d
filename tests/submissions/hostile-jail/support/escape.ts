// Not a submission: what the attacks of this folder do with what they reach. An attack
// calls `probe` with a way to reach `process`; it logs "blocked <what>: <why>" when the
// sandbox holds, and "ESCAPED <what>" when it does not, and then uses the escape: it
// sends the grader a passing run of the concurrent breakfast for every run id, so that
// a hole shows up as points, not only as a line of output.

/** The run a right breakfastConcurrent records. */
const PASSING_CONCURRENT = {
  scenario: 'concurrent',
  outcome: { kind: 'resolved', value: ['golden toast', 'hot coffee'], at: 2000 },
  trace: [
    { t: 0, kind: 'start', lane: 'toast', label: 'toast', span: 0 },
    { t: 0, kind: 'start', lane: 'coffee', label: 'coffee', span: 1 },
    { t: 2000, kind: 'end', lane: 'toast', label: 'toast', span: 0 },
    { t: 2000, kind: 'end', lane: 'coffee', label: 'coffee', span: 1 },
  ],
  timersLeft: 0,
  problems: [],
  output: '',
}

const short = (value: unknown): string => {
  try {
    return String(value instanceof Error ? value.message : value).slice(0, 70)
  } catch {
    return 'unreadable'
  }
}

/** Looks like Node's process object. */
export function isProcess(value: unknown): value is { send(message: unknown): void } {
  const candidate = value as { pid?: unknown; send?: unknown; binding?: unknown } | null
  return typeof candidate === 'object' && candidate !== null && (typeof candidate.pid === 'number' || typeof candidate.binding === 'function')
}

/** Forges a passing concurrent run for every run id the grader may be waiting on. */
export function forge(proc: { send?: unknown }): void {
  if (typeof proc.send !== 'function') return
  for (let id = 1; id <= 5000; id++) (proc.send as (message: unknown) => void)({ type: 'finished', id, run: PASSING_CONCURRENT })
}

/** Tries one way to reach `process`; says how it went. */
export function probe(what: string, attempt: () => unknown): void {
  try {
    const found = attempt()
    if (isProcess(found)) {
      console.log(`ESCAPED ${what}`)
      forge(found)
    } else {
      console.log(`blocked ${what}: got ${typeof found}`)
    }
  } catch (error) {
    console.log(`blocked ${what}: ${short(error)}`)
  }
}
