// `npm run grade -- [EXERCISE...] [options]`: see USAGE. Exit status: 0 when grading ran
// (whatever the score), 1 below --fail-under, 2 on a usage error.
import { existsSync, statSync } from 'node:fs'
import { mkdir, writeFile, appendFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { catalog, findExercise, type CatalogExercise } from './catalog.ts'
import { DEFAULT_CHUNK, gradeBatch } from './engine/batch.ts'
import { MergeError, mergeBatches } from './engine/merge.ts'
import { parseShard, type Shard } from './engine/shard.ts'
import { grade, type GradeOptions } from './engine/grade.ts'
import { submissionFromDir } from './engine/submission.ts'
import { loadExtraRubric, withExtraChecks, type ExtraRubric } from './extra-specs.ts'
import { LANGS, isLang, langFromEnv, type Lang } from './language.ts'
import { checkIntegrity } from './integrity.ts'
import { projectRoot } from './layout.ts'
import { toClassroom } from './report/classroom.ts'
import { annotations, stepSummary, withoutWorkflowCommands } from './report/github.ts'
import { GradescopeVisibility, toGradescope } from './report/gradescope.ts'
import { jsonText } from './report/json.ts'
import { writeClassPagesAtEnd } from './report/html-class-hook.ts'
import { toHtml } from './report/html-report.ts'
import { toJUnit } from './report/junit.ts'
import { progressLine, type ProgressLine } from './report/progress.ts'
import { safeReport } from './report/schema.ts'
import { studentOf } from './report/student.ts'
import { renderBatchSummary, renderReport, shouldColor } from './report/terminal.ts'
import { watch } from './watch.ts'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))

const USAGE = `Usage: npm run grade -- [EXERCISE...] [options]

Grades exercises/ (or another folder laid out the same way) and prints a report.

  EXERCISE             grade only these (${catalog.map((exercise) => exercise.id).join(', ')})
  --solutions          grade solutions/ instead of exercises/
  --dir PATH           grade the folder PATH, laid out like exercises/
  --json FILE          also write the report as JSON to FILE
  --junit FILE         also write the report as JUnit XML to FILE
  --html FILE          also write the report as one self-contained web page to FILE
                       (timelines drawn; offline, printable); --batch and --merge write
                       a class dashboard, index.html, and a page per student in --out
  --gradescope FILE    also write Gradescope's results.json to FILE
  --visibility WHEN    with --gradescope: when students see the results (visible,
                       after_due_date, after_published, hidden; default visible)
  --classroom FILE     also write the JSON of GitHub Classroom's grading reporter to
                       FILE, one test per check (the report printed is then fenced
                       from workflow commands, as on GitHub Actions)
  --student NAME       who the submission is from, for --junit (default: the GitHub
                       repository on Actions, else the folder's name)
  --fail-under PCT     exit with status 1 when the score is below PCT percent
  --batch DIR          grade every subfolder of DIR as one student's submission
  --out DIR            with --batch or --merge: where to write each student's JSON, the
                       gradebook, checks.csv, summary.csv and the Moodle and Canvas imports;
                       a batch run again over it regrades only the students that changed
  --shard K/N          with --batch: grade only the K-th of N parts of the class
  --chunk N            with --batch: students per engine run (default ${DEFAULT_CHUNK})
  --merge OUT...       combine the --out folders of the shards of a class into --out DIR
  --extra-specs DIR    add the private checks of DIR (spec files and rubric.json)
  --timeline           draw what the code did in each scenario, passing checks too
  --watch              grade again each exercise whose files change, showing what changed
  --lang en|fr         the language of the report (default: from LANG)
  --watchdog-ms MS     real milliseconds a scenario may run before it is stopped (default 5000)
  -h, --help           show this help`

class UsageError extends Error {}

type Target =
  | { kind: 'one'; dir: string }
  | { kind: 'watch'; dir: string }
  | { kind: 'batch'; dir: string; out: string; shard?: Shard; chunk?: number }
  | { kind: 'merge'; outs: string[]; out: string }

interface Command {
  exercises: CatalogExercise[]
  target: Target
  lang: Lang
  timelines: boolean
  extraSpecs?: { dir: string; rubric: ExtraRubric }
  json?: string
  junit?: string
  html?: string
  gradescope?: string
  visibility?: GradescopeVisibility
  classroom?: string
  student?: string
  failUnder?: number
  watchdogMs?: number
}

function parseCommand(argv: string[]): Command | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        solutions: { type: 'boolean' },
        dir: { type: 'string' },
        json: { type: 'string' },
        junit: { type: 'string' },
        html: { type: 'string' },
        gradescope: { type: 'string' },
        visibility: { type: 'string' },
        classroom: { type: 'string' },
        student: { type: 'string' },
        'fail-under': { type: 'string' },
        batch: { type: 'string' },
        out: { type: 'string' },
        shard: { type: 'string' },
        chunk: { type: 'string' },
        merge: { type: 'string' },
        'watchdog-ms': { type: 'string' },
        'extra-specs': { type: 'string' },
        timeline: { type: 'boolean' },
        watch: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  if (values.merge !== undefined) return mergeCommand(values, positionals)
  if (values.batch === undefined && (values.shard !== undefined || values.chunk !== undefined)) {
    throw new UsageError(`--${values.shard !== undefined ? 'shard' : 'chunk'} goes with --batch`)
  }

  const unknown = positionals.filter((id) => !findExercise(id))
  if (unknown.length > 0) throw new UsageError(`unknown exercise: ${unknown.join(', ')}`)
  const selected = positionals.length > 0 ? catalog.filter((exercise) => positionals.includes(exercise.id)) : [...catalog]
  let extraSpecs: Command['extraSpecs']
  if (values['extra-specs'] !== undefined) {
    const dir = folder(values['extra-specs'])
    try {
      extraSpecs = { dir, rubric: loadExtraRubric(dir) }
    } catch (error) {
      throw new UsageError(`--extra-specs: ${(error as Error).message}`)
    }
  }
  const exercises = extraSpecs ? withExtraChecks(selected, extraSpecs.rubric) : selected

  const singleReport = (['json', 'junit', 'html', 'gradescope', 'classroom', 'visibility', 'student', 'fail-under'] as const).filter(
    (flag) => values[flag] !== undefined,
  )
  const sources = (['solutions', 'dir', 'batch'] as const).filter((flag) => values[flag] !== undefined)
  if (sources.length > 1) throw new UsageError(`${sources.map((flag) => `--${flag}`).join(' and ')} cannot be used together`)
  let target: Target
  if (values.batch !== undefined) {
    if (!values.out) throw new UsageError('--batch needs --out DIR')
    if (values.watch) throw new UsageError('--watch and --batch cannot be used together')
    if (singleReport.length > 0) throw new UsageError(`--${singleReport[0]} grades one submission; --batch writes a report per student in --out`)
    target = {
      kind: 'batch',
      dir: folder(values.batch),
      out: resolve(values.out),
      ...(values.shard !== undefined ? { shard: shard(values.shard) } : {}),
      ...(values.chunk !== undefined ? { chunk: number(values.chunk, '--chunk', 1, 10_000) } : {}),
    }
  } else {
    if (values.out) throw new UsageError('--out goes with --batch')
    const dir = folder(values.dir ?? (values.solutions ? resolve(kitRoot, 'solutions') : resolve(projectRoot(), 'exercises')))
    const layout = submissionFromDir(dir, selected).problem
    if (layout) throw new UsageError(layout.en)
    if (values.watch && singleReport.length > 0) throw new UsageError(`--${singleReport[0]} writes one report: it does not go with --watch`)
    target = { kind: values.watch ? 'watch' : 'one', dir }
  }

  if (values.visibility !== undefined && values.gradescope === undefined) throw new UsageError('--visibility goes with --gradescope')
  const visibility = GradescopeVisibility.safeParse(values.visibility)
  if (values.visibility !== undefined && !visibility.success) {
    throw new UsageError(`--visibility takes ${GradescopeVisibility.options.join(', ')}, not "${values.visibility}"`)
  }
  if (values.lang !== undefined && !isLang(values.lang)) throw new UsageError(`--lang takes ${LANGS.join(' or ')}, not "${values.lang}"`)
  return {
    exercises,
    target,
    lang: values.lang ?? langFromEnv(process.env),
    timelines: values.timeline ?? false,
    ...(extraSpecs ? { extraSpecs } : {}),
    ...(values.json ? { json: resolve(values.json) } : {}),
    ...(values.junit ? { junit: resolve(values.junit) } : {}),
    ...(values.html ? { html: resolve(values.html) } : {}),
    ...(values.gradescope ? { gradescope: resolve(values.gradescope) } : {}),
    ...(visibility.success && visibility.data ? { visibility: visibility.data } : {}),
    ...(values.classroom ? { classroom: resolve(values.classroom) } : {}),
    ...(values.student ? { student: values.student } : {}),
    ...(values['fail-under'] !== undefined ? { failUnder: number(values['fail-under'], '--fail-under', 0, 100) } : {}),
    ...(values['watchdog-ms'] !== undefined ? { watchdogMs: number(values['watchdog-ms'], '--watchdog-ms', 100, 600_000) } : {}),
  }
}

/** `--merge OUT1 OUT2 ... --out DIR`: the folders after --merge are positionals, not exercises. */
function mergeCommand(values: { out?: string; merge?: string; batch?: string; lang?: string }, positionals: string[]): Command {
  if (!values.out) throw new UsageError('--merge needs --out DIR')
  if (values.batch !== undefined) throw new UsageError('--merge and --batch cannot be used together')
  const outs = [values.merge!, ...positionals].map(folder)
  return {
    exercises: [...catalog],
    target: { kind: 'merge', outs, out: resolve(values.out) },
    lang: values.lang !== undefined && isLang(values.lang) ? values.lang : langFromEnv(process.env),
    timelines: false,
  }
}

function shard(text: string): Shard {
  try {
    return parseShard(text)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

function folder(path: string): string {
  const dir = resolve(path)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a folder: ${dir}`)
  return dir
}

function number(text: string, flag: string, min: number, max: number): number {
  const value = Number(text)
  if (!Number.isFinite(value) || value < min || value > max) throw new UsageError(`${flag} takes a number from ${min} to ${max}, not "${text}"`)
  return value
}

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text)
}

function gradeOptions(command: Command, progress: ProgressLine): GradeOptions {
  return {
    exercises: command.exercises,
    limits: command.watchdogMs ? { watchdogMs: command.watchdogMs } : {},
    onProgress: progress.update,
    lang: command.lang,
    ...(command.extraSpecs ? { extraSpecs: command.extraSpecs } : {}),
  }
}

/**
 * Prints a report to stdout. It quotes submission text: in a GitHub Actions log it must
 * not run as commands. GitHub Classroom's command grader runs its command without
 * GITHUB_ACTIONS in the environment, so --classroom fences too.
 */
function printReport(text: string, fence = false): boolean {
  const github = process.env.GITHUB_ACTIONS === 'true'
  process.stdout.write(`${github || fence ? withoutWorkflowCommands(text) : text}\n`)
  return github
}

async function gradeOne(command: Command, dir: string): Promise<number> {
  const started = performance.now()
  const startedAt = new Date()
  const progress = progressLine(process.stderr)
  const [graded] = await grade([submissionFromDir(dir, command.exercises)], gradeOptions(command, progress))
  progress.clear()
  // Every writer below reads this safe report: coerced, never thrown at.
  const report = safeReport({ ...graded, integrity: checkIntegrity(kitRoot) })
  const text = renderReport(report, { color: shouldColor(process.stdout, process.env), timelines: command.timelines })

  const github = printReport(text, command.classroom !== undefined)
  if (github) {
    for (const line of annotations(report, process.env.GITHUB_WORKSPACE ?? process.cwd())) process.stdout.write(`${line}\n`)
    if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, stepSummary(report))
  }
  const seconds = (performance.now() - started) / 1000
  if (command.json) await write(command.json, jsonText(report))
  if (command.junit) await write(command.junit, toJUnit(report, { startedAt, seconds, student: studentOf(dir, command.student, process.env) }))
  if (command.html) await write(command.html, toHtml(report))
  if (command.gradescope) await write(command.gradescope, jsonText(toGradescope(report, seconds, { visibility: command.visibility })))
  if (command.classroom) await write(command.classroom, jsonText(toClassroom(report)))
  const { points, max } = report.score
  return command.failUnder !== undefined && 100 * points < command.failUnder * max ? 1 : 0
}

async function gradeMany(command: Command, target: Extract<Target, { kind: 'batch' }>): Promise<number> {
  const { dir, out } = target
  const progress = progressLine(process.stderr)
  const results = await gradeBatch(dir, out, {
    ...gradeOptions(command, progress),
    ...(target.shard ? { shard: target.shard } : {}),
    ...(target.chunk ? { chunkSize: target.chunk } : {}),
    onEnd: writeClassPagesAtEnd,
  })
  progress.clear()
  printReport(renderBatchSummary(results, out, { color: shouldColor(process.stdout, process.env), lang: command.lang }))
  return 0
}

async function merge(command: Command, outs: string[], out: string): Promise<number> {
  try {
    const results = await mergeBatches(outs, out, writeClassPagesAtEnd)
    printReport(renderBatchSummary(results, out, { color: shouldColor(process.stdout, process.env), lang: command.lang }))
    return 0
  } catch (error) {
    if (!(error instanceof MergeError)) throw error
    process.stderr.write(`error: --merge: ${error.message}\n`)
    return 2
  }
}

async function main(argv: string[]): Promise<number> {
  let command
  try {
    command = parseCommand(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`error: ${error.message}\n\n${USAGE}\n`)
    return 2
  }
  if (command === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const { target } = command
  if (target.kind === 'watch') {
    return watch({
      dir: target.dir,
      exercises: command.exercises,
      grading: gradeOptions(command, { update: () => {}, clear: () => {} }),
      lang: command.lang,
      color: shouldColor(process.stdout, process.env),
      timelines: command.timelines,
    })
  }
  if (target.kind === 'merge') return merge(command, target.outs, target.out)
  return target.kind === 'batch' ? gradeMany(command, target) : gradeOne(command, target.dir)
}

process.exitCode = await main(process.argv.slice(2))
