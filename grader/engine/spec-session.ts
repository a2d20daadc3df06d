// A vitest kept running between gradings, for watch mode: a save costs a test run of the
// exercise that changed, not a vitest start (its server, config and module graph stay
// warm). The vitest runs in a process of its own (spec-server.ts), in its own process
// group; gradings take turns, each writing its plan to the one file the session reads.
// A cancelled or stalled grading ends the whole group (a scenario may be blocking a
// jail's event loop): the next grading starts a new server.
import { type ChildProcess, fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PLAN_ENV, type GradingPlan } from '../spec-process.ts'
import type { EngineMessage } from './ipc-reporter.ts'
import type { VitestRun } from './run-vitest.ts'
import type { ServerReply, ServerRequest } from './spec-server.ts'

const SERVER = fileURLToPath(new URL('./spec-server.ts', import.meta.url))
const TSX = import.meta.resolve('tsx')

type FromServer = EngineMessage | ServerReply

/** How long a spec server may take to start (about a second on a quiet machine). */
const START_LIMIT_MS = 30_000

export class SpecSession {
  readonly #dir = mkdtempSync(join(tmpdir(), 'async-kit-session-'))
  readonly #planFile = join(this.#dir, 'plan.json')
  #server: { child: ChildProcess; ready: Promise<boolean> } | undefined
  #turn: Promise<unknown> = Promise.resolve()

  constructor() {
    process.on('exit', () => {
      this.#stop()
      rmSync(this.#dir, { recursive: true, force: true })
    })
    // Ctrl-C ends watch mode: through exit, so that the folder and the server go too.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130))
  }

  /** Grades `plan` with the specs of `specs`, after any grading under way: runVitest's contract. */
  run(plan: GradingPlan, specs: string[], stallMs: number, onMessage: (message: EngineMessage) => void, signal?: AbortSignal): Promise<VitestRun> {
    const run = this.#turn.then(() => this.#run(plan, specs, stallMs, onMessage, signal))
    this.#turn = run.catch(() => {})
    return run
  }

  async #run(plan: GradingPlan, specs: string[], stallMs: number, onMessage: (message: EngineMessage) => void, signal?: AbortSignal): Promise<VitestRun> {
    const messages: EngineMessage[] = []
    if (signal?.aborted) return { messages, breakdown: 'grading was cancelled' }
    await writeFile(this.#planFile, JSON.stringify(plan))
    const server = this.#start()
    if (!(await server.ready)) return { messages, breakdown: 'the grading process did not start' }
    // A newer save may have come while the server started: this grading is not wanted.
    if (signal?.aborted) return { messages, breakdown: 'grading was cancelled' }
    return new Promise((resolve) => {
      let breakdown: string | undefined
      const end = (why?: string) => {
        clearTimeout(stall)
        signal?.removeEventListener('abort', cancel)
        server.child.off('message', listen)
        server.child.off('exit', exited)
        breakdown ??= why
        if (why) this.#stop()
        if (!breakdown && !messages.some((message) => message.type === 'end')) breakdown = 'the grading ended early'
        resolve({ messages, ...(breakdown ? { breakdown } : {}) })
      }
      const stall = setTimeout(() => end(`no progress for ${stallMs} ms: grading was stopped`), stallMs)
      const cancel = () => end('grading was cancelled')
      const exited = () => end('the grading process ended early')
      const listen = (message: FromServer) => {
        if (message.type === 'ran') return end(message.error && `the grading failed: ${message.error}`)
        messages.push(message)
        stall.refresh()
        onMessage(message)
      }
      signal?.addEventListener('abort', cancel, { once: true })
      server.child.on('message', listen)
      server.child.on('exit', exited)
      try {
        server.child.send({ type: 'run', specs } satisfies ServerRequest)
      } catch {
        end('the grading process ended early')
      }
    })
  }

  #start(): { child: ChildProcess; ready: Promise<boolean> } {
    if (this.#server && this.#server.child.exitCode === null && !this.#server.child.killed) return this.#server
    const child = fork(SERVER, [], {
      // The server is TypeScript: tsx loads it, whether the grader runs bundled or not.
      execArgv: ['--import', TSX],
      env: { ...process.env, [PLAN_ENV]: this.#planFile },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      detached: true,
    })
    child.stderr?.resume()
    // A channel closed under a send is an 'exit' to come, not a crash of the watch.
    child.on('error', () => {})
    let late: NodeJS.Timeout | undefined
    const ready = new Promise<boolean>((resolve) => {
      // A server that has not started in this time will not: the next grading starts another.
      late = setTimeout(() => {
        this.#stop()
        resolve(false)
      }, START_LIMIT_MS)
      child.once('message', () => resolve(true))
      child.once('exit', () => resolve(false))
    }).finally(() => clearTimeout(late))
    this.#server = { child, ready }
    return this.#server
  }

  /** Ends the server and everything it started: spec processes, jails. */
  #stop(): void {
    const child = this.#server?.child
    this.#server = undefined
    if (!child?.pid || child.exitCode !== null) return
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      child.kill('SIGKILL')
    }
  }

  close(): void {
    this.#stop()
  }
}
