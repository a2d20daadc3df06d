export async function run() {
  void Promise.reject(new Error('nobody listens'))
  setTimeout(() => {
    throw new Error('thrown from a timer')
  }, 5)
  await new Promise((resolve) => setTimeout(resolve, 10))
  return 'finished'
}
