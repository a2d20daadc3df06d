// Compiles what a sandbox thread runs (the runtime, the grader's in-thread code, the
// scenarios and the submission) from TypeScript to plain JavaScript bundles, once per
// process, so that a thread starts with no TypeScript loader: a loader costs ~100 ms per
// thread, when most scenarios run in a few milliseconds.
//
// The submission's bundle is where the import policy lives: exercise code may import only
// #runtime, files of its own folder and a few harmless built-in modules. Anything else
// becomes a module that throws "not allowed" when it is evaluated, so a guarded dynamic
// import fails like any error; an import() of a computed name is refused outright.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, type BuildFailure, type Plugin } from 'esbuild'
import { REFUSED } from './lockdown.ts'
import type { ErrorInfo } from './outcome.ts'

const kitRoot = fileURLToPath(new URL('../..', import.meta.url))
const RUNTIME_INDEX = join(kitRoot, 'runtime/index.ts')
const RUNTIME_DIAGNOSTICS = join(kitRoot, 'runtime/diagnostics.ts')

/** The built-in modules exercise code may import. */
export const ALLOWED_BUILTINS = new Set([
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'crypto', 'events', 'path', 'perf_hooks', 'process',
  'string_decoder', 'timers', 'timers/promises', 'url', 'util', 'util/types',
])

let outRoot: string | undefined
function outDir(): string {
  if (!outRoot) {
    outRoot = mkdtempSync(join(tmpdir(), 'async-kit-build-'))
    const dir = outRoot
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
  }
  return outRoot
}

const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', sourcemap: 'inline', keepNames: true, logLevel: 'silent', outExtension: { '.js': '.mjs' } } as const

interface KitBuild {
  /** The runtime as every bundle imports it: one instance per thread. */
  runtime: string
  diagnostics: string
  /** grader/sandbox/run-in-thread.ts and what it uses. */
  thread: string
}

/** #runtime and the runtime's own files resolve to its single built copy. */
function runtimeExternal(kit: Pick<KitBuild, 'runtime' | 'diagnostics'>): Plugin {
  return {
    name: 'runtime-external',
    setup(builder) {
      builder.onResolve({ filter: /^#runtime$/ }, () => ({ path: kit.runtime, external: true }))
      builder.onResolve({ filter: /runtime[\\/](index|diagnostics)\.ts$/ }, (args) => {
        const path = resolve(args.resolveDir, args.path)
        if (path === RUNTIME_INDEX) return { path: kit.runtime, external: true }
        if (path === RUNTIME_DIAGNOSTICS) return { path: kit.diagnostics, external: true }
        return undefined
      })
    },
  }
}

let kitBuild: Promise<KitBuild> | undefined
export function compileKit(): Promise<KitBuild> {
  return (kitBuild ??= (async () => {
    const out = join(outDir(), 'kit')
    // Split, so that the runtime and its diagnostics share one module state.
    await build({ ...common, entryPoints: { runtime: RUNTIME_INDEX, diagnostics: RUNTIME_DIAGNOSTICS }, splitting: true, outdir: out })
    const runtime = { runtime: join(out, 'runtime.mjs'), diagnostics: join(out, 'diagnostics.mjs') }
    await build({ ...common, entryPoints: { thread: join(kitRoot, 'grader/sandbox/run-in-thread.ts') }, outdir: out, plugins: [runtimeExternal(runtime)] })
    return { ...runtime, thread: join(out, 'thread.mjs') }
  })())
}

const scenarioBuilds = new Map<string, Promise<string>>()
export function compileScenarios(file: string): Promise<string> {
  let built = scenarioBuilds.get(file)
  if (!built) {
    built = (async () => {
      const kit = await compileKit()
      const outfile = join(outDir(), 'scenarios', `${scenarioBuilds.size}-${basename(file, '.ts')}.mjs`)
      await build({ ...common, entryPoints: [file], outfile, plugins: [runtimeExternal(kit)] })
      return outfile
    })()
    scenarioBuilds.set(file, built)
  }
  return built
}

export type CompiledSubmission = { file: string } | { error: ErrorInfo }

const submissionBuilds = new Map<string, Promise<CompiledSubmission>>()
export function compileSubmission(file: string): Promise<CompiledSubmission> {
  let built = submissionBuilds.get(file)
  if (!built) {
    built = buildSubmission(file, submissionBuilds.size)
    submissionBuilds.set(file, built)
  }
  return built
}

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name)

function refusal(specifier: string): string {
  return `import of "${specifier}" ${REFUSED}: import from #runtime, from files of the exercise's own folder, or from node:${[...ALLOWED_BUILTINS].join(', node:')}`
}

function importPolicy(kit: KitBuild, folder: string): Plugin {
  return {
    name: 'exercise-import-policy',
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === 'resolving') return undefined
        if (args.path === '#runtime') return { path: kit.runtime, external: true }
        if (isBuiltin(args.path)) {
          const name = args.path.replace(/^node:/, '')
          return ALLOWED_BUILTINS.has(name) ? { path: `node:${name}`, external: true } : { path: args.path, namespace: 'refused' }
        }
        const resolved = await builder.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'resolving' })
        const inFolder = resolved.errors.length === 0 && resolved.path.startsWith(folder + sep) && !resolved.path.includes(`${sep}node_modules${sep}`)
        return inFolder ? { path: resolved.path } : { path: args.path, namespace: 'refused' }
      })
      builder.onLoad({ filter: /.*/, namespace: 'refused' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(refusal(args.path))})`,
        loader: 'js',
      }))
    },
  }
}

async function buildSubmission(file: string, index: number): Promise<CompiledSubmission> {
  const kit = await compileKit()
  const outfile = join(outDir(), 'submissions', `${index}-${basename(file, '.ts')}.mjs`)
  try {
    await build({ ...common, entryPoints: [file], outfile, plugins: [importPolicy(kit, dirname(file))] })
  } catch (error) {
    const [first] = (error as BuildFailure).errors ?? []
    if (!first) throw error
    const where = first.location ? `${relative(process.cwd(), first.location.file)}:${first.location.line}:${first.location.column + 1}: ` : ''
    const syntax = !/Could not resolve/.test(first.text)
    return { error: { name: syntax ? 'SyntaxError' : 'Error', message: `${where}${first.text}` } }
  }
  // Any import() left in the bundle has a name computed at run time: it could reach anything.
  if (/\bimport\s*\(\s*(?!["'])/.test(readFileSync(outfile, 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, ''))) {
    return { error: { name: 'Error', message: `import() of a computed name ${REFUSED}: import modules by their name` } }
  }
  return { file: outfile }
}

export const fileUrl = (path: string) => pathToFileURL(path).href
