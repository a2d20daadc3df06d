// Installs a stack formatter on the Error class behind DOMException, to carry a count from one scenario to the next.
export async function run(world: { sleep: (ms: number) => Promise<void> }) {
  const base = Object.getPrototypeOf(DOMException) as { prepareStackTrace?: unknown; stackTraceLimit?: number }
  const before = String(new Error('probe').stack)
  try {
    base.prepareStackTrace = () => 'channel:1'
    base.stackTraceLimit = 3
  } catch {}
  await world.sleep(1)
  return { carried: before.startsWith('channel:'), baseIsError: base === Error }
}
