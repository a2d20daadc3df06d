export function run() {
  const end = Date.now() + 1000
  while (Date.now() < end) {
    // Date.now() is virtual and does not move: this never ends.
  }
}
