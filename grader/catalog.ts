// The one manifest of the kit: every exercise, where its student file lives, and the
// rubric the grader scores from. Points come only from here, never from a test run.
// Adding an exercise: a folder in exercises/ and solutions/, specs in grader/specs/ID/,
// and one entry below.
import { z } from 'zod'

export const CheckSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  points: z.number().int().positive(),
})

const Exercise = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** The student's file, relative to the exercise folder. */
  file: z.string().regex(/^[\w.-]+\.ts$/),
  bonus: z.boolean().default(false),
  checks: z.array(CheckSchema).min(1),
})

export type CatalogCheck = z.infer<typeof CheckSchema>
export type CatalogExercise = z.infer<typeof Exercise>

export const catalog: readonly CatalogExercise[] = z
  .array(Exercise)
  .refine((list) => new Set(list.map((exercise) => exercise.id)).size === list.length, 'exercise ids must be unique')
  .refine(
    (list) => list.every((exercise) => new Set(exercise.checks.map((check) => check.id)).size === exercise.checks.length),
    'check ids must be unique within an exercise',
  )
  .parse([
    {
      id: 'toaster',
      title: 'Toaster: sequential and concurrent breakfast',
      file: 'toaster.ts',
      checks: [
        { id: 'sequential-order', title: 'breakfastSequential toasts from t=0 to 2000, then brews from 2000 to 4000', points: 2 },
        { id: 'sequential-result', title: 'breakfastSequential resolves at t=4000 with [toast, coffee]', points: 1 },
        { id: 'concurrent-start', title: 'breakfastConcurrent starts the toast and the coffee at t=0', points: 2 },
        { id: 'concurrent-result', title: 'breakfastConcurrent resolves at t=2000 with [toast, coffee]', points: 2 },
        { id: 'main-runs-both', title: 'main runs the sequential breakfast (0-4000), then the concurrent one (4000-6000)', points: 1 },
        { id: 'main-prints-times', title: 'main prints the elapsed seconds: 4.00, then 2.00', points: 1 },
        { id: 'main-measures', title: 'main measures the times: with a 1.25 s toast and a 3 s coffee it prints 4.25, then 3.00', points: 1 },
      ],
    },
    {
      id: 'weather-timeout',
      title: 'Weather timeout: one budget for a group of requests',
      file: 'weather.ts',
      checks: [
        { id: 'all-in-order', title: 'fetchAllWithin resolves when the last server replies (t=2500), with the forecasts in input order', points: 2 },
        { id: 'all-timeout-at-budget', title: 'fetchAllWithin rejects with a TimeoutError at exactly budgetMs when a server is slow or never replies', points: 2 },
        { id: 'all-aborts-pending', title: 'fetchAllWithin aborts every request still pending at the deadline', points: 2 },
        { id: 'all-failure', title: 'fetchAllWithin rejects with a failing server\'s error when it fails, and aborts the others', points: 2 },
        { id: 'all-no-timer-left', title: 'fetchAllWithin leaves no timer of its own running once it has settled', points: 1 },
        { id: 'available-keeps-arrived', title: 'fetchAvailableWithin resolves at the budget (t=3000) with the forecasts that arrived and "timeout" for the rest', points: 2 },
        { id: 'available-aborts-pending', title: 'fetchAvailableWithin aborts the requests still pending at the deadline', points: 1 },
        { id: 'available-early', title: 'fetchAvailableWithin resolves when the last server replies (t=2500) if that comes before the budget', points: 1 },
        { id: 'available-error', title: 'fetchAvailableWithin reports a failing server as "error" and keeps the others, in input order', points: 2 },
      ],
    },
    {
      id: 'semaphore-crawler',
      title: 'Semaphore crawler: at most N downloads at once, and your own limiter',
      file: 'crawler.ts',
      checks: [
        { id: 'crawl-results', title: 'crawl resolves with one settled result per page, in the order of ids, when the last download ends', points: 2 },
        { id: 'crawl-within-limit', title: 'crawl never has more than `limit` downloads in flight (the server bans above)', points: 2 },
        { id: 'crawl-reuses-slots', title: 'crawl starts the next page as soon as a slot frees, in the order of ids (no fixed batches)', points: 2 },
        { id: 'crawl-failures', title: 'a failed download is reported as rejected in its slot and the other pages still download', points: 2 },
        { id: 'crawl-default-limit', title: 'crawl runs 3 downloads at once when no limit is given', points: 1 },
        { id: 'limiter-limit', title: 'createLimiter runs at most `limit` tasks at once, starts the next as soon as one ends, and settles like each task', points: 2 },
        { id: 'limiter-fifo', title: 'createLimiter serves waiting tasks first come, first served', points: 1 },
        { id: 'limiter-rejects', title: 'createLimiter frees the slot of a task that rejects, and rejects with its error', points: 1 },
        { id: 'limiter-sync-throw', title: 'createLimiter frees the slot of a task that throws synchronously, and rejects with its error', points: 1 },
        { id: 'limiter-own-queue', title: "createLimiter keeps its own queue, without #runtime's Semaphore", points: 1 },
        { id: 'limiter-100k', title: 'createLimiter copes with 100,000 queued tasks (within 1.5 s)', points: 1 },
      ],
    },
    {
      id: 'fast-food',
      title: 'Fast-food: a lock, a semaphore, a batch counter, and a load test',
      file: 'fast-food.ts',
      checks: [
        { id: 'alone-at-once', title: 'serve orders the three items at once: a client alone is served in 4000 ms', points: 2 },
        { id: 'soda-machines', title: 'never more cups filling at once than soda machines', points: 2 },
        { id: 'cooks', title: 'never more burgers cooking at once than cooks', points: 2 },
        { id: 'fries-batches', title: 'one batch of fries at a time, only on an empty tray, never taken from an empty tray', points: 3 },
        { id: 'rush-times', title: '10 clients at t=0 are served in 4000, 4000, 4000, 6000, 6000, 8000, 9000, 9000, 9000, 12000 ms', points: 1 },
        { id: 'uses-config', title: 'serve sizes its limits from restaurant.config (2 soda machines, 6 cooks, 8 portions)', points: 2 },
        { id: 'perf-arrivals', title: 'perfTest places one order every periodMs, without waiting for earlier ones', points: 2 },
        { id: 'perf-counts', title: 'perfTest counts the orders served in strictly less than timeoutMs', points: 2 },
        { id: 'upgrade-in-time', title: 'upgrade serves all 60 clients of the rush (one every 500 ms) in under 5000 ms', points: 2 },
        { id: 'upgrade-cheapest', title: 'upgrade is the cheapest configuration that does so', points: 2 },
      ],
    },
    {
      id: 'event-loop',
      title: 'Event loop (bonus): a generator-based event loop built from scratch',
      file: 'event-loop.ts',
      bonus: true,
      checks: [
        { id: 'task-steps', title: 'Task.run() advances the coroutine to its next yield: NEW, RUNNING, then FINISHED with its return value', points: 2 },
        { id: 'task-error', title: 'a coroutine that throws leaves its Task in ERROR with the error in errorValue, and run() does not throw', points: 2 },
        { id: 'task-cancel', title: 'cancel() makes a NEW or RUNNING task CANCELLED and leaves a finished task alone', points: 1 },
        { id: 'to-string', title: 'toString() shows the name, the status, and the return value or the error', points: 1 },
        { id: 'schedule', title: 'schedule accepts a generator or a Task, returns the Task, and runs nothing yet', points: 1 },
        { id: 'seed-interleaving', title: 'tic_tac and spam interleave as Tic, Spam, Tac, Eggs, <tic_tac FINISHED Boum!>, Bacon, <spam FINISHED SPAM!>', points: 2 },
        { id: 'round-robin', title: 'three tasks take turns first-in first-out, each to its next yield', points: 2 },
        { id: 'loop-errors', title: 'a task that throws is printed once with its error; the loop goes on and runUntilEmpty does not throw', points: 2 },
        { id: 'run-until-complete', title: 'runUntilComplete returns its finished task and leaves the other tasks queued for runUntilEmpty', points: 2 },
        { id: 'cancel-drops', title: 'a cancelled task never runs again and is printed once, by the loop, when its turn comes', points: 2 },
      ],
    },
    // (next exercise entries go here, in the order students should take them)
  ])

export function findExercise(id: string): CatalogExercise | undefined {
  return catalog.find((exercise) => exercise.id === id)
}

export function maxPoints(exercise: CatalogExercise): number {
  return exercise.checks.reduce((sum, check) => sum + check.points, 0)
}
