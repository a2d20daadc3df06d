// Loads each private spec file as the grading will (the toolkit, its own imports, its
// top-level code and its gradeExercise calls), with probe-kit.ts in place of kit.ts so that
// loading defines no test: what each file defines, or why it failed to load.
import { readdirSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type BuildFailure, type Plugin } from 'esbuild'
import { kitRoot } from '../layout.ts'
import { definedSoFar } from './probe-kit.ts'
import type { LoadedSpec } from './protocol.ts'

const TOOLKIT = join(kitRoot, 'grader/specs/toolkit.ts')
const PROBE_KIT = join(kitRoot, 'grader/extra-specs/probe-kit.ts')
const RUNTIME = join(kitRoot, 'runtime/index.ts')

/** The spec files vitest would run: DIR/**\/*.spec.ts, outside node_modules and dot folders. */
export function specFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.spec.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/[\\/](node_modules|\.[^\\/]+)[\\/]/.test(file.slice(dir.length)))
    .sort()
}

/** The toolkit as the spec process resolves it, but for kit.ts, the one module that defines tests. */
const probeResolution: Plugin = {
  name: 'probe-resolution',
  setup(builder) {
    builder.onResolve({ filter: /^async-kit\/specs$/ }, () => ({ path: TOOLKIT }))
    builder.onResolve({ filter: /^#runtime$/ }, () => ({ path: RUNTIME }))
    builder.onResolve({ filter: /^\.\/kit\.ts$/ }, (args) => (args.importer === TOOLKIT ? { path: PROBE_KIT } : undefined))
    // Vitest's suites and hooks need its runner: here they define nothing, as kit.ts's tests.
    builder.onResolve({ filter: /^vitest$/ }, (args) =>
      args.namespace === 'probe-vitest' ? { path: 'vitest', external: true } : { path: 'vitest', namespace: 'probe-vitest' },
    )
    builder.onLoad({ filter: /.*/, namespace: 'probe-vitest' }, () => ({ contents: VITEST_WITHOUT_RUNNER, loader: 'js' }))
    // Packages and Node's modules are imported as they are, from the kit's node_modules.
    builder.onResolve({ filter: /^[^./#]/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path, external: true }))
  },
}

const RUNNER_ONLY = ['describe', 'suite', 'test', 'it', 'bench', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach', 'onTestFailed', 'onTestFinished']
/** Vitest, but for what needs its runner: each a function that does nothing, whatever is read of it (`test.each(...)(...)`). */
const VITEST_WITHOUT_RUNNER = [
  "export * from 'vitest'",
  // Not a thenable: awaiting it must not wait forever.
  "const nothing = new Proxy(function () {}, { get: (_, key) => (key === 'then' ? undefined : nothing), apply: () => nothing })",
  `export const { ${RUNNER_ONLY.join(', ')} } = { ${RUNNER_ONLY.map((name) => `${name}: nothing`).join(', ')} }`,
].join('\n')

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js' } as const

/** Each module keeps its own import.meta.url: `new URL('./scenarios.ts', import.meta.url)` names the teacher's file. */
const ownModuleUrls: Plugin = {
  name: 'own-module-urls',
  setup(builder) {
    builder.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => ({
      contents: `const __kitModuleUrl = ${JSON.stringify(pathToFileURL(args.path).href)};\n${await readFile(args.path, 'utf8')}`,
      loader: LOADERS[extname(args.path) as keyof typeof LOADERS] ?? 'ts',
    }))
  },
}

/** A folder for the bundles where their bare imports resolve: in the kit's node_modules when it can be written. */
async function bundleFolder(): Promise<string> {
  try {
    const cache = join(kitRoot, 'node_modules/.cache/async-kit')
    await mkdir(cache, { recursive: true })
    return await mkdtemp(join(cache, 'extra-specs-'))
  } catch {
    return mkdtemp(join(tmpdir(), 'async-kit-extra-specs-'))
  }
}

async function bundle(file: string): Promise<{ text: string } | { error: string }> {
  try {
    const result = await build({
      entryPoints: [file],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      define: { 'import.meta.url': '__kitModuleUrl' },
      plugins: [probeResolution, ownModuleUrls],
    })
    return { text: result.outputFiles[0]!.text }
  } catch (error) {
    const [first] = (error as BuildFailure).errors ?? []
    if (!first) throw error
    const where = first.location ? `${resolve(first.location.file)}:${first.location.line}:${first.location.column + 1}: ` : ''
    return { error: `${where}${first.text}` }
  }
}

export const describeError = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error))

/**
 * Loads the files one after the other (what a file defines is what was recorded while it
 * loaded). `onLoading` hears each file first: should one end the process, the caller knows which.
 */
export async function loadSpecs(files: readonly string[], onLoading: (file: string) => void): Promise<{ specs: LoadedSpec[]; problems: string[] }> {
  const folder = await bundleFolder()
  const specs: LoadedSpec[] = []
  const problems: string[] = []
  try {
    const bundles = await Promise.all(files.map(bundle))
    for (const [index, file] of files.entries()) {
      const built = bundles[index]!
      if ('error' in built) {
        problems.push(`the private checks in ${file} failed to load: ${built.error}`)
        continue
      }
      const bundleFile = join(folder, `${index}.mjs`)
      await writeFile(bundleFile, built.text)
      const before = definedSoFar().length
      onLoading(file)
      try {
        await import(pathToFileURL(bundleFile).href)
        specs.push({ file, defined: definedSoFar().slice(before) })
      } catch (error) {
        problems.push(`the private checks in ${file} failed to load: ${describeError(error)}`)
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
  return { specs, problems }
}
