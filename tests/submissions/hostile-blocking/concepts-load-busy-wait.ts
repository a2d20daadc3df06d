// Busy-waits ten virtual seconds at module load, and arms timers that try to fire out of order (negative, NaN, huge delays).
import type { ConceptChoices, ConceptPredictions } from '#runtime'

const end = Date.now() + 10_000
while (Date.now() < end) {}
const order: number[] = []
setTimeout(() => order.push(3), 30)
setTimeout(() => order.push(1), -100)
setTimeout(() => order.push(2), Number.NaN)
setTimeout(() => order.push(4), 2 ** 40)
await new Promise((resolve) => setTimeout(resolve, 50))
console.log(`order: ${order.join(',')} at t=${Date.now()}`)

export const predict: Partial<ConceptPredictions> = {
  microtasks: ['sync 1', 'sync 2', 'then', 'microtask', 'timeout'],
}
export const choose: ConceptChoices = { cores: 'b', contagious: 'a', 'cpu-bound': 'a', concurrency: 'b', threads: 'a' }
