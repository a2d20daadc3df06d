// Applied in the sandbox thread after the grader's modules are loaded and before the
// submission is imported. The specs judge the run in another thread, out of reach, but
// the world and the driver run here: what they rely on is frozen, and what could reach
// beyond this thread (killing the process, loading native code) is refused.

/** Built-ins the world and the driver use. Prototypes that student code legitimately
 *  assigns through (Object.prototype, Function.prototype, Error) are left alone. */
const FROZEN: readonly object[] = [Object, Array, Array.prototype, Promise, Promise.prototype, JSON, Reflect, Math]

/** Global bindings that keep pointing at the grader's objects: the fake clock included. */
const LOCKED_GLOBALS = [
  'Object', 'Array', 'Promise', 'JSON', 'Reflect', 'Math', 'Date', 'performance', 'queueMicrotask', 'structuredClone',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
] as const

/** process methods that act on the whole process (every sandbox in it), not this thread. */
const REFUSED_PROCESS_METHODS = ['kill', '_kill', 'abort', 'dlopen', 'binding', '_linkedBinding', '_debugProcess', '_debugEnd'] as const

export const REFUSED = 'is not allowed in exercise code'

/** Code built from strings could import() anything, past the submission's import policy. */
function refuseCodeFromStrings(): void {
  const refused = () => {
    throw new Error(`code generation from strings (eval, new Function) ${REFUSED}`)
  }
  Object.defineProperty(globalThis, 'eval', { value: refused, writable: false, configurable: false })
  // `instanceof Function` still works: only calling and constructing are refused.
  const constructors = [Function, async function () {}.constructor, function* () {}.constructor, async function* () {}.constructor]
  for (const constructor of constructors) {
    const guarded = new Proxy(constructor, { apply: refused, construct: refused })
    Object.defineProperty(constructor.prototype, 'constructor', { value: guarded, writable: false, configurable: false })
    if (constructor === Function) Object.defineProperty(globalThis, 'Function', { value: guarded, writable: false, configurable: false })
  }
}

export function lockdown(): void {
  refuseCodeFromStrings()
  const global = globalThis as Record<string, unknown>
  for (const name of LOCKED_GLOBALS) {
    Object.defineProperty(globalThis, name, { value: global[name], writable: false, configurable: false, enumerable: false })
  }
  for (const target of [...FROZEN, global.Date as object, global.performance as object]) Object.freeze(target)
  for (const name of REFUSED_PROCESS_METHODS) {
    if (!(name in process)) continue
    Object.defineProperty(process, name, {
      value: () => {
        throw new Error(`process.${name} ${REFUSED}`)
      },
      writable: false,
      configurable: false,
    })
  }
}
