// The world's blocking call holds the loop for 800 ms, twice in one stretch, then once more
// after an await. Timers due meanwhile fire late, in the order they were due; an interval
// starts again from when it ran.
export async function run(world: { block(ms: number): void; mark(label: string): void }) {
  setTimeout(() => world.mark(`due 300 at ${Date.now()}`), 300)
  setTimeout(() => world.mark(`due 200 at ${Date.now()}`), 200)
  let beats = 0
  const beat = setInterval(() => {
    world.mark(`beat at ${Date.now()}`)
    if (++beats === 3) clearInterval(beat)
  }, 500)
  world.block(800)
  world.block(800)
  await Promise.resolve()
  world.block(100)
  await new Promise((resolve) => setTimeout(resolve, 0))
  world.block(400)
  await new Promise((resolve) => setTimeout(resolve, 1000))
}
