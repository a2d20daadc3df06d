// Runs a TypeScript command of the kit (`npm run grade`, `npm run hint`) as JavaScript that
// esbuild bundled once: plain node starts in 0.05 s, where tsx takes 0.3 s to load. The
// bundle is kept in node_modules/.cache/async-kit, named by its hash, and used only while
// every source it was built from is unchanged; otherwise it is built again (about 0.1 s).
// Each module keeps its own import.meta.url, so paths relative to a source still hold.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))
const cache = join(kitRoot, 'node_modules/.cache/async-kit')
const sha256 = (data) => createHash('sha256').update(data).digest('hex')

const [entryArgument, ...args] = process.argv.slice(2)
const entry = resolve(kitRoot, entryArgument)
// node_modules may be shared by two copies of the kit (a link): each has bundles of its own.
const name = `${relative(kitRoot, entry).replace(/\.ts$/, '').replace(/[\\/]/g, '-')}-${sha256(kitRoot).slice(0, 12)}`
const manifestFile = join(cache, `${name}.json`)
/** How the bundle is built (this file and esbuild's version): another way of building is another bundle. */
const esbuildPackage = createRequire(import.meta.url).resolve('esbuild/package.json')
const builder = sha256(`${JSON.parse(readFileSync(esbuildPackage, 'utf8')).version}\n${readFileSync(fileURLToPath(import.meta.url), 'utf8')}`)

/** The bundle, if its bytes and every source it was built from are what its manifest says. */
function cachedBundle() {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
    if (manifest.builder !== builder) return undefined
    const file = join(cache, `${name}-${manifest.output}.mjs`)
    const unchanged = Object.entries(manifest.inputs).every(([path, hash]) => sha256(readFileSync(path)) === hash)
    return unchanged && sha256(readFileSync(file)) === manifest.output ? file : undefined
  } catch {
    return undefined
  }
}

/** Each source's import.meta.url stays its own URL, not the bundle's. */
const ownModuleUrls = {
  name: 'own-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (loaded) => ({
      contents: `const __kitModuleUrl = ${JSON.stringify(pathToFileURL(loaded.path).href)};\n${readFileSync(loaded.path, 'utf8')}`,
      loader: 'ts',
    }))
  },
}

/** Gradings run side by side: none may read a file another is halfway through writing. */
function writeAtomically(file, data) {
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, data)
  renameSync(partial, file)
}

async function buildBundle() {
  const { build } = await import('esbuild')
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: kitRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: { 'import.meta.url': '__kitModuleUrl' },
    plugins: [ownModuleUrls],
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const text = result.outputFiles[0].contents
  const output = sha256(text)
  const file = join(cache, `${name}-${output}.mjs`)
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((path) => [resolve(kitRoot, path), sha256(readFileSync(resolve(kitRoot, path)))]))
  mkdirSync(cache, { recursive: true })
  writeAtomically(file, text)
  writeAtomically(manifestFile, JSON.stringify({ builder, inputs, output }))
  // Builds of other sources unused for a day go (not at once: a command may still be loading one).
  const dayAgo = Date.now() - 24 * 3600_000
  for (const old of readdirSync(cache)) {
    if (/^grader-.*\.mjs$/.test(old) && old !== `${name}-${output}.mjs` && statSync(join(cache, old)).mtimeMs < dayAgo)
      rmSync(join(cache, old), { force: true })
  }
  return file
}

let bundle
try {
  bundle = cachedBundle() ?? (await buildBundle())
} catch {
  // No cache where node_modules cannot be written: the command runs under tsx.
}
// The command reads its arguments (and whether it is the entry point) as under tsx.
process.argv = [process.argv[0], entry, ...args]
if (bundle) {
  await import(pathToFileURL(bundle).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(pathToFileURL(entry).href)
}
