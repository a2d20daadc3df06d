// Timers armed out of order, all due during a busy-wait, fire late in the order they were due;
// then five 0 ms timers each block 800 ms (a blocking call put off with setTimeout): each runs
// when the one before lets go, and a heartbeat due at 100 waits for all of them.
export async function run(world: { block(ms: number): void; mark(label: string): void }) {
  for (const due of [400, 100, 700, 300, 200, 600, 500]) setTimeout(() => world.mark(`due ${due} at ${Date.now()}`), due)
  const end = Date.now() + 1000
  while (Date.now() < end) {
    // spin
  }
  await new Promise((resolve) => setTimeout(resolve, 0))
  const start = Date.now()
  setTimeout(() => world.mark(`heartbeat due ${start + 100} at ${Date.now()}`), 100)
  const calls = ['a', 'b', 'c', 'd', 'e'].map(
    (call) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          world.mark(`${call} at ${Date.now()}`)
          world.block(800)
          resolve()
        }, 0),
      ),
  )
  await Promise.all(calls)
  await new Promise((resolve) => setTimeout(resolve, 0))
}
