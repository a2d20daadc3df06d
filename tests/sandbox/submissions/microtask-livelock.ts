export async function run() {
  const spin = (): Promise<void> => Promise.resolve().then(spin)
  void spin()
  await new Promise((resolve) => setTimeout(resolve, 1))
}
