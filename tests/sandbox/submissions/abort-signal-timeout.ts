// AbortSignal.timeout follows the virtual clock, and its unref'd timer is no work left running.
export async function run() {
  const signal = AbortSignal.timeout(1000)
  await new Promise((resolve) => signal.addEventListener('abort', resolve))
  AbortSignal.timeout(5000)
  return [(signal.reason as Error).name, Date.now()]
}
