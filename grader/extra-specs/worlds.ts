// A private scenarios file runs in the jail, which hands a world #runtime and nothing else:
// a value import of a Node module, of the spec toolkit or of a spec file fails there, for
// every student alike. So each one is built here as the grader will build it (compileWorld)
// and loaded once, before any grading: what it imports, whether it builds, and the names
// of the scenarios it defines, against those the spec files run.
import { existsSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { build, type BuildFailure, type Metafile, type Plugin } from 'esbuild'
import * as runtime from '../../runtime/index.ts'
import * as diagnostics from '../../runtime/diagnostics.ts'
import { compileWorld } from '../sandbox/compile.ts'
import { closest } from './closest.ts'
import { describeError } from './load-specs.ts'

/** A spec file and the scenarios it runs from one scenarios file. */
export interface WorldUse {
  spec: string
  names: readonly string[]
}

const IMPORT_TYPES = `import types with "import type { Scenario } from 'async-kit/specs'"`

/** Records what the world imports without following packages or Node's modules. */
const importsOnly: Plugin = {
  name: 'imports-only',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path, external: true }))
  },
}

/** What the world imports that the jail does not have, each named with the file that imports it. */
async function foreignImports(file: string): Promise<string[]> {
  let metafile: Metafile
  try {
    ;({ metafile } = await build({
      entryPoints: [file],
      bundle: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      platform: 'node',
      plugins: [importsOnly],
    }))
  } catch {
    return [] // compileWorld says why it does not build
  }
  const problems: string[] = []
  const start = `the scenarios file ${file} imports`
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    const importer = resolve(input)
    // What a spec file imports is said once, as the spec file.
    if (isSpecFile(importer)) continue
    const via = importer === file ? '' : ` (in ${importer})`
    for (const { path, external } of imports) {
      if (!external && isSpecFile(resolve(path))) {
        problems.push(`${start} ${resolve(path)}${via}, a spec file: the jail runs none of the spec side; move what both need to a file of its own`)
      } else if (external && path === 'async-kit/specs') {
        problems.push(
          `${start} values from async-kit/specs${via}: the jail runs none of the spec toolkit; ${IMPORT_TYPES}, and write the scenarios as a plain object`,
        )
      } else if (external && path !== '#runtime') {
        problems.push(
          `${start} "${path}"${via}, which the jail does not have: a scenarios file runs in the jail and imports only #runtime and files of its own; ${IMPORT_TYPES}`,
        )
      }
    }
  }
  return problems
}

const isSpecFile = (path: string) => path.endsWith('.spec.ts')

/** The world's scenarios, by evaluating its bundle once with the imports the jail gives it. */
function scenarioNamesOf(bundle: string): string[] {
  const module = { exports: {} as Record<string, unknown> }
  const imports: Record<string, unknown> = { '#runtime': { ...runtime, __diagnostics: diagnostics } }
  const require = (name: string) => {
    if (Object.hasOwn(imports, name)) return imports[name]
    throw new Error(`Cannot find module '${name}'`)
  }
  new Function('require', 'module', 'exports', bundle)(require, module, module.exports)
  const scenarios = module.exports.default
  if (typeof scenarios !== 'object' || scenarios === null)
    throw new TypeError('it has no default export of scenarios: end it with export default { NAME: { uses, run } }')
  return Object.keys(scenarios)
}

function buildError(error: unknown): string {
  const [first] = (error as BuildFailure).errors ?? []
  if (!first) return describeError(error)
  return `${first.location ? `${resolve(first.location.file)}:${first.location.line}:${first.location.column + 1}: ` : ''}${first.text}`
}

/** Scenario names the spec files run that the world does not define. */
function unknownNames(file: string, defined: readonly string[], uses: readonly WorldUse[]): string[] {
  return uses.flatMap(({ spec, names }) =>
    [...new Set(names)]
      .filter((name) => !defined.includes(name))
      .map((name) => {
        const match = closest(name, defined)
        return `${spec} runs scenario "${name}", which ${file} does not define${match ? ` (did you mean "${match}"?)` : ''}: it defines ${defined.join(', ') || 'none'}`
      }),
  )
}

/** The problems of a teacher's scenarios file, worded for the teacher; none when the jail can run it. */
export async function privateWorldProblems(file: string, uses: readonly WorldUse[]): Promise<string[]> {
  if (!existsSync(file)) return uses.map(({ spec }) => `${spec} names the scenarios file ${file}, which does not exist`)
  const foreign = await foreignImports(file)
  if (foreign.length > 0) return foreign
  let bundle: string
  try {
    bundle = await compileWorld(file, 'en')
  } catch (error) {
    return [`the scenarios file ${file} does not build for the jail: ${buildError(error)}`]
  }
  let names: string[]
  try {
    names = scenarioNamesOf(bundle)
  } catch (error) {
    return [`the scenarios file ${file} failed to load: ${describeError(error)}`]
  }
  return unknownNames(file, names, uses)
}

/** The kit's own world, when private checks run its scenarios: only their names can be wrong. */
export async function kitWorldProblems(file: string, uses: readonly WorldUse[]): Promise<string[]> {
  try {
    return unknownNames(relative(process.cwd(), file), scenarioNamesOf(await compileWorld(file, 'en')), uses)
  } catch {
    return [] // the kit's own world is the kit's tests' business
  }
}
