/**
 * Turns whatever the submission returned into data that survives structured cloning
 * and describes itself: a forgotten `await` shows up as { $type: 'Promise' } instead
 * of failing the clone.
 */
export function toPlain(value: unknown, depth = 0): unknown {
  try {
    return plain(value, depth)
  } catch {
    // A Proxy or a getter can throw on any access.
    return { $type: 'unreadable' }
  }
}

function plain(value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return value
  switch (typeof value) {
    case 'string':
      return value.length > 2000 ? `${value.slice(0, 2000)}…` : value
    case 'number':
    case 'boolean':
      return value
    case 'bigint':
      return { $type: 'bigint', value: String(value) }
    case 'symbol':
      return { $type: 'symbol', value: String(value) }
    case 'function':
      return { $type: 'function', name: (value as { name?: string }).name ?? '' }
  }
  if (depth >= 6) return { $type: 'deep' }
  if (value instanceof Promise) return { $type: 'Promise' }
  if (value instanceof Error) return { $type: 'Error', name: value.name, message: value.message }
  if (Array.isArray(value)) return value.slice(0, 1000).map((item) => toPlain(item, depth + 1))
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value as object).slice(0, 200)) {
    copy[key] = toPlain((value as Record<string, unknown>)[key], depth + 1)
  }
  return copy
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
    return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${show(item)}`).join(', ')} }`
  }
  return String(value)
}
