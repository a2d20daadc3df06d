// Node runs each timer's microtasks before the next timer: A, A.then, B.
export async function run(world: { mark(label: string): void }) {
  setTimeout(() => {
    world.mark('A')
    void Promise.resolve().then(() => world.mark('A.then'))
  }, 0)
  setTimeout(() => world.mark('B'), 0)
  await new Promise((resolve) => setTimeout(resolve, 1))
}
