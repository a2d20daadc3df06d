// Module hooks for the sandbox thread: `#runtime` resolves to the kit's runtime from a
// submission anywhere on disk, and every TypeScript file loads as an ES module even
// where no package.json says "type": "module" (a --dir folder outside the kit).
let runtimeUrl

export function initialize(data) {
  runtimeUrl = data.runtimeUrl
}

export async function resolve(specifier, context, next) {
  if (specifier === '#runtime') return { url: runtimeUrl, shortCircuit: true }
  return next(specifier, context)
}

export async function load(url, context, next) {
  if (/\.m?ts$/.test(url) && !url.includes('/node_modules/')) {
    return next(url, { ...context, format: 'module' })
  }
  return next(url, context)
}
