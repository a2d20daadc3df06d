// `npm run bench`: measures the grader and writes BENCHMARKS.md. Figures are ratios or
// counts from one run on this machine; no test asserts any of them. The goals:
//   1. The floor: a bare `vitest run` of one trivial test. A full grading of the
//      solutions takes <= 2.5 floors, one exercise <= 1.5.
//   2. `--watch`: a save to the new report <= 300 ms (one exercise, median of 8 saves).
//   3. `--batch`: <= 0.5 s a submission, and memory bounded whatever the class size
//      (peak RSS of 30 students against 10).
//   4. `npm test` <= 60 s, `npm run test:fast` <= 15 s.
//   5. A scenario's marginal cost in a running jail about 2 ms.
// Also: virtual time over wall time of every scenario, the scale of perfTest and
// createLimiter, a jail's start, and the peak memory of one full grading.
import { fork, spawn } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SIZES } from '../bench/scale-scenarios.ts'
import { catalog } from '../grader/catalog.ts'
import { scenariosFileOf } from '../grader/layout.ts'
import { compileJail } from '../grader/sandbox/compile.ts'
import { defaultLimits, jailExecArgv, runInSandbox } from '../grader/sandbox/run-in-sandbox.ts'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))
const REPEATS = 3
const BATCH = 30
const SMALL_BATCH = 10
const SAVES = 8

interface Timed {
  ms: number
  peakRssMb: number
}

/** Resident memory of `pid` and all its descendants, in MB (Linux /proc). */
async function treeRssMb(pid: number): Promise<number> {
  const parents = new Map<number, number>()
  const rss = new Map<number, number>()
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = await readFile(`/proc/${entry}/status`, 'utf8')
      parents.set(Number(entry), Number(status.match(/^PPid:\s+(\d+)/m)?.[1]))
      rss.set(Number(entry), Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0) / 1024)
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (candidate: number): boolean => {
    for (let current: number | undefined = candidate; current; current = parents.get(current)) if (current === pid) return true
    return false
  }
  return [...rss].filter(([candidate]) => inTree(candidate)).reduce((sum, [, mb]) => sum + mb, 0)
}

/** Runs a command of the kit to its end: wall time and peak memory of its process tree. */
async function run(args: string[]): Promise<Timed> {
  const started = performance.now()
  const child = spawn(process.execPath, args, { cwd: kitRoot, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } })
  let peakRssMb = 0
  const sampler = setInterval(() => void treeRssMb(child.pid!).then((mb) => (peakRssMb = Math.max(peakRssMb, mb))), 100)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  clearInterval(sampler)
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`)
  return { ms: performance.now() - started, peakRssMb }
}

async function median(args: string[]): Promise<Timed> {
  const runs: Timed[] = []
  for (let i = 0; i < REPEATS; i++) runs.push(await run(args))
  runs.sort((a, b) => a.ms - b.ms)
  return runs[Math.floor(REPEATS / 2)]!
}

/** `npm run grade -- ARGS` without npm's own start (about 0.15 s, the same for every command). */
const grader = (...args: string[]) => ['grader/launch.mjs', 'grader/cli.ts', ...args]
const vitestCli = join(kitRoot, 'node_modules/vitest/vitest.mjs')

interface ScenarioFigures {
  virtualMs: number
  wallMs: number
  scenarios: number
}

/** Every scenario of every exercise on its solution, one after the other. */
async function virtualOverWall(): Promise<ScenarioFigures> {
  const figures = { virtualMs: 0, wallMs: 0, scenarios: 0 }
  for (const exercise of catalog) {
    const scenariosFile = scenariosFileOf(exercise.id)
    const names = Object.keys((await import(scenariosFile)).default)
    for (const scenario of names) {
      const started = performance.now()
      const result = await runInSandbox({ scenariosFile, scenario, submissionFile: join(kitRoot, 'solutions', exercise.id, exercise.file) }, defaultLimits)
      figures.wallMs += performance.now() - started
      figures.virtualMs += 'at' in result.outcome ? result.outcome.at : 0
      figures.scenarios++
    }
  }
  return figures
}

/** The scale scenarios: real ms from the end of the sandbox's boot to the result. */
async function scale(kind: 'perf' | 'limiter', exercise: string, file: string): Promise<Record<number, number>> {
  const timings: Record<number, number> = {}
  for (const size of SIZES) {
    const result = await runInSandbox(
      { scenariosFile: join(kitRoot, 'bench/scale-scenarios.ts'), scenario: `${kind}-${size}`, submissionFile: join(kitRoot, 'solutions', exercise, file) },
      { ...defaultLimits, watchdogMs: 120_000, maxTimers: 10_000_000, maxVirtualMs: Number.MAX_SAFE_INTEGER, memoryMb: 4096 },
    )
    if (result.outcome.kind !== 'resolved') throw new Error(`${kind}-${size}: ${result.outcome.kind}`)
    timings[size] = result.wallMs ?? Number.NaN
  }
  return timings
}

/** A batch of `size` copies of solutions/: wall time a submission, and peak memory. */
async function batch(size: number): Promise<{ perSubmissionMs: number; peakRssMb: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'kit-bench-'))
  try {
    await Promise.all(Array.from({ length: size }, (_, index) => cp(join(kitRoot, 'solutions'), join(dir, 'in', `student-${index}`), { recursive: true })))
    const { ms, peakRssMb } = await run(grader('--batch', join(dir, 'in'), '--out', join(dir, 'out')))
    return { perSubmissionMs: ms / size, peakRssMb }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** `--watch` on the toaster: ms from a save to the end of the new report, for each save. */
async function watchLatency(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'kit-bench-watch-'))
  const file = join(dir, 'toaster/toaster.ts')
  await cp(join(kitRoot, 'exercises/toaster'), join(dir, 'toaster'), { recursive: true })
  const child = spawn(process.execPath, grader('toaster', '--dir', dir, '--watch'), { cwd: kitRoot, env: { ...process.env, NO_COLOR: '1' } })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const printed = (pattern: RegExp, from: number) =>
    new Promise<void>((resolve) => {
      const poll = setInterval(() => pattern.test(output.slice(from)) && resolve(clearInterval(poll)), 2)
    })
  try {
    await printed(/Watching/, 0)
    const times: number[] = []
    for (let save = 0; save < SAVES; save++) {
      const from = output.length
      const started = performance.now()
      await cp(join(kitRoot, save % 2 === 0 ? 'solutions/toaster/toaster.ts' : 'exercises/toaster/toaster.ts'), file)
      await printed(/^Score: /m, from)
      times.push(performance.now() - started)
    }
    return times.sort((a, b) => a - b)[Math.floor(SAVES / 2)]!
  } finally {
    child.kill()
    await rm(dir, { recursive: true, force: true })
  }
}

const JAIL_STARTS = 10
const MARGINAL_RUNS = 200

/** Median ms from forking a jail to its "ready" message (ses locked down, listening). */
async function jailStart(): Promise<number> {
  const entry = await compileJail()
  const times: number[] = []
  for (let i = 0; i < JAIL_STARTS; i++) {
    const started = performance.now()
    const child = fork(entry, [], {
      execArgv: jailExecArgv(entry, defaultLimits.memoryMb),
      env: {},
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      serialization: 'advanced',
    })
    await new Promise<void>((resolve) => child.once('message', () => resolve()))
    times.push(performance.now() - started)
    child.kill('SIGKILL')
  }
  return times.sort((a, b) => a - b)[Math.floor(JAIL_STARTS / 2)]!
}

/** Mean ms of one more scenario in a running jail: the toaster's sequential breakfast on its solution. */
async function marginalScenario(): Promise<number> {
  const request = {
    scenariosFile: scenariosFileOf('toaster'),
    scenario: 'sequential',
    submissionFile: join(kitRoot, 'solutions/toaster/toaster.ts'),
  }
  await runInSandbox(request, defaultLimits)
  const started = performance.now()
  for (let i = 0; i < MARGINAL_RUNS; i++) await runInSandbox(request, defaultLimits)
  return (performance.now() - started) / MARGINAL_RUNS
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const ms = (value: number) => `${Math.round(value)} ms`
const verdict = (ok: boolean) => (ok ? 'met' : 'not met')

async function main(): Promise<void> {
  console.log(`benchmarking on ${availableParallelism()} cores (${REPEATS} runs each, median)...`)
  const floor = await median([vitestCli, 'run', '--config', 'bench/floor/vitest.config.ts'])
  const full = await median(grader('--solutions'))
  const one = await median(grader('toaster', '--solutions'))
  console.log(`floor ${seconds(floor.ms)}, all exercises ${seconds(full.ms)}, toaster ${seconds(one.ms)}`)
  const saved = await watchLatency()
  console.log(`--watch: save to report ${ms(saved)}`)
  const small = await batch(SMALL_BATCH)
  const large = await batch(BATCH)
  console.log(
    `batch: ${ms(large.perSubmissionMs)} a submission; peak ${Math.round(small.peakRssMb)} MB for ${SMALL_BATCH}, ${Math.round(large.peakRssMb)} MB for ${BATCH}`,
  )
  const tests = await run([vitestCli, 'run'])
  const fastTests = await run([vitestCli, 'run', '--project', 'fast'])
  console.log(`npm test ${seconds(tests.ms)}, test:fast ${seconds(fastTests.ms)}`)
  const virtual = await virtualOverWall()
  console.log(`${virtual.scenarios} scenarios: ${seconds(virtual.virtualMs)} virtual in ${seconds(virtual.wallMs)}`)
  const perf = await scale('perf', 'fast-food', 'fast-food.ts')
  const limiter = await scale('limiter', 'semaphore-crawler', 'crawler.ts')
  console.log('perfTest', perf, 'createLimiter', limiter)
  const started = await jailStart()
  const marginal = await marginalScenario()
  console.log(`jail start ${ms(started)}, marginal scenario ${marginal.toFixed(1)} ms`)

  const growth = (timings: Record<number, number>) => (timings[100_000]! / timings[1_000]!).toFixed(0)
  const row = (size: number) => `| ${size.toLocaleString('en')} | ${ms(perf[size]!)} | ${ms(limiter[size]!)} |`
  const floors = (timed: Timed) => (timed.ms / floor.ms).toFixed(2)
  const memoryGrowth = large.peakRssMb / small.peakRssMb
  const text = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}.
Each command figure is the median of ${REPEATS} runs, all measured in one run of the bench; the
machine is shared, so read the ratios rather than the times. Commands are timed as
\`node grader/launch.mjs grader/cli.ts ...\`, which is what \`npm run grade\` runs, without npm's
own start (about 0.15 s, the same for every npm command).

| figure | value | goal | |
| --- | --- | --- | --- |
| the floor: a bare \`vitest run\` of one trivial test | ${seconds(floor.ms)} | | |
| \`npm run grade -- --solutions\` (all ${catalog.length} exercises) | ${seconds(full.ms)}, ${floors(full)} floors | <= 2.5 floors | ${verdict(full.ms <= 2.5 * floor.ms)} |
| \`npm run grade -- toaster --solutions\` | ${seconds(one.ms)}, ${floors(one)} floors | <= 1.5 floors | ${verdict(one.ms <= 1.5 * floor.ms)} |
| \`--watch\`: a save to the new report (toaster), median of ${SAVES} saves | ${ms(saved)} | <= 300 ms | ${verdict(saved <= 300)} |
| \`--batch\` of ${BATCH} copies of solutions/, a submission | ${ms(large.perSubmissionMs)} | <= 0.5 s | ${verdict(large.perSubmissionMs <= 500)} |
| \`--batch\` peak memory (RSS, all processes): ${SMALL_BATCH} students, ${BATCH} students | ${Math.round(small.peakRssMb)} MB, ${Math.round(large.peakRssMb)} MB | bounded | ${verdict(memoryGrowth <= 1.5)} |
| \`npm test\` | ${seconds(tests.ms)} | <= 60 s | ${verdict(tests.ms <= 60_000)} |
| \`npm run test:fast\` | ${seconds(fastTests.ms)} | <= 15 s | ${verdict(fastTests.ms <= 15_000)} |
| a scenario's marginal cost in a running jail, mean of ${MARGINAL_RUNS} | ${marginal.toFixed(1)} ms | about 2 ms | ${verdict(marginal <= 3)} |
| virtual time / wall time, all ${virtual.scenarios} scenarios of the solutions | ${(virtual.virtualMs / virtual.wallMs).toFixed(0)} (${seconds(virtual.virtualMs)} in ${seconds(virtual.wallMs)}) | >= 100 | ${verdict(virtual.virtualMs / virtual.wallMs >= 100)} |
| perfTest, 10,000 clients, under the harness | ${ms(perf[10_000]!)} | < 1 s | ${verdict(perf[10_000]! < 1000)} |
| createLimiter, 100,000 tasks, under the harness | ${ms(limiter[100_000]!)} | < 1 s | ${verdict(limiter[100_000]! < 1000)} |
| peak memory of one full grading (RSS, all processes) | ${Math.round(full.peakRssMb)} MB | | |
| a jail process's start (fork to locked down and listening), median of ${JAIL_STARTS} | ${ms(started)} | | |

## Scale under the harness

Real time from the end of the sandbox's boot to the result. The runs use the reference
solutions: perfTest sends one client every 500 ms to the upgraded restaurant, and
createLimiter(10) takes tasks of 10 ms.

| size | perfTest | createLimiter |
| --- | --- | --- |
${SIZES.map(row).join('\n')}

From 1,000 to 100,000 (100 times more), time grows ${growth(perf)} times for perfTest and ${growth(limiter)} times for createLimiter.
`
  const notes = await readFile(join(kitRoot, 'BENCHMARKS.md'), 'utf8').then(
    (previous) => previous.slice(previous.indexOf('\n## Notes')).trimEnd(),
    () => '',
  )
  await writeFile(join(kitRoot, 'BENCHMARKS.md'), `${text}${notes.startsWith('\n## Notes') ? `${notes}\n` : ''}`)
  console.log('written: BENCHMARKS.md')
}

await main()
