#!/usr/bin/env node
// `async-kit COMMAND [ARGS]`: the kit's commands where the kit is a dependency (a students'
// repository: `npm run grade` there runs `async-kit grade`). They work on the project the
// command runs in (its exercises/), with the grader of this package.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const here = (path) => fileURLToPath(new URL(path, import.meta.url))
/** Commands run as bundled JavaScript (launch.mjs), and `try`, which loads TypeScript at run time, under tsx. */
const BUNDLED = { grade: './cli.ts', hint: './hint.ts' }
const [command, ...args] = process.argv.slice(2)

if (Object.hasOwn(BUNDLED, command ?? '')) {
  process.argv = [process.argv[0], here('./launch.mjs'), here(BUNDLED[command]), ...args]
  await import('./launch.mjs')
} else if (command === 'try') {
  const tsx = import.meta.resolve('tsx')
  process.exitCode = spawnSync(process.execPath, ['--import', tsx, here('./try.ts'), ...args], { stdio: 'inherit' }).status ?? 1
} else {
  console.error(`Usage: async-kit grade|hint|try [ARGS]   (${command ? `unknown command: ${command}` : 'no command given'})`)
  process.exitCode = 2
}
