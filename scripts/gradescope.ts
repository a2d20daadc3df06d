// `npm run gradescope -- OUT.zip [EXERCISE...] [options]`: builds the autograder zip a
// teacher uploads to a Gradescope programming assignment. At its root, setup.sh (installs
// Node.js and the grader) and run_autograder (grades /autograder/submission into
// /autograder/results/results.json), both from classroom/gradescope/; under kit/, the
// grader: grader/, runtime/, package.json and its lock. Never solutions/, tests/ or the
// statements.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { zipSync, type Zippable } from 'fflate'
import { catalog, findExercise } from '../grader/catalog.ts'
import { loadExtraRubric } from '../grader/extra-specs.ts'
import { LANGS, isLang } from '../grader/language.ts'
import { GradescopeVisibility } from '../grader/report/gradescope.ts'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))

const USAGE = `Usage: npm run gradescope -- OUT.zip [EXERCISE...] [options]

Builds the autograder zip of a Gradescope programming assignment.

  EXERCISE             grade only these (default: every exercise)
  --visibility WHEN    when students see the results: visible (default), after_due_date,
                       after_published or hidden
  --lang en|fr         the language of the feedback (default en)
  --extra-specs DIR    add the private checks of DIR (spec files and rubric.json)
  --node-version X.Y.Z the Node.js setup.sh installs (default: this one, ${process.versions.node})
  --watchdog-ms MS     real milliseconds a scenario may run before it is stopped
  -h, --help           show this help`

/** What the grader needs to run, under kit/ in the zip. */
const KIT_PARTS = ['grader', 'runtime', 'package-lock.json', 'tsconfig.json']
/** Never in the zip, wherever they are: a copy's manifest or bundles, local state. */
const LEFT_OUT = new Set(['node_modules', 'integrity.json', '.hints-progress.json'])
/** The same date on every entry: the same kit gives the same zip. */
const MTIME = new Date('2000-01-01T00:00:00Z')
const FILE = (mode: number) => ({ os: 3, attrs: ((0o100000 | mode) << 16) >>> 0, mtime: MTIME })

class UsageError extends Error {}

interface Build {
  out: string
  exerciseIds: string[]
  options: string[]
  nodeVersion: string
  extraSpecs?: string
}

function parseBuild(argv: string[]): Build | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        visibility: { type: 'string' },
        lang: { type: 'string' },
        'extra-specs': { type: 'string' },
        'node-version': { type: 'string' },
        'watchdog-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  const [out, ...ids] = positionals
  if (!out?.endsWith('.zip')) throw new UsageError('name the zip to write: OUT.zip')
  const unknown = ids.filter((id) => !findExercise(id))
  if (unknown.length > 0) throw new UsageError(`unknown exercise: ${unknown.join(', ')}`)
  const visibility = values.visibility ?? 'visible'
  if (!GradescopeVisibility.safeParse(visibility).success) {
    throw new UsageError(`--visibility takes ${GradescopeVisibility.options.join(', ')}, not "${visibility}"`)
  }
  const lang = values.lang ?? 'en'
  if (!isLang(lang)) throw new UsageError(`--lang takes ${LANGS.join(' or ')}, not "${lang}"`)
  const nodeVersion = values['node-version'] ?? process.versions.node
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number)
  if (!/^\d+\.\d+\.\d+$/.test(nodeVersion) || major < 20 || (major === 20 && minor < 19)) {
    throw new UsageError(`--node-version takes a Node.js release from 20.19.0 on, as X.Y.Z, not "${nodeVersion}"`)
  }
  const watchdog = values['watchdog-ms']
  if (watchdog !== undefined && !/^\d+$/.test(watchdog)) throw new UsageError(`--watchdog-ms takes a number of milliseconds, not "${watchdog}"`)
  let extraSpecs: string | undefined
  if (values['extra-specs'] !== undefined) {
    extraSpecs = resolve(values['extra-specs'])
    try {
      loadExtraRubric(extraSpecs)
    } catch (error) {
      throw new UsageError(`--extra-specs: ${(error as Error).message}`)
    }
  }
  return {
    out: resolve(out),
    exerciseIds:
      ids.length > 0 ? catalog.filter((exercise) => ids.includes(exercise.id)).map((exercise) => exercise.id) : catalog.map((exercise) => exercise.id),
    options: [
      '--visibility',
      visibility,
      '--lang',
      lang,
      ...(extraSpecs ? ['--extra-specs', 'private'] : []),
      ...(watchdog ? ['--watchdog-ms', watchdog] : []),
    ],
    nodeVersion,
    ...(extraSpecs ? { extraSpecs } : {}),
  }
}

/** A word for a bash array, single-quoted. */
const shellWord = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`

/** Every file under `dir`, as zip entries under `prefix`. */
function filesUnder(dir: string, prefix: string, into: Zippable): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (LEFT_OUT.has(entry.name)) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) filesUnder(path, `${prefix}${entry.name}/`, into)
    else if (entry.isFile()) into[`${prefix}${entry.name}`] = [readFileSync(path), FILE(statSync(path).mode & 0o111 ? 0o755 : 0o644)]
  }
}

function template(name: string, values: Record<string, string>): Uint8Array {
  let text = readFileSync(join(kitRoot, 'classroom/gradescope', name), 'utf8')
  for (const [key, value] of Object.entries(values)) text = text.replaceAll(`@${key}@`, value)
  return new TextEncoder().encode(text)
}

function buildZip(build: Build): Zippable {
  const files: Zippable = {
    'setup.sh': [template('setup.sh', { NODE_VERSION: build.nodeVersion }), FILE(0o755)],
    run_autograder: [
      template('run_autograder', {
        EXERCISES: build.exerciseIds.map((id) => shellWord(`${id}:${findExercise(id)!.file}`)).join(' '),
        OPTIONS: build.options.map(shellWord).join(' '),
      }),
      FILE(0o755),
    ],
  }
  for (const part of KIT_PARTS) {
    const path = join(kitRoot, part)
    if (statSync(path).isDirectory()) filesUnder(path, `kit/${part}/`, files)
    else files[`kit/${part}`] = [readFileSync(path), FILE(0o644)]
  }
  // The students' scripts only: the kit's tests and tools are not there to run.
  const pkg = JSON.parse(readFileSync(join(kitRoot, 'package.json'), 'utf8'))
  pkg.scripts = { grade: pkg.scripts.grade }
  files['kit/package.json'] = [new TextEncoder().encode(`${JSON.stringify(pkg, null, 2)}\n`), FILE(0o644)]
  if (build.extraSpecs) filesUnder(build.extraSpecs, 'kit/private/', files)
  return files
}

function main(argv: string[]): number {
  let build
  try {
    build = parseBuild(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`error: ${error.message}\n\n${USAGE}\n`)
    return 2
  }
  if (build === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const files = buildZip(build)
  writeFileSync(build.out, zipSync(files, { level: 9 }))
  const kitFiles = Object.keys(files).filter((path) => path.startsWith('kit/')).length
  process.stdout.write(
    [
      `${build.out}: setup.sh, run_autograder and the grader (${kitFiles} files under kit/)`,
      `  grades ${build.exerciseIds.join(', ')}; results ${build.options[1]}; setup.sh installs Node.js ${build.nodeVersion}`,
      '  upload it on the assignment\'s "Configure Autograder" page (base image: Ubuntu), then test it with a submission',
      '',
    ].join('\n'),
  )
  return 0
}

process.exitCode = main(process.argv.slice(2))
