// Module hooks of the sandbox thread:
// - `#runtime` resolves to the kit's runtime from a submission anywhere on disk;
// - every TypeScript file loads as an ES module, even where no package.json says
//   "type": "module" (a --dir folder outside the kit);
// - exercise code may import only #runtime, files of its own folder, and the built-in
//   modules below: no file system, processes, network or loaders.
import { builtinModules } from 'node:module'

const ALLOWED_BUILTINS = new Set([
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'crypto', 'events', 'path', 'perf_hooks', 'process',
  'string_decoder', 'timers', 'timers/promises', 'url', 'util', 'util/types',
])

let runtimeUrl
let submissionFolder

export function initialize(data) {
  runtimeUrl = data.runtimeUrl
  submissionFolder = new URL('.', data.submissionUrl).href
}

const isBuiltin = (url) => url.startsWith('node:') || builtinModules.includes(url)

export async function resolve(specifier, context, next) {
  if (specifier === '#runtime') return { url: runtimeUrl, shortCircuit: true }
  const resolved = await next(specifier, context)
  const fromSubmission = context.parentURL?.startsWith(submissionFolder)
  if (!fromSubmission) return resolved
  const allowed = isBuiltin(resolved.url)
    ? ALLOWED_BUILTINS.has(resolved.url.replace(/^node:/, ''))
    : resolved.url.startsWith(submissionFolder) && !resolved.url.includes('/node_modules/')
  if (!allowed) {
    throw new Error(`import of "${specifier}" is not allowed in exercise code: import from #runtime, from files of the exercise's own folder, or from node:${[...ALLOWED_BUILTINS].join(', node:')}`)
  }
  return resolved
}

export async function load(url, context, next) {
  if (/\.m?ts$/.test(url) && !url.includes('/node_modules/')) {
    return next(url, { ...context, format: 'module' })
  }
  return next(url, context)
}
