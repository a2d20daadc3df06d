// `npm run grade -- [EXERCISE...] [--solutions | --dir PATH] [--json FILE] [--fail-under PCT]`
// Exit status: 0 when grading ran (whatever the score), 1 below --fail-under, 2 on a usage error.
import { existsSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { catalog, findExercise, type CatalogExercise } from './catalog.ts'
import { grade, submissionFromDir } from './engine/grade.ts'
import { ReportSchema } from './report/schema.ts'
import { renderReport, shouldColor } from './report/terminal.ts'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))

const USAGE = `Usage: npm run grade -- [EXERCISE...] [options]

Grades exercises/ (or another folder laid out the same way) and prints a report.

  EXERCISE            grade only these (${catalog.map((exercise) => exercise.id).join(', ')})
  --solutions         grade solutions/ instead of exercises/
  --dir PATH          grade the folder PATH, laid out like exercises/
  --json FILE         also write the report as JSON to FILE
  --fail-under PCT    exit with status 1 when the score is below PCT percent
  --watchdog-ms MS    real milliseconds a scenario may run before it is stopped (default 5000)
  -h, --help          show this help`

class UsageError extends Error {}

interface Command {
  exercises: CatalogExercise[]
  dir: string
  json?: string
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
        'fail-under': { type: 'string' },
        'watchdog-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  if (values.solutions && values.dir) throw new UsageError('--solutions and --dir cannot be used together')

  const unknown = positionals.filter((id) => !findExercise(id))
  if (unknown.length > 0) throw new UsageError(`unknown exercise: ${unknown.join(', ')}`)
  const exercises = positionals.length > 0 ? catalog.filter((exercise) => positionals.includes(exercise.id)) : [...catalog]

  const dir = values.dir ? resolve(values.dir) : resolve(kitRoot, values.solutions ? 'solutions' : 'exercises')
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a folder: ${dir}`)

  return {
    exercises,
    dir,
    ...(values.json ? { json: resolve(values.json) } : {}),
    ...(values['fail-under'] !== undefined ? { failUnder: number(values['fail-under'], '--fail-under', 0, 100) } : {}),
    ...(values['watchdog-ms'] !== undefined ? { watchdogMs: number(values['watchdog-ms'], '--watchdog-ms', 100, 600_000) } : {}),
  }
}

function number(text: string, flag: string, min: number, max: number): number {
  const value = Number(text)
  if (!Number.isFinite(value) || value < min || value > max) throw new UsageError(`${flag} takes a number from ${min} to ${max}, not "${text}"`)
  return value
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

  const submission = submissionFromDir(command.dir, command.exercises)
  const [report] = await grade([submission], {
    exercises: command.exercises,
    limits: command.watchdogMs ? { watchdogMs: command.watchdogMs } : {},
  })
  const checked = ReportSchema.parse(report)
  process.stdout.write(`${renderReport(checked, { color: shouldColor(process.stdout, process.env) })}\n`)
  if (command.json) {
    await mkdir(dirname(command.json), { recursive: true })
    await writeFile(command.json, `${JSON.stringify(checked, null, 2)}\n`)
  }
  const { points, max } = checked.score
  return command.failUnder !== undefined && 100 * points < command.failUnder * max ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
