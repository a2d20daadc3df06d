// Runs the kit's commands as a person would, in a child process, and reports how they ended.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { kitRoot, testLimits } from './grading.ts'

export interface CommandResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs a TypeScript entry point (`grader/cli.ts`, `scripts/handout.ts`...) of the kit at `root`. */
export async function runKit(
  entry: string,
  args: string[],
  { root = kitRoot, env = {} }: { root?: string; env?: Record<string, string> } = {},
): Promise<CommandResult> {
  // The caller's color and CI settings must not leak into what is being tested.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NO_COLOR|FORCE_COLOR|GITHUB_.*)$/.test(key)))
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...runnerOf(root, entry), ...args], {
      cwd: root,
      env: { ...inherited, ...env },
      maxBuffer: 16 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** How the kit's package.json runs an entry: bundled by grader/launch.mjs, or with tsx. */
function runnerOf(root: string, entry: string): string[] {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts
  const launched = Object.values(scripts).includes(`node grader/launch.mjs ${entry}`)
  return launched ? [join(root, 'grader/launch.mjs'), entry] : ['--import', 'tsx', join(root, entry)]
}

/** `npm run grade -- ARGS` with the tests' short watchdog. */
export function runGrader(args: string[], options?: { root?: string; env?: Record<string, string> }): Promise<CommandResult> {
  return runKit('grader/cli.ts', ['--watchdog-ms', String(testLimits.watchdogMs), ...args], options)
}
