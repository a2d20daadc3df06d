// `npm run grade -- --watch [ID...]`: grades once, then re-grades each exercise whose
// files change and shows only what changed. A new change cancels a grading still under
// way (a hanging submission costs nothing but its own watchdog), and starts over. Each
// grading reads a snapshot of the exercise folders, so a save in the middle of it cannot
// mix two versions of a file. One vitest stays running for the whole session
// (engine/spec-session.ts): a save costs a test run, not a vitest start.
import { watch as watchFiles } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CatalogExercise } from './catalog.ts'
import { grade, type GradeOptions } from './engine/grade.ts'
import { SpecSession } from './engine/spec-session.ts'
import { exercisesFolderIn, submissionFromDir } from './engine/submission.ts'
import type { Lang } from './language.ts'
import { renderChanges, renderReport } from './report/terminal.ts'
import type { ExerciseResult } from './report/schema.ts'
import { wordsFor } from './report/words.ts'

export interface WatchOptions {
  dir: string
  exercises: readonly CatalogExercise[]
  grading: Omit<GradeOptions, 'exercises' | 'signal' | 'session'>
  lang: Lang
  color: boolean
  timelines: boolean
  /** How long to wait for a burst of saves to end before grading. */
  debounceMs?: number
}

export async function watch(options: WatchOptions): Promise<never> {
  const t = wordsFor(options.lang)
  const session = new SpecSession()
  // A repository holds its exercise folders in exercises/: those are what is watched.
  const exercisesDir = exercisesFolderIn(options.dir, options.exercises) ?? options.dir
  const latest = new Map<string, ExerciseResult>()
  const gradeSome = async (exercises: readonly CatalogExercise[], signal?: AbortSignal) => {
    const snapshot = await mkdtemp(join(tmpdir(), 'async-kit-watch-'))
    try {
      await Promise.all(exercises.map((exercise) => cp(join(exercisesDir, exercise.id), join(snapshot, exercise.id), { recursive: true }).catch(() => {})))
      const submission = { ...submissionFromDir(snapshot, exercises), label: options.dir }
      const [report] = await grade([submission], { ...options.grading, exercises, session, ...(signal ? { signal } : {}) })
      return report!
    } finally {
      await rm(snapshot, { recursive: true, force: true })
    }
  }

  const pending = new Set<string>()
  let running: AbortController | undefined
  let timer: NodeJS.Timeout | undefined
  let started = false

  const regrade = async () => {
    running?.abort()
    const controller = new AbortController()
    running = controller
    const ids = [...pending]
    const exercises = options.exercises.filter((exercise) => ids.includes(exercise.id))
    const report = await gradeSome(exercises, controller.signal)
    // A newer change cancelled this grading: its ids are graded again by the newer one.
    if (controller.signal.aborted) return
    for (const id of ids) pending.delete(id)
    running = undefined
    console.log(`\n── ${new Date().toLocaleTimeString()} ${ids.join(', ')} ${t('changed')}`)
    for (const exercise of report.exercises) {
      console.log(renderChanges(latest.get(exercise.id), exercise, { color: options.color, lang: options.lang }))
      latest.set(exercise.id, exercise)
    }
    const points = [...latest.values()].reduce((sum, exercise) => sum + exercise.points, 0)
    const max = [...latest.values()].reduce((sum, exercise) => sum + exercise.max, 0)
    console.log(`${t('score')}: ${points}/${max}`)
  }

  const changed = (id: string) => {
    pending.add(id)
    clearTimeout(timer)
    if (started) timer = setTimeout(() => void regrade(), options.debounceMs ?? 30)
  }
  // Watching starts before the first grading: a save during it is graded right after. Each
  // exercise folder has a watcher of its own, and the folder above one for folders that come
  // or go: Node 20's recursive watch on Linux lost a file an editor replaced (a save saw no
  // event, ever again), and a folder's own watcher sees every file put in it.
  const watched = new Map<string, ReturnType<typeof watchFiles>>()
  const watchFolders = () => {
    for (const { id } of options.exercises) {
      if (watched.has(id)) continue
      try {
        const watcher = watchFiles(join(exercisesDir, id), () => changed(id))
        watcher.on('error', () => {
          watcher.close()
          watched.delete(id)
        })
        watched.set(id, watcher)
      } catch {
        // Not there (yet): the folder above says when it comes.
      }
    }
  }
  watchFiles(exercisesDir, (_event, filename) => {
    const id = filename?.toString()
    if (!id || !options.exercises.some((exercise) => exercise.id === id)) return
    watched.get(id)?.close()
    watched.delete(id)
    watchFolders()
    changed(id)
  })
  watchFolders()

  const first = await gradeSome(options.exercises)
  for (const exercise of first.exercises) latest.set(exercise.id, exercise)
  console.log(renderReport(first, { color: options.color, timelines: options.timelines }))
  console.log(`\n${t('watching')}`)
  started = true
  if (pending.size > 0) void regrade()
  return new Promise<never>(() => {})
}
