// Blocks forever when the world says so, else answers at once.
export function run(world: { block?: boolean }) {
  if (world.block) for (;;) {}
  return Promise.resolve('answered')
}
