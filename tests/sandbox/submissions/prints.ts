export function run() {
  console.log('hello from console.log')
  console.info({ passed: 1, failed: 0 })
  console.error('to stderr')
  console.error(new TypeError('boom'))
  console.log('caught:', new RangeError('too far'))
  return Promise.resolve('printed')
}
