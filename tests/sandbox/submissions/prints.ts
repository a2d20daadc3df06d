export function run() {
  console.log('hello from console.log')
  process.stdout.write('1 passed, 0 failed\n')
  console.error('to stderr')
  return Promise.resolve('printed')
}
