// The task-group worlds, as plain data: the world (scenarios.jail.ts) builds its jobs, bodies
// and mailer from them, and the checks judge against them, so this file stays free of side effects.

/** How long an aborted job or send cleans up before it rejects. */
export const CLEANUP_MS = 200
/** How long the body of `group-body-running` cleans up once its signal aborts. */
export const BODY_CLEANUP_MS = 300
/** What every body of the world resolves with. */
export const BODY_VALUE = 'body done'
export const REPORT_EVERY_MS = 500

/** A job the body spawns: it succeeds after `ms`, or fails then; `spawns` is a job it spawns itself when it ends. */
export interface Job {
  name: string
  ms: number
  fails?: true
  spawns?: Job
}

/** A body the world hands to withTaskGroup: the jobs it spawns at t=0, then what it does. */
export interface Body {
  jobs: Job[]
  /** It works this long before returning (or failing); `obeys`: with the group's signal. */
  worksMs: number
  obeys?: true
  fails?: true
  /** After working, it spawns this job and awaits what spawn returned. */
  spawnsLate?: Job
}

export type GroupScenario = 'group-ok' | 'group-nested' | 'group-task-fails' | 'group-body-running' | 'group-body-fails' | 'group-spawn-after-failure'

const job = (name: string, ms: number, extra: Partial<Job> = {}): Job => ({ name, ms, ...extra })

export const BODIES: Record<GroupScenario, Body> = {
  'group-ok': { jobs: [job('job 1', 1000), job('job 2', 3000), job('job 3', 2000)], worksMs: 500, obeys: true },
  // Job 2 is spawned by job 1 when it ends, while the group is already waiting.
  'group-nested': { jobs: [job('job 1', 1000, { spawns: job('job 2', 1000) })], worksMs: 0 },
  // The failing job is neither the first spawned nor the last: the first rejection in spawn order is an abort.
  'group-task-fails': { jobs: [job('job 1', 2000), job('job 2', 1500, { fails: true }), job('job 3', 3000), job('job 4', 1000)], worksMs: 0 },
  // The body is still working when job 2 fails: its own clean-up outlasts the jobs'.
  'group-body-running': { jobs: [job('job 1', 2000), job('job 2', 1500, { fails: true }), job('job 3', 3000)], worksMs: 2500, obeys: true },
  'group-body-fails': { jobs: [job('job 1', 2000), job('job 2', 3000)], worksMs: 1000, fails: true },
  // The body's work cannot be interrupted; when it ends, it spawns job 3.
  'group-spawn-after-failure': { jobs: [job('job 1', 500, { fails: true }), job('job 2', 2000)], worksMs: 1000, spawnsLate: job('job 3', 1000) },
}

export const jobError = (name: string) => `${name} failed: disk full`
export const BODY_ERROR = 'body failed: invalid configuration'

/** The newsletter's lists, in input order, and how long each send takes. */
export const LISTS: ReadonlyArray<{ name: string; ms: number }> = [
  { name: 'clients', ms: 1200 },
  { name: 'partners', ms: 3000 },
  { name: 'press', ms: 1500 },
  { name: 'staff', ms: 2200 },
]
/** The list that fails in `newsletter-failing`, at the end of its send. */
export const FAILING_LIST = 'press'
export const sendError = (name: string) => `the mail server refused the ${name} list (550 mailbox unavailable)`

/**
 * The world stops waiting for sendNewsletter after this many reports (50 s of reporting):
 * an endless reporter would otherwise run up to the timer cap, which costs more real time
 * than the watchdog allows. The run then rejects with an error named GAVE_UP.
 */
export const REPORT_LIMIT = 100
export const GAVE_UP = 'GaveUpWaiting'

export type NewsletterScenario = 'newsletter' | 'newsletter-failing'

// The lanes and events the world records.
export const cleanupLane = (lane: string) => `${lane} clean-up`
export const BODY_LANE = 'body'
/** Where the group's signal (the body's) is seen to abort. */
export const GROUP_SIGNAL_LANE = 'group signal'
export const PROGRESS_LANE = 'progress'
/** Where the body records what spawn did after the failure. */
export const LATE_SPAWN_LANE = 'spawn after failure'
export const ABORTED = 'aborted'
export const FAILED = 'failed'
export const NO_SIGNAL = 'no signal'
/** The late spawn's promise rejected with the group signal's reason itself. */
export const REFUSED_WITH_REASON = 'rejected with the group signal reason'
