/// <reference types="ses" />
// The module bundles a jail runs (compile.ts makes them) are CommonJS text: one function
// per bundle, evaluated in a compartment. Calling it again makes fresh module instances.
import type { ErrorInfo } from '../outcome.ts'

export type ModuleFactory = (require: (name: string) => unknown, module: { exports: unknown }, exports: unknown) => void

/** Evaluates a bundle's text in `compartment` once; the factory it returns is called per instance. */
export function evaluateBundle(compartment: Compartment, source: string, name: string): ModuleFactory {
  return compartment.evaluate(`(function (require, module, exports) {\n'use strict'\n${source}\n})\n//# sourceURL=${name}`) as ModuleFactory
}

/** Runs a bundle's factory with the given imports; its exports, each read once. */
export function instantiate(factory: ModuleFactory, imports: Record<string, unknown>): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> }
  factory(importerOf(imports), module, module.exports)
  const namespace = module.exports
  return Object.fromEntries(Object.keys(namespace).map((key) => [key, namespace[key]]))
}

export type SubmissionFactory = (kitImport: (name: string) => unknown) => Promise<Record<string, unknown>>

/** Evaluates a submission's module function (compile.ts: asModuleFunction) in `compartment`. */
export function evaluateSubmission(compartment: Compartment, source: string, name: string): SubmissionFactory {
  return compartment.evaluate(`${source}\n//# sourceURL=${name}`) as SubmissionFactory
}

/** The given imports by name, for a submission's module function. */
export function importerOf(imports: Record<string, unknown>): (name: string) => unknown {
  return (name) => {
    if (Object.hasOwn(imports, name)) return imports[name]
    throw new Error(`Cannot find module '${name}'`)
  }
}

/** What the compartment's parser refused, in the words of the import policy. */
export function evaluationRefusal(message: string, refused: string): ErrorInfo | undefined {
  if (message.includes('SES_IMPORT_REJECTED')) return { name: 'Error', message: `import() ${refused}: import modules by their name at the top of the file` }
  if (message.includes('SES_EVAL_REJECTED')) return { name: 'Error', message: `eval ${refused}` }
  if (message.includes('SES_HTML_COMMENT_REJECTED'))
    return { name: 'SyntaxError', message: 'the text "<!--" or "-->" cannot appear in exercise code, even in a string: write it as "<!" + "--"' }
  return undefined
}
