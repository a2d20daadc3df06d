import { fork } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { EngineMessage } from './ipc-reporter.ts'

const kitRoot = fileURLToPath(new URL('../..', import.meta.url))
const vitestCli = createRequire(import.meta.url)
  .resolve('vitest/package.json')
  .replace(/package\.json$/, 'vitest.mjs')

export interface VitestRun {
  messages: EngineMessage[]
  /** Why the run ended without its `end` message, if it did. */
  breakdown?: string
}

/**
 * Runs the hidden specs in a vitest child process and collects what its reporter
 * streams back. If nothing arrives for `stallMs`, the process group is killed: grading
 * always comes back, with whatever results had arrived.
 */
export function runVitest(
  /** Spec folders to run, and extra vitest options. */
  args: string[],
  env: Record<string, string>,
  stallMs: number,
  onMessage: (message: EngineMessage) => void = () => {},
  /** Aborting stops the run at once (watch mode starts over when a file changes). */
  signal?: AbortSignal,
): Promise<VitestRun> {
  const child = fork(
    vitestCli,
    ['run', '--config', 'grader/specs/vitest.config.ts', '--reporter', './grader/engine/ipc-reporter.ts', ...args],
    // execArgv: not the grader's own flags (tsx's loader), which every fork would load again.
    { cwd: kitRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true, execArgv: [] },
  )
  const messages: EngineMessage[] = []
  let stderr = ''
  child.stdout?.resume()
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 4000) stderr += chunk.toString('utf8')
  })

  return new Promise((resolve) => {
    let breakdown: string | undefined
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    const stall = setTimeout(() => ((breakdown = `no progress for ${stallMs} ms: grading was stopped`), kill()), stallMs)
    signal?.addEventListener('abort', () => ((breakdown = 'grading was cancelled'), kill()), { once: true })
    child.on('message', (message: EngineMessage) => {
      messages.push(message)
      stall.refresh()
      onMessage(message)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(stall)
      if (!breakdown && !messages.some((message) => message.type === 'end')) {
        breakdown = `the grading process ended early (${signal ?? `exit code ${code}`})${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' ')}` : ''}`
      }
      // Forks of the run that outlived it must not keep going.
      kill()
      resolve({ messages, ...(breakdown ? { breakdown } : {}) })
    })
  })
}
