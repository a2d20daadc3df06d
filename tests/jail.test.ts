// The jail as a process: what the operating system and Node's permission model give it,
// whatever happens inside its compartments.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scenariosFileOf } from '../grader/layout.ts'
import { compileJail } from '../grader/sandbox/compile.ts'
import { defaultLimits, jailExecArgv, runInSandbox } from '../grader/sandbox/run-in-sandbox.ts'
import { kitRoot, testLimits } from './support/grading.ts'

const scenariosFile = fileURLToPath(new URL('./sandbox/scenarios.ts', import.meta.url))
const limits = { ...defaultLimits, ...testLimits }
const submission = (name: string) => fileURLToPath(new URL(`./sandbox/submissions/${name}.ts`, import.meta.url))

/** The jail processes this process started, by pid. */
function jailPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        return parent === process.pid && /jail(-[0-9a-f]+)*\.mjs/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))
      } catch {
        return false
      }
    })
}

describe('the jail process', () => {
  it('has an empty environment and an empty working directory', async () => {
    await runInSandbox({ scenariosFile, scenario: 'call', submissionFile: submission('counts-calls') }, limits)
    const pids = jailPids()
    expect(pids.length).toBeGreaterThan(0)
    for (const pid of pids) {
      // Only what Node itself sets up for the IPC channel.
      const environment = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean)
      expect(environment.map((line) => line.split('=')[0]).sort()).toEqual(['NODE_CHANNEL_FD', 'NODE_CHANNEL_SERIALIZATION_MODE'])
      expect(readdirSync(readlinkSync(`/proc/${pid}/cwd`))).toEqual([])
    }
  })

  it('may read its own bundle and nothing else, write nothing, start nothing (Node permission model)', async () => {
    const entry = await compileJail()
    const attempts = {
      read: `require('fs').readFileSync(${JSON.stringify(join(kitRoot, 'solutions/toaster/toaster.ts'))})`,
      write: `require('fs').writeFileSync(${JSON.stringify(join(tmpdir(), 'jail-wrote-this'))}, 'x')`,
      spawn: `require('child_process').execFileSync('true')`,
      thread: `new (require('worker_threads').Worker)('0', { eval: true })`,
      report: `process.report.writeReport(${JSON.stringify(join(tmpdir(), 'jail-report.json'))})`,
      env: `process.loadEnvFile(${JSON.stringify(join(kitRoot, 'package.json'))})`,
    }
    for (const [what, code] of Object.entries(attempts)) {
      const script = `try { ${code}; console.log('allowed') } catch (error) { console.log(error.code) }`
      const result = spawnSync(process.execPath, [...jailExecArgv(entry, 64), '-e', script], { encoding: 'utf8', env: {} })
      expect(result.stdout.trim(), what).toBe('ERR_ACCESS_DENIED')
    }
  })
})

describe("the jail's build, cached in node_modules/.cache", () => {
  /** The jail file a fresh process would start jails from. */
  const jailFile = () =>
    spawnSync(join(kitRoot, 'node_modules/.bin/tsx'), ['-e', "import('./grader/sandbox/compile.ts').then(async (m) => console.log(await m.compileJail()))"], {
      cwd: kitRoot,
      encoding: 'utf8',
    }).stdout.trim()

  it('is used only while its own bytes and every file it was built from are what its manifest says', () => {
    const built = jailFile()
    expect(built).toMatch(/[\\/]node_modules[\\/]\.cache[\\/]async-kit[\\/]jail-[0-9a-f]{12}-[0-9a-f]{64}\.mjs$/)
    const manifestFile = built.replace(/-[0-9a-f]{64}\.mjs$/, '.json')
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
    // A forged build the manifest points at: its bytes are not its name, so it is not used.
    const forged = 'f'.repeat(64)
    writeFileSync(built.replace(/[0-9a-f]{64}\.mjs$/, `${forged}.mjs`), 'globalThis.forged = true')
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, output: forged }))
    expect(jailFile()).toBe(built)
    // A source changed since the build: built again, and the manifest says so.
    const [source] = Object.keys(manifest.inputs)
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, inputs: { ...manifest.inputs, [source!]: '0'.repeat(64) } }))
    expect(jailFile()).toBe(built)
    expect(JSON.parse(readFileSync(manifestFile, 'utf8')).inputs[source!]).toBe(manifest.inputs[source!])
  })
})

describe('scenarios in a jail', () => {
  it('every scenario gets fresh module instances', async () => {
    for (const scenario of ['call', 'drained', 'call']) {
      const run = await runInSandbox({ scenariosFile, scenario, submissionFile: submission('counts-calls') }, limits)
      expect(run.outcome).toMatchObject({ kind: 'resolved', value: 1 })
    }
  })

  it('a jail killed by the watchdog costs only its scenario: the next one runs in a fresh jail', async () => {
    const submissionFile = submission('blocks-when-told')
    const blocked = await runInSandbox({ scenariosFile, scenario: 'blocks', submissionFile }, limits)
    expect(blocked.outcome).toMatchObject({ kind: 'killed', phase: 'run' })
    const next = await runInSandbox({ scenariosFile, scenario: 'call', submissionFile }, limits)
    expect(next.outcome).toEqual({ kind: 'resolved', value: 'answered', at: 0 })
  })

  it('the watchdog counts CPU time, but a jail that gets none (asleep, or stopped) is not waited for until the wall-clock backstop', async () => {
    const before = new Set(jailPids())
    const run = runInSandbox({ scenariosFile, scenario: 'call', submissionFile: submission('busy-loop') }, limits)
    // The jail spinning in the busy loop: the one of this process using the most CPU.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const cpuOf = (pid: number) => {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return Number(fields[11]) + Number(fields[12])
    }
    const [spinning] = jailPids()
      .filter((pid) => !before.has(pid) || cpuOf(pid) > 0)
      .sort((a, b) => cpuOf(b) - cpuOf(a))
    process.kill(spinning!, 'SIGSTOP')
    const { outcome } = await run
    expect(outcome).toMatchObject({ kind: 'killed', phase: 'run' })
    // Killed at a later look of the watchdog, not at 4 times its limit.
    expect(outcome.kind === 'killed' && outcome.wallMs).toBeLessThan(3 * limits.watchdogMs)
  })

  it('exercise code sees exactly the globals its exercise allows, the same in a graded run and in `npm run try --real`', async () => {
    const request = { scenariosFile, scenario: 'call', submissionFile: submission('fingerprint') }
    const graded = await runInSandbox(request, limits)
    const tried = await runInSandbox(request, { ...limits, watchdogMs: 10_000 }, { onEvent() {}, onOutput() {}, realTime: true })
    expect(tried.outcome).toEqual(graded.outcome)
    expect(graded.outcome).toMatchObject({
      kind: 'resolved',
      value: { before: 0, after: 1000, perf: 1000, process: 'ReferenceError: process is not allowed in exercise code' },
    })
    const { globals } = (graded.outcome as { value: { globals: string[] } }).value
    // The standard built-ins, plus these; nothing of Node's.
    const given = ['AbortController', 'AbortSignal', 'Compartment', 'DOMException', 'Event', 'EventTarget', 'clearImmediate', 'clearInterval', 'clearTimeout']
    given.push('console', 'harden', 'lockdown', 'performance', 'queueMicrotask', 'setImmediate', 'setInterval', 'setTimeout')
    for (const name of given) expect(globals, name).toContain(name)
    const absent = [
      'require',
      'module',
      'exports',
      'WeakRef',
      'FinalizationRegistry',
      'TextEncoder',
      'TextDecoder',
      'URL',
      'URLSearchParams',
      'structuredClone',
    ]
    absent.push('atob', 'navigator', 'crypto')
    for (const name of absent) expect(globals, name).not.toContain(name)
  })
})

describe('nothing of one scenario reaches the world or a later scenario', () => {
  it("the Error behind DOMException is the compartments' own: a stack formatter set on it does nothing, then or later", async () => {
    for (let i = 0; i < 2; i++) {
      const run = await runInSandbox({ scenariosFile, scenario: 'call', submissionFile: submission('stack-channel') }, limits)
      expect(run.outcome).toMatchObject({ kind: 'resolved', value: { carried: false, baseIsError: true } })
    }
  })

  it("clearing timer ids it did not arm leaves the world's timers alone", async () => {
    const run = await runInSandbox({ scenariosFile, scenario: 'call', submissionFile: submission('clears-world-timers') }, limits)
    expect(run.outcome).toMatchObject({ kind: 'resolved', value: 'cleared' })
    expect(run.timersLeft).toBe(1)
  })

  it('a timer handle cannot be made by hand', async () => {
    const run = await runInSandbox({ scenariosFile, scenario: 'call', submissionFile: submission('forges-timer-handle') }, limits)
    expect(run.outcome).toMatchObject({ kind: 'rejected', error: { name: 'TypeError', message: 'Illegal constructor' } })
  })
})

describe('the host stands whatever a jail does', () => {
  it('a jail that died while idle is replaced: the next scenario runs as if nothing happened', async () => {
    const request = { scenariosFile, scenario: 'call', submissionFile: submission('counts-calls') }
    await runInSandbox(request, limits)
    for (const pid of jailPids()) process.kill(pid, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect((await runInSandbox(request, limits)).outcome).toMatchObject({ kind: 'resolved', value: 1 })
  })

  it('a deadlock with 150 waiting tasks is reported with the first 100, not as a forged result', async () => {
    const run = await runInSandbox({ scenariosFile, scenario: 'call', submissionFile: submission('many-waiters') }, limits)
    expect(run.outcome).toMatchObject({ kind: 'deadlock', at: 0 })
    expect((run.outcome as { waiting: string[] }).waiting).toHaveLength(100)
  })

  it('a semaphore whose toString throws does not break the diagnosis of a deadlock', async () => {
    const run = await runInSandbox({ scenariosFile, scenario: 'call', submissionFile: submission('lying-semaphore') }, limits)
    expect(run.outcome).toEqual({ kind: 'deadlock', at: 0, waiting: ['tasks wait on a semaphore or lock'] })
  })

  it('a tsconfig.json beside the submission is not read (its extends could point at any file)', async () => {
    // The solution, beside a tsconfig.json whose "extends" is not JSON a compiler could use.
    const root = mkdtempSync(join(tmpdir(), 'kit-tsconfig-'))
    mkdirSync(join(root, 'toaster'))
    copyFileSync(join(kitRoot, 'solutions/toaster/toaster.ts'), join(root, 'toaster/toaster.ts'))
    writeFileSync(join(root, 'toaster/tsconfig.json'), JSON.stringify({ extends: join(kitRoot, 'README.md') }))
    const run = await runInSandbox(
      {
        scenariosFile: scenariosFileOf('toaster'),
        scenario: 'sequential',
        submissionFile: join(root, 'toaster/toaster.ts'),
        submissionRoot: root,
      },
      limits,
    )
    expect(run.outcome).toMatchObject({ kind: 'resolved', at: 4000 })
  })
})

describe('signals', () => {
  it('only a real abort reaches the listeners of a signal; a signal has nothing to dig into or shadow', async () => {
    const run = await runInSandbox({ scenariosFile, scenario: 'call', submissionFile: submission('fake-abort-event') }, limits)
    expect(run.outcome).toEqual({ kind: 'resolved', value: { at: 1000, listened: true, internals: 0, shadowed: 'refused', stillWaiting: true }, at: 1000 })
  })
})

describe('files that really lie in the submission', () => {
  const root = mkdtempSync(join(tmpdir(), 'kit-links-'))
  mkdirSync(join(root, 'toaster'))
  const solution = join(kitRoot, 'solutions/toaster/toaster.ts')

  it("an exercise file that is a symbolic link out of its folder is not graded as the student's work", async () => {
    const linked = join(root, 'toaster/toaster.ts')
    symlinkSync(solution, linked)
    const run = await runInSandbox({ scenariosFile, scenario: 'call', submissionFile: linked, submissionRoot: root }, limits)
    expect(run.outcome).toEqual({
      kind: 'load-error',
      error: {
        name: 'Error',
        message: "toaster/toaster.ts is a symbolic link out of its folder: only files that really lie in the exercise's folder are graded",
      },
    })
  })

  it('an import of a symbolic link pointing out of the folder is refused', async () => {
    const folder = join(root, 'imports')
    mkdirSync(folder)
    symlinkSync(solution, join(folder, 'borrowed.ts'))
    writeFileSync(join(folder, 'entry.ts'), "export { breakfastSequential as run } from './borrowed.ts'\n")
    const run = await runInSandbox({ scenariosFile, scenario: 'call', submissionFile: join(folder, 'entry.ts') }, limits)
    expect(run.outcome).toMatchObject({
      kind: 'load-error',
      error: { message: expect.stringMatching(/^import of "\.\/borrowed\.ts" is not allowed in exercise code/) },
    })
  })

  it("an exercise folder that is a symbolic link to another student's folder is refused", async () => {
    const other = mkdtempSync(join(tmpdir(), 'kit-other-student-'))
    mkdirSync(join(other, 'toaster'))
    writeFileSync(join(other, 'toaster/toaster.ts'), readFileSync(solution))
    const student = mkdtempSync(join(tmpdir(), 'kit-student-'))
    symlinkSync(join(other, 'toaster'), join(student, 'toaster'))
    const run = await runInSandbox({ scenariosFile, scenario: 'call', submissionFile: join(student, 'toaster/toaster.ts'), submissionRoot: student }, limits)
    expect(run.outcome).toMatchObject({ kind: 'load-error', error: { message: expect.stringMatching(/is a symbolic link out of its folder/) } })
  })
})
