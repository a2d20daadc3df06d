/// <reference types="ses" />
// AbortController, AbortSignal, EventTarget, Event and DOMException for one scenario,
// written here rather than handed over from Node: Node's carry internals a compartment can
// reach (symbol-keyed listener records holding the world's own callbacks, prototypes that
// lockdown does not freeze, the real clock in Event#timeStamp), shared by every scenario
// of a jail. These keep their state in private fields, read the scenario's clock, and are
// made again for every scenario. They follow the DOM standard in what exercise code uses,
// with one difference on purpose: `dispatchEvent` of an "abort" event on a signal calls no
// listener, so only a real abort can tell the world that a signal aborted.
import type { Timers } from './globals.ts'

export interface AbortApi {
  AbortController: typeof AbortController
  AbortSignal: typeof AbortSignal
  EventTarget: typeof EventTarget
  Event: typeof Event
  DOMException: typeof DOMException
  /** A signal made by this API: not a look-alike, not a Proxy (they have no private fields). */
  isSignal(value: unknown): value is AbortSignal
}

interface Options {
  now: () => number
  /** The compartments' Error: a class made here must not extend the start compartment's. */
  errorClass: ErrorConstructor
  timers: Pick<Timers, 'setTimeout'>
  /** An event listener threw: Node would report it as an uncaught exception. */
  onListenerError(error: unknown): void
}

const DOM_CODES: Record<string, number> = { AbortError: 20, TimeoutError: 23, InvalidStateError: 11, NotSupportedError: 9, DataCloneError: 25 }

type Callback = ((event: Event) => void) | { handleEvent(event: Event): void }
interface Listener {
  callback: Callback
  capture: boolean
  once: boolean
  removed: boolean
}

export function createAbortApi({ now, errorClass, timers, onListenerError }: Options): AbortApi {
  class KitDOMException extends errorClass {
    readonly #name: string
    constructor(message = '', options: string | { name?: string } = 'Error') {
      super(String(message))
      this.#name = typeof options === 'string' ? options : String(options?.name ?? 'Error')
    }
    override get name(): string {
      return this.#name
    }
    get code(): number {
      return DOM_CODES[this.#name] ?? 0
    }
    static readonly ABORT_ERR = 20
    static readonly TIMEOUT_ERR = 23
  }

  let eventTargetOf: (event: KitEvent, target: KitEventTarget) => void
  let isStopped: (event: KitEvent) => boolean
  let isEvent: (value: unknown) => value is KitEvent

  class KitEvent {
    readonly #type: string
    readonly #cancelable: boolean
    readonly #timeStamp = now()
    #target: KitEventTarget | null = null
    #defaultPrevented = false
    #stopped = false
    constructor(...given: [] | [type: string, init?: { cancelable?: boolean }]) {
      if (given.length === 0) throw new TypeError('The "type" argument must be specified')
      const [type, init] = given
      this.#type = String(type)
      this.#cancelable = Boolean(init?.cancelable)
    }
    get type() {
      return this.#type
    }
    get target() {
      return this.#target
    }
    get currentTarget() {
      return this.#target
    }
    get srcElement() {
      return this.#target
    }
    get timeStamp() {
      return this.#timeStamp
    }
    get cancelable() {
      return this.#cancelable
    }
    get defaultPrevented() {
      return this.#defaultPrevented
    }
    get bubbles() {
      return false
    }
    get composed() {
      return false
    }
    get isTrusted() {
      return false
    }
    get eventPhase() {
      return this.#target ? 2 : 0
    }
    preventDefault() {
      if (this.#cancelable) this.#defaultPrevented = true
    }
    stopImmediatePropagation() {
      this.#stopped = true
    }
    stopPropagation() {}
    composedPath() {
      return this.#target ? [this.#target] : []
    }
    static {
      eventTargetOf = (event, target) => {
        event.#target = target
      }
      isStopped = (event) => event.#stopped
      isEvent = (value): value is KitEvent => typeof value === 'object' && value !== null && #type in value
    }
  }

  let dispatchAbort: (signal: KitAbortSignal) => void

  class KitEventTarget {
    readonly #listeners = new Map<string, Listener[]>()

    addEventListener(type: string, callback: Callback | null, options?: boolean | { capture?: boolean; once?: boolean; signal?: AbortSignal }): void {
      if (callback === null || callback === undefined) return
      const given = typeof options === 'boolean' ? { capture: options } : (options ?? {})
      const capture = Boolean(given.capture)
      const once = Boolean(given.once)
      const signal = given.signal
      if (signal !== undefined && !isSignal(signal)) throw new TypeError('The "options.signal" property must be an instance of AbortSignal')
      if (signal?.aborted) return
      const name = String(type)
      const list = this.#listeners.get(name) ?? []
      if (list.some((listener) => listener.callback === callback && listener.capture === capture)) return
      list.push({ callback, capture, once, removed: false })
      this.#listeners.set(name, list)
      signal?.addEventListener('abort', () => this.removeEventListener(name, callback, { capture }), { once: true })
    }

    removeEventListener(type: string, callback: Callback | null, options?: boolean | { capture?: boolean }): void {
      const capture = typeof options === 'boolean' ? options : Boolean(options?.capture)
      const name = String(type)
      const list = this.#listeners.get(name)
      const index = list?.findIndex((listener) => listener.callback === callback && listener.capture === capture) ?? -1
      if (!list || index < 0) return
      list[index]!.removed = true
      list.splice(index, 1)
    }

    dispatchEvent(event: Event): boolean {
      if (!isEvent(event)) throw new TypeError('The "event" argument must be an instance of Event')
      if (isSignal(this) && event.type === 'abort') return true
      return this.#dispatch(event)
    }

    #dispatch(event: KitEvent): boolean {
      eventTargetOf(event, this)
      for (const listener of [...(this.#listeners.get(event.type) ?? [])]) {
        if (listener.removed) continue
        if (listener.once) this.removeEventListener(event.type, listener.callback, { capture: listener.capture })
        try {
          const { callback } = listener
          if (typeof callback === 'function') Reflect.apply(callback, this, [event])
          else {
            const handle = callback.handleEvent
            if (typeof handle === 'function') Reflect.apply(handle, callback, [event])
          }
        } catch (error) {
          onListenerError(error)
        }
        if (isStopped(event)) break
      }
      return !event.defaultPrevented
    }

    static {
      dispatchAbort = (signal) => signal.#dispatch(new KitEvent('abort'))
    }
  }

  /** Only this module makes signals: `new AbortSignal()` is refused, as in Node. */
  const MAKING = Symbol('making a signal')
  let abortSignal: (signal: KitAbortSignal, reason: unknown) => void
  let isSignal: (value: unknown) => value is KitAbortSignal

  class KitAbortSignal extends KitEventTarget {
    #aborted = false
    #reason: unknown = undefined
    #onabort: ((event: Event) => void) | null = null
    #onabortListening = false

    constructor(key?: symbol) {
      if (key !== MAKING) throw new TypeError('Illegal constructor')
      super()
      // Frozen: no own property can shadow `aborted` or `addEventListener`.
      Object.freeze(this)
    }
    get aborted(): boolean {
      return this.#aborted
    }
    get reason(): unknown {
      return this.#reason
    }
    get onabort() {
      return this.#onabort
    }
    set onabort(handler: ((event: Event) => void) | null) {
      if (!this.#onabortListening && typeof handler === 'function') {
        this.#onabortListening = true
        this.addEventListener('abort', (event) => this.#onabort?.call(this, event))
      }
      this.#onabort = typeof handler === 'function' ? handler : null
    }
    throwIfAborted(): void {
      if (this.#aborted) throw this.#reason
    }

    static abort(reason?: unknown): KitAbortSignal {
      const signal = new KitAbortSignal(MAKING)
      abortSignal(signal, reason)
      return signal
    }

    static timeout(ms: number): KitAbortSignal {
      const signal = new KitAbortSignal(MAKING)
      // Unref'd, as Node's: it keeps nothing running, so it is not work left over.
      timers.setTimeout(() => abortSignal(signal, new KitDOMException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref()
      return signal
    }

    static any(signals: Iterable<AbortSignal>): KitAbortSignal {
      const sources = Array.from(signals)
      if (!sources.every((source) => isSignal(source))) throw new TypeError('The "signals" argument must be an array of AbortSignal')
      const signal = new KitAbortSignal(MAKING)
      const aborted = sources.find((source) => source.aborted)
      if (aborted) abortSignal(signal, aborted.reason)
      else for (const source of sources) source.addEventListener('abort', () => abortSignal(signal, source.reason), { once: true })
      return signal
    }

    static {
      abortSignal = (signal, reason) => {
        if (signal.#aborted) return
        signal.#aborted = true
        signal.#reason = reason === undefined ? new KitDOMException('This operation was aborted', 'AbortError') : reason
        dispatchAbort(signal)
      }
      isSignal = (value): value is KitAbortSignal => typeof value === 'object' && value !== null && #aborted in value
    }
  }

  class KitAbortController {
    readonly #signal = new KitAbortSignal(MAKING)
    get signal(): KitAbortSignal {
      return this.#signal
    }
    abort(reason?: unknown): void {
      abortSignal(this.#signal, reason)
    }
  }

  return harden({
    AbortController: KitAbortController as unknown as typeof AbortController,
    AbortSignal: KitAbortSignal as unknown as typeof AbortSignal,
    EventTarget: KitEventTarget as unknown as typeof EventTarget,
    Event: KitEvent as unknown as typeof Event,
    DOMException: KitDOMException as unknown as typeof DOMException,
    isSignal: (value: unknown): value is AbortSignal => isSignal(value),
  })
}
