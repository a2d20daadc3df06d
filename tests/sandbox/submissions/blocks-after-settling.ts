// Settles at once, then busy-waits 61 s in a leftover timer and arms one more: the drain after
// settling still follows it, since the time a block took does not count against its horizon.
export function run(world: { mark(label: string): void }) {
  setTimeout(() => {
    const end = Date.now() + 61_000
    while (Date.now() < end) {
      // spin
    }
    setTimeout(() => world.mark(`after the block, at ${Date.now()}`), 0)
  }, 1)
  return Promise.resolve()
}
