// Builds timer handles of its own for ids it did not arm, to unref the world's timers.
export async function run(world: { sleep: (ms: number) => Promise<void> }) {
  void world.sleep(100_000)
  const Handle = Object.getPrototypeOf(setTimeout(() => {}, 0)).constructor
  for (let id = 0; id < 50; id++) new Handle(id).unref()
  return 'unref-ed'
}
