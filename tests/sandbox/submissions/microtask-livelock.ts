export async function run() {
  // Each callback schedules the next: no timer ever gets a turn, and nothing piles up in memory.
  const spin = (): void => queueMicrotask(spin)
  spin()
  await new Promise((resolve) => setTimeout(resolve, 1))
}
