// Inside an executor job (the world's worker code calls it), reaches for process, the disk,
// the environment and another exercise's files, and prints what it got.
import { type Coordinates, type Executor, type Legacy, TimeoutError, timeout } from '#runtime'

declare const console: { log(...args: unknown[]): void }
const tried: string[] = []
function attempt(what: string, reach: () => unknown): void {
  try {
    const got = reach()
    tried.push(got === undefined ? `blocked ${what}: got undefined` : `ESCAPED ${what}: ${typeof got}`)
  } catch (error) {
    tried.push(`blocked ${what}`)
  }
}

function reachAll(legacy: Legacy, executor: Executor): void {
  const g = globalThis as Record<string, unknown>
  attempt('globalThis.process.versions', () => (g.process as { versions: unknown }).versions)
  attempt('the job caller via Function', () => (legacy.geocodeSync as unknown as { constructor: FunctionConstructor }).constructor('return process')())
  attempt('executor.run.constructor', () => (executor.run as unknown as { constructor: FunctionConstructor }).constructor('return globalThis.process')())
  attempt('arguments.callee.caller', () =>
    (function (this: unknown) {
      return (reachAll as unknown as { caller: unknown }).caller
    })(),
  )
  attempt('require', () => g.require)
  attempt('the env', () => (g.process as { env?: unknown } | undefined)?.env)
  attempt('Buffer.from', () => (g.Buffer as { from: unknown }).from)
  attempt('a prototype walk to the host', () => Object.getPrototypeOf(Object.getPrototypeOf(executor))?.constructor?.constructor?.('return this')()?.process)
}

export async function geocodeAll(addresses: string[], legacy: Legacy, executor: Executor): Promise<Coordinates[]> {
  const results: Coordinates[] = []
  for (const address of addresses)
    results.push(
      await executor.run(() => {
        if (tried.length === 0) {
          reachAll(legacy, executor)
          console.log(tried.join('\n'))
        }
        return legacy.geocodeSync(address)
      }),
    )
  return results
}

export async function geocodeWithin(addresses: string[], budgetMs: number, legacy: Legacy, executor: Executor): Promise<Array<Coordinates | 'timeout'>> {
  const arrived: Array<Coordinates | 'timeout'> = addresses.map(() => 'timeout')
  try {
    await timeout(budgetMs, (signal) =>
      Promise.all(
        addresses.map(async (address, index) => {
          arrived[index] = await executor.run(() => legacy.geocodeSync(address), signal)
        }),
      ),
    )
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error
  }
  return [...arrived]
}

export const workload = {
  resizeImages: 'cpu',
  hashPasswords: 'cpu',
  compressLogs: 'cpu',
  callWeatherApi: 'io',
  queryDatabase: 'io',
  readConfigFile: 'io',
}
