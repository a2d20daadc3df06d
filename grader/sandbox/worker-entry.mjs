// Entry of a sandbox thread: runs one scenario of one submission under a fake clock.
// Everything it loads was compiled to JavaScript beforehand (compile.ts): no loader runs
// here, and the clock is installed before anything the submission can reach is loaded.
import { parentPort } from 'node:worker_threads'
import { syncBuiltinESMExports } from 'node:module'
import FakeTimers from '@sinonjs/fake-timers'

// The scenario to run and the channel back to the spec arrive as the first message,
// before any submission code runs. The channel is held only here: the submission cannot
// post results of its own.
const { port, thread } = await new Promise((resolve) => parentPort.once('message', resolve))
const postMessage = MessagePort.prototype.postMessage
const send = (message) => Reflect.apply(postMessage, port, [message])

const realSetImmediate = globalThis.setImmediate
const realSetTimeout = globalThis.setTimeout
const clock = FakeTimers.install({
  now: 0,
  // nextTick and queueMicrotask stay real: faked, they never run by themselves.
  toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
    'clearImmediate', 'Date', 'performance', 'hrtime'],
  loopLimit: Number.MAX_SAFE_INTEGER,
})
// ESM named imports of node:timers and node:timers/promises follow the fake clock too.
syncBuiltinESMExports()
// Faked functions carry `.clock`: the submission must not reach the clock through it.
// The fake Date reads the time through its own `.clock`, so it keeps a read-only view.
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'performance']) {
  delete globalThis[name].clock
}
globalThis.Date.clock = Object.freeze({ get now() { return clock.now } })
// Stack traces point into the student's TypeScript, not the compiled bundle.
process.setSourceMapsEnabled(true)

const { runInThread } = await import(thread.threadUrl)
await runInThread({
  ...thread,
  clock,
  send,
  drainMicrotasks: () => new Promise((resolve) => realSetImmediate(resolve)),
  realSetTimeout,
})
