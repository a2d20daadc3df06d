export async function run(world: { mark(label: string): void }) {
  setTimeout(() => world.mark('late'), 10_000)
  return 1
}
