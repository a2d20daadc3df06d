export function run() {
  setInterval(() => {}, 10)
  return new Promise(() => {})
}
