// Module state: a fresh module instance per scenario starts the count again.
let calls = 0
export async function run() {
  calls++
  return calls
}
