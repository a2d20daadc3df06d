// Reaches Node's modules through require: a static require of node:fs, a computed one, node:module's createRequire, require.cache, process.getBuiltinModule.
import type { Kitchen } from '#runtime'
import { probe } from './support/escape.ts'

declare const require: any
probe('require("node:fs").readFileSync', () => {
  const fs = require('node:fs')
  return fs.readFileSync('/proc/self/status', 'utf8') && { pid: 0 }
})
probe('a computed require of node:child_process', () => {
  const name = ['node', 'child_process'].join(':')
  return require(name).execSync && { pid: 0 }
})
probe('createRequire of node:module', () => require('node:module').createRequire('/')('node:process'))
probe('require.cache', () => (typeof require === 'function' ? require.cache && { pid: 0 } : undefined))
probe('process.getBuiltinModule', () => (globalThis as any).process.getBuiltinModule('node:process'))

export async function breakfastSequential(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function breakfastConcurrent(kitchen: Kitchen): Promise<[string, string]> {
  return [await kitchen.toastBread(), await kitchen.brewCoffee()]
}

export async function main(kitchen: Kitchen, print: (line: string) => void): Promise<void> {
  for (const breakfast of [breakfastSequential, breakfastConcurrent]) {
    const start = performance.now()
    await breakfast(kitchen)
    print(`Time: ${((performance.now() - start) / 1000).toFixed(2)}s`)
  }
}
