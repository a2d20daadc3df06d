import { cut } from './cut.ts'
import { errorInfo } from './outcome.ts'

/**
 * Turns whatever the submission returned into data that survives structured cloning
 * and describes itself: a forgotten `await` shows up as { $type: 'Promise' } instead
 * of failing the clone.
 */
export function toPlain(value: unknown): unknown {
  return copy(value, 0, { left: NODE_LIMIT })
}

const HUGE = 10n ** 2000n

/** Values copied at most, whatever the shape: 1000 arrays of 1000 would otherwise be a million. */
const NODE_LIMIT = 5000

function copy(value: unknown, depth: number, budget: { left: number }): unknown {
  try {
    if (budget.left-- <= 0) return { $type: 'cut' }
    return plain(value, depth, budget)
  } catch {
    // A Proxy or a getter can throw on any access.
    return { $type: 'unreadable' }
  }
}

function plain(value: unknown, depth: number, budget: { left: number }): unknown {
  if (value === null || value === undefined) return value
  switch (typeof value) {
    case 'string':
      return cut(value, 2000)
    case 'number':
    case 'boolean':
      return value
    case 'bigint':
      // Compared before printed: printing a bigint of millions of digits takes seconds.
      return { $type: 'bigint', value: value < HUGE && value > -HUGE ? String(value) : 'a bigint of more than 2000 digits' }
    case 'symbol':
      return { $type: 'symbol', value: cut(String(value), 2000) }
    case 'function': {
      const name: unknown = (value as { name?: unknown }).name
      return { $type: 'function', name: typeof name === 'string' ? name.slice(0, 100) : '' }
    }
  }
  if (depth >= 6) return { $type: 'deep' }
  if (value instanceof Promise) return { $type: 'Promise' }
  if (value instanceof Error) {
    const { name, message } = errorInfo(value)
    return { $type: 'Error', name, message }
  }
  if (Array.isArray(value)) return Array.from({ length: Math.min(value.length, 1000) }, (_, index) => copy(value[index], depth + 1, budget))
  const result: Record<string, unknown> = {}
  for (const key of Object.keys(value as object).slice(0, 200)) {
    // defineProperty: a key "__proto__" is a key like any other, not the copy's prototype.
    Object.defineProperty(result, cut(key, 200), {
      value: copy((value as Record<string, unknown>)[key], depth + 1, budget),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return result
}

/** A short human-readable rendering of a plain value, for feedback messages. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value && typeof value === 'object' && '$type' in value) {
    const tagged = value as { $type: string; name?: string; message?: string; value?: string }
    if (tagged.$type === 'Promise') return 'a Promise'
    if (tagged.$type === 'function') return `a function${tagged.name ? ` ${tagged.name}` : ''}`
    if (tagged.$type === 'Error') return `${tagged.name}: ${tagged.message}`
    return tagged.value ?? tagged.$type
  }
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([key, item]) => `${key}: ${show(item)}`)
      .join(', ')} }`
  }
  return String(value)
}
