export async function run(world: { sleep(ms: number): Promise<void> }) {
  await world.sleep(1500)
  return { done: true, at: Date.now(), perf: performance.now() }
}
