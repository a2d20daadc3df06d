// Compiles what a jail runs, once per process, with esbuild:
// - the jail itself (jail/main.ts with ses and fake-timers): one ES module file, the only
//   file a jail process may read;
// - #runtime, a world (an exercise's scenarios.ts) and a submission: CommonJS text that the
//   jail evaluates in compartments (jail/modules.ts), sent over IPC.
//
// The submission's bundle is where the import policy lives: exercise code may import only
// #runtime, node:timers, node:timers/promises and files that really lie in its own folder
// (real paths: a symbolic link out of the folder is refused). Anything else becomes a
// module that throws "not allowed" when it is evaluated, so a guarded import fails like
// any error; an import() left after bundling (a computed name) is refused outright.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs'
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type BuildFailure, type BuildOptions, type Plugin, version as esbuildVersion } from 'esbuild'
import { z } from 'zod'
import { sideOf } from '../layout.ts'
import { writeAtomically } from '../write-atomically.ts'
import type { ErrorInfo } from './outcome.ts'
import { REFUSED } from './refused.ts'

const kitRoot = fileURLToPath(new URL('../..', import.meta.url))
const RUNTIME_DIR = join(kitRoot, 'runtime')
const RUNTIME_INDEX = join(RUNTIME_DIR, 'index.ts')

/** The Node modules exercise code may import: the jail gives them on the scenario's clock. */
export const ALLOWED_BUILTINS = ['timers', 'timers/promises'] as const

let outRoot: string | undefined
/**
 * A private folder for what the jails need as files. In a grading it lies in the engine's
 * own folder (`useBuildFolderIn`), which the engine removes whatever happens to this
 * process: spec processes end by SIGKILL, with no 'exit' handler run. Elsewhere (`try`,
 * the kit's tests) it is removed when this process exits.
 */
export function buildDir(): string {
  if (!outRoot) {
    outRoot = mkdtempSync(join(tmpdir(), 'async-kit-build-'))
    const dir = outRoot
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
  }
  return outRoot
}

/** Builds go into a new folder inside `parent` (the engine's), before anything is built. */
export function useBuildFolderIn(parent: string): void {
  outRoot ??= mkdtempSync(join(parent, 'build-'))
}

const moduleText = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  keepNames: true,
  legalComments: 'none',
  logLevel: 'silent',
  write: false,
} as const satisfies BuildOptions

async function textOf(options: BuildOptions): Promise<string> {
  const result = await build({ ...moduleText, ...options })
  return result.outputFiles![0]!.text
}

let jailBuild: Promise<string> | undefined
/**
 * The jail's entry file: jail/main.ts with everything it imports, ses and fake-timers
 * included. Building it is a third of a grading's start, so the build is kept in
 * node_modules/.cache, named by its own hash and used only while every file it was built
 * from is unchanged (see `cachedJail`).
 */
export function compileJail(): Promise<string> {
  return (jailBuild ??= (async () => {
    const cache = jailCache()
    return (cache && (await cachedJail(cache))) ?? (await buildJail(cache))
  })())
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

/**
 * Where the jail's build is cached: the kit's node_modules/.cache, by its real path (the
 * permission model lets a jail read its bundle by that path only, and a kit's node_modules
 * may be a link). None where the kit has no node_modules of its own (installed as a
 * dependency, with its packages hoisted): the build then goes in the private folder.
 */
function jailCache(): string | undefined {
  try {
    const cache = join(realpathSync(join(kitRoot, 'node_modules')), '.cache/async-kit')
    mkdirSync(cache, { recursive: true })
    return cache
  } catch {
    return undefined
  }
}
// node_modules may be shared by two copies of the kit (a link): each has a jail of its own.
const JAIL_NAME = `jail-${sha256(kitRoot).slice(0, 12)}`
/** How the jail is built (this file and esbuild's version): another way of building is another build. */
const BUILDER = sha256(`${esbuildVersion}\n${readFileSync(fileURLToPath(import.meta.url), 'utf8')}`)

/** What a cached jail was built from (path -> hash), by which builder, and the hash of the build. */
const JailManifest = z.object({
  builder: z.literal(BUILDER),
  inputs: z.record(z.string(), z.string()),
  output: z.string().regex(/^[0-9a-f]{64}$/),
})

/** The cached jail, if its builder, its sources and the build itself are the ones its manifest names. */
async function cachedJail(cache: string): Promise<string | undefined> {
  try {
    const manifest = JailManifest.parse(JSON.parse(await readFile(join(cache, `${JAIL_NAME}.json`), 'utf8')))
    const file = join(cache, `${JAIL_NAME}-${manifest.output}.mjs`)
    const [output, ...inputs] = await Promise.all([file, ...Object.keys(manifest.inputs)].map((path) => readFile(path)))
    const unchanged = Object.values(manifest.inputs).every((hash, index) => sha256(inputs[index]!) === hash)
    return unchanged && sha256(output!) === manifest.output ? file : undefined
  } catch {
    return undefined
  }
}

/**
 * Builds of other sources, unused for a day, go: not at once, since a grading still
 * running may start jails from the build it began with.
 */
async function pruneOldBuilds(cache: string, keep: string): Promise<void> {
  const dayAgo = Date.now() - 24 * 3600_000
  for (const name of await readdir(cache)) {
    if (!/^jail-.*\.mjs$/.test(name) || name === keep) continue
    const stats = await stat(join(cache, name)).catch(() => undefined)
    if (stats && stats.mtimeMs < dayAgo) await rm(join(cache, name), { force: true })
  }
}

async function buildJail(cache: string | undefined): Promise<string> {
  const result = await build({
    entryPoints: [join(kitRoot, 'grader/sandbox/jail/main.ts')],
    absWorkingDir: kitRoot,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    write: false,
    metafile: true,
    // fake-timers asks for Node's util with require().
    banner: { js: "import { createRequire as kitCreateRequire } from 'node:module'; const require = kitCreateRequire(import.meta.url);" },
  })
  const text = result.outputFiles[0]!.contents
  const output = sha256(text)
  const inputs = Object.keys(result.metafile.inputs).map((path) => resolve(kitRoot, path))
  if (cache) {
    try {
      const file = join(cache, `${JAIL_NAME}-${output}.mjs`)
      await writeAtomically(file, text)
      const hashes = await Promise.all(inputs.map(async (path) => [path, sha256(await readFile(path))] as const))
      await writeAtomically(join(cache, `${JAIL_NAME}.json`), JSON.stringify({ builder: BUILDER, inputs: Object.fromEntries(hashes), output }))
      await pruneOldBuilds(cache, basename(file))
      return file
    } catch {
      // A cache that cannot be written: the private folder serves.
    }
  }
  const file = join(buildDir(), 'jail.mjs')
  await writeFile(file, text)
  return file
}

let runtimeBuild: Promise<string> | undefined
/** #runtime, with its deadlock diagnostics beside it for the jail (one module state). */
export function compileRuntime(): Promise<string> {
  return (runtimeBuild ??= textOf({
    stdin: {
      contents: `export * from ${JSON.stringify(RUNTIME_INDEX)}\nexport * as __diagnostics from ${JSON.stringify(join(RUNTIME_DIR, 'diagnostics.ts'))}\n`,
      resolveDir: RUNTIME_DIR,
      loader: 'ts',
    },
  }))
}

/**
 * #runtime resolves to the jail's instance of it, and runtime/diagnostics.ts to that
 * instance's diagnostics: a second copy would not see the semaphores the submission uses.
 */
const runtimeImport: Plugin = {
  name: 'runtime-import',
  setup(builder) {
    builder.onResolve({ filter: /^#runtime$/ }, () => ({ path: '#runtime', external: true }))
    builder.onResolve({ filter: /runtime[\\/](index|diagnostics)\.ts$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path)
      if (path === RUNTIME_INDEX) return { path: '#runtime', external: true }
      if (path === join(RUNTIME_DIR, 'diagnostics.ts')) return { path: 'diagnostics', namespace: 'runtime-diagnostics' }
      return undefined
    })
    builder.onLoad({ filter: /.*/, namespace: 'runtime-diagnostics' }, () => ({ contents: "module.exports = require('#runtime').__diagnostics", loader: 'js' }))
  },
}

/** The grading's language, fixed in the world's bundle: grader/specs/plan-lang.ts reads a file a jail may not. */
function languageOf(lang: string): Plugin {
  return {
    name: 'grading-language',
    setup(builder) {
      builder.onResolve({ filter: /[\\/]plan-lang\.ts$/ }, () => ({ path: 'plan-lang', namespace: 'grading-language' }))
      builder.onLoad({ filter: /.*/, namespace: 'grading-language' }, () => ({
        contents: `export const planLang = () => ${JSON.stringify(lang)}`,
        loader: 'js',
      }))
    },
  }
}

/**
 * The layout's rule for the jail's side (grader/layout.ts): a world file bundles no
 * spec-side file of its folder, which may read what a jail must not.
 */
const jailSideOnly: Plugin = {
  name: 'jail-side-only',
  setup(builder) {
    const exercisesSpecs = join(kitRoot, 'grader/specs') + sep
    builder.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (sideOf(basename(args.importer)) === 'spec') return undefined
      // The file it names, as esbuild finds it (a .js import of a .ts file, or no extension).
      const target = resolve(args.resolveDir, args.path).replace(/\.js$|(?<!\.ts)$/, '.ts')
      // Only the exercises' folders have sides: the toolkit beside them (say.ts, wording.ts) serves both.
      const inExerciseFolder = target.startsWith(exercisesSpecs) && target.slice(exercisesSpecs.length).includes(sep)
      if (!inExerciseFolder || sideOf(basename(target)) !== 'spec') return undefined
      return {
        errors: [
          {
            text: `${basename(args.importer)} runs in the jail and imports ${basename(target)}, a spec-side file: name a file the jail needs *.jail.ts, or *.shared.ts when the checks read it too`,
          },
        ],
      }
    })
  },
}

const worldBuilds = new Map<string, Promise<string>>()
/**
 * An exercise's world: its scenarios module and what it imports. The language its texts
 * are in is fixed at build time: the jail has no environment to read it from.
 */
export function compileWorld(file: string, lang: string): Promise<string> {
  const key = `${lang} ${file}`
  let built = worldBuilds.get(key)
  if (!built) {
    built = textOf({ entryPoints: [file], plugins: [jailSideOnly, runtimeImport, languageOf(lang)] })
    worldBuilds.set(key, built)
  }
  return built
}

export type CompiledSubmission = { text: string } | { error: ErrorInfo }

const submissionBuilds = new Map<string, Promise<CompiledSubmission>>()
/**
 * A submission's file and the files it imports. `root` is the folder the submission was
 * handed in as (`--dir`, a student's folder of `--batch`): the file must really lie in it.
 */
export function compileSubmission(file: string, root = dirname(file)): Promise<CompiledSubmission> {
  const key = `${root}\n${file}`
  let built = submissionBuilds.get(key)
  if (!built) {
    built = buildSubmission(file, root)
    submissionBuilds.set(key, built)
  }
  return built
}

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name)

function refusal(specifier: string): string {
  return `import of "${specifier}" ${REFUSED}: import from #runtime, from files of the exercise's own folder, or from node:${ALLOWED_BUILTINS.join(', node:')}`
}

/** A source file bigger than this is not read (nor a FIFO or a device, which would block the build). */
const SOURCE_LIMIT = 1024 * 1024

/** Whether `path`, with every symbolic link followed, is a plain file of a sane size in `folder` (itself real). */
function reallyIn(path: string, folder: string): boolean {
  try {
    const real = realpathSync(path)
    const stat = statSync(real)
    return real.startsWith(folder + sep) && stat.isFile() && stat.size <= SOURCE_LIMIT
  } catch {
    return false
  }
}

/** The names each module the jail hands in exports (the jail's own instances: jail/main.ts). */
async function importedNames(): Promise<Record<string, string[]>> {
  const runtime = Object.keys(await import(RUNTIME_INDEX))
  const timers = ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'promises']
  return { '#runtime': runtime, 'node:timers': timers, 'node:timers/promises': ['setTimeout', 'setImmediate', 'scheduler'] }
}

function importPolicy(folder: string, names: Record<string, string[]>): Plugin {
  return {
    name: 'exercise-import-policy',
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === 'resolving') return undefined
        if (args.path === '#runtime') return { path: '#runtime', namespace: 'jail-import' }
        if (isBuiltin(args.path)) {
          const name = args.path.replace(/^node:/, '')
          return (ALLOWED_BUILTINS as readonly string[]).includes(name)
            ? { path: `node:${name}`, namespace: 'jail-import' }
            : { path: args.path, namespace: 'refused' }
        }
        const resolved = await builder.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'resolving' })
        const inFolder = resolved.errors.length === 0 && reallyIn(resolved.path, folder) && !resolved.path.includes(`${sep}node_modules${sep}`)
        return inFolder ? { path: realpathSync(resolved.path) } : { path: args.path, namespace: 'refused' }
      })
      builder.onLoad({ filter: /.*/, namespace: 'refused' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(refusal(args.path))})`,
        loader: 'js',
      }))
      // What the jail hands in, read from the wrapper's parameter (see asModuleFunction).
      builder.onLoad({ filter: /.*/, namespace: 'jail-import' }, (args) => ({
        contents: `const given = ${IMPORT_PARAMETER}(${JSON.stringify(args.path)})\nexport const { ${names[args.path]!.join(', ')} } = given\nexport default given.default`,
        loader: 'js',
      }))
    },
  }
}

const IMPORT_PARAMETER = 'kitImport'

/**
 * A bundled ES module as the text of one async function: `(async function (kitImport) {
 * ...; return { exports } })`. The bundle imports nothing (what the jail hands in comes
 * through `kitImport`) and ends with one `export { ... }`, which becomes the returned
 * object. Async, so that top-level await works as in any ES module, and strict, as one is.
 */
function asModuleFunction(bundle: string): string {
  const last = /\bexport\s*\{([^}]*)\};?\s*$/.exec(bundle)
  const body = last ? bundle.slice(0, last.index) : bundle
  const entries = (last?.[1] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [local, exported = local] = entry.split(/\s+as\s+/)
      const key = exported!.startsWith('"') ? exported! : JSON.stringify(exported)
      return `${key}: ${local}`
    })
  return `(async function (${IMPORT_PARAMETER}) {\n'use strict'\n${body}\nreturn { ${entries.join(', ')} }\n})`
}

/** The exercise folder, as a real path, if the file and its folder really lie where they seem. */
function realFolder(file: string, root: string): string | undefined {
  try {
    const realRoot = realpathSync(root)
    const folder = realpathSync(dirname(file))
    const expected = resolve(realRoot, relative(resolve(root), resolve(dirname(file))))
    return folder === expected && reallyIn(file, folder) ? folder : undefined
  } catch {
    return undefined
  }
}

async function buildSubmission(file: string, root: string): Promise<CompiledSubmission> {
  const folder = realFolder(file, root)
  if (!folder) {
    const name = relative(root, file)
    const plain = (() => {
      try {
        const stat = statSync(file)
        return stat.isFile() && stat.size <= SOURCE_LIMIT
      } catch {
        return true
      }
    })()
    return plain
      ? { error: { name: 'Error', message: `${name} is a symbolic link out of its folder: only files that really lie in the exercise's folder are graded` } }
      : { error: { name: 'Error', message: `${name} is not a plain file of at most 1 MB: it is not read` } }
  }
  let text: string
  try {
    const bundle = await textOf({
      entryPoints: [realpathSync(file)],
      format: 'esm',
      plugins: [importPolicy(folder, await importedNames())],
      // The kit decides how TypeScript compiles, never a tsconfig.json beside the submission
      // (its "extends" could point at any file the grader can read).
      tsconfigRaw: '{}',
      // The module function is not a module: import.meta says only the file's name.
      define: { 'import.meta': JSON.stringify({ url: `file:///exercise/${basename(file)}` }) },
    })
    text = asModuleFunction(bundle)
  } catch (error) {
    const [first] = (error as BuildFailure).errors ?? []
    if (!first) throw error
    const where = first.location ? `${relative(process.cwd(), first.location.file)}:${first.location.line}:${first.location.column + 1}: ` : ''
    const syntax = !/Could not resolve/.test(first.text)
    return { error: { name: syntax ? 'SyntaxError' : 'Error', message: `${where}${first.text}` } }
  }
  // An import() left in the bundle has a name computed at run time (or sits in a string,
  // which the compartment's parser cannot tell apart): refused, with a message that says so.
  if (/(^|[^.]|\.\.\.)\bimport\s*\(/m.test(text)) {
    return {
      error: {
        name: 'Error',
        message: `import() of a computed name ${REFUSED} (nor the text "import(" in a string): import modules by their name at the top of the file`,
      },
    }
  }
  return { text }
}

/** How a submission is named inside the jail, in the little it can show (its own file's name). */
export const submissionName = (file: string) => basename(file)
