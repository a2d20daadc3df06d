// Everything a submission could look at to tell one run from another.
export async function run() {
  const globals = Object.getOwnPropertyNames(globalThis)
    .filter((name) => (globalThis as Record<string, unknown>)[name] !== undefined)
    .sort()
  const before = Date.now()
  await new Promise((resolve) => setTimeout(resolve, 1000))
  let process: string
  try {
    process = String((globalThis as { process: { env: unknown } }).process.env)
  } catch (error) {
    process = `${(error as Error).name}: ${(error as Error).message.split(':')[0]}`
  }
  return { globals, before, after: Date.now(), perf: performance.now(), random: Math.random(), process }
}
