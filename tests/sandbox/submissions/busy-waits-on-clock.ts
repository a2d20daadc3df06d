// A busy-wait on the virtual clock (the Python habit of time.sleep in async code): past the
// free reads of one stretch, each read moves the clock on, so it ends, as a block of about 1000 ms.
// The timer due at t=100 fires late, once the block is over.
export async function run(world: { mark(label: string): void }) {
  setTimeout(() => world.mark(`timer due at 100 fired at ${Date.now()}`), 100)
  const end = Date.now() + 1000
  while (Date.now() < end) {
    // spin
  }
  world.mark(`done spinning at ${Date.now()}`)
  await new Promise((resolve) => setTimeout(resolve, 0))
  return Date.now()
}
