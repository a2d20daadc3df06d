export function run() {
  console.log('hello from console.log')
  console.info({ passed: 1, failed: 0 })
  console.error('to stderr')
  return Promise.resolve('printed')
}
