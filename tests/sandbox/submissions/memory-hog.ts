export function run() {
  const hoard: number[][] = []
  for (;;) hoard.push(new Array(1_000_000).fill(1))
}
