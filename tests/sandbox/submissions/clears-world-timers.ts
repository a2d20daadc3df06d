// Clears every timer id it can think of, to wipe out the world's own pending timer.
export async function run(world: { sleep: (ms: number) => Promise<void> }) {
  void world.sleep(100_000)
  for (let id = 0; id < 50; id++) {
    clearTimeout(id)
    clearInterval(String(id) as unknown as number)
  }
  return 'cleared'
}
