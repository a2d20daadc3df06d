// What crosses between the grader and the probe process (probe.ts), owned by neither.
import type { Defined } from './probe-kit.ts'

export interface LoadedSpec {
  file: string
  defined: Defined[]
}

export interface ProbeResult {
  /** Every spec file of DIR, loaded or not. */
  specFiles: string[]
  /** Those that loaded, with what each defines. */
  specs: LoadedSpec[]
  /** Every problem found, worded for the teacher. */
  problems: string[]
}

/** Said on stderr before each spec file loads: should one end the process, it is named. */
export const LOADING = 'async-kit probe: loading '
