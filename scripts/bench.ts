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
async function run(args: string[], cwd = kitRoot): Promise<Timed> {
  const started = performance.now()
  const child = spawn(process.execPath, args, { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } })
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
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  // A watch that stops answering fails the bench with what it printed, rather than hang it.
  const printed = (pattern: RegExp, from: number) =>
    new Promise<void>((resolve, reject) => {
      const givenUp = setTimeout(() => {
        clearInterval(poll)
        reject(new Error(`--watch printed no ${pattern} within 60 s; it printed:\n${output.slice(from).slice(-2000)}`))
      }, 60_000)
      const poll = setInterval(() => {
        if (!pattern.test(output.slice(from))) return
        clearInterval(poll)
        clearTimeout(givenUp)
        resolve()
      }, 2)
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

// `npm run bench -- --only shards`: a class beyond one machine, simulated honestly. A
// real sample is graded for real (a batch, its peak memory at two class sizes, a re-run
// after three late submissions); 10,000 students are too many to grade here, so their
// reports are generated from the sample's real reports, spread over 20 shard folders as
// --shard would, and merged for real by the CLI; the merged class files must equal the
// single-machine ones, written by the batch's own writer from the same reports.
const SHARD_SAMPLE = 30
const MEMORY_CLASS = 90
const CLASS = 10_000
const SHARDS = 20

/** A class of `size` students: copies of solutions/, every third with one exercise replaced by a wrong submission of the kit's tests. */
async function sampleClass(dir: string, size: number): Promise<void> {
  const wrong = (
    await Promise.all(
      catalog.map(async (exercise) =>
        (
          await readdir(join(kitRoot, 'tests/submissions', exercise.id)).catch(() => [])
        )
          .filter((file) => file.endsWith('.ts'))
          .map((file) => ({ exercise, file })),
      ),
    )
  ).flat()
  for (let index = 0; index < size; index++) {
    const student = join(dir, `student-${String(index).padStart(3, '0')}`)
    await cp(join(kitRoot, 'solutions'), student, { recursive: true })
    const pick = wrong[(index * 7) % wrong.length]
    if (index % 3 === 0 && pick) await cp(join(kitRoot, 'tests/submissions', pick.exercise.id, pick.file), join(student, pick.exercise.id, pick.exercise.file))
  }
}

async function shards(): Promise<void> {
  const { studentsIn } = await import('../grader/engine/batch.ts')
  const { readManifest, writeManifest, STATE_DIR } = await import('../grader/engine/batch-store.ts')
  const { lightReport, writeClassFiles, CLASS_FILES } = await import('../grader/engine/class-files.ts')
  const { shardOf } = await import('../grader/engine/shard.ts')
  const { mkdir, symlink } = await import('node:fs/promises')
  const dir = await mkdtemp(join(tmpdir(), 'kit-bench-shards-'))
  // A frozen copy of the kit: the grader's version is a hash of its sources, and an edit
  // of the kit meanwhile would rightly grade everyone again.
  const kit = join(dir, 'kit')
  for (const part of ['grader', 'runtime', 'package.json', 'tsconfig.json']) await cp(join(kitRoot, part), join(kit, part), { recursive: true })
  await symlink(join(kitRoot, 'node_modules'), join(kit, 'node_modules'), 'dir')
  const inKit = (...args: string[]) => run(grader(...args), kit)
  try {
    console.log(`grading a real sample of ${SHARD_SAMPLE} students...`)
    await sampleClass(join(dir, 'sample'), SHARD_SAMPLE)
    const sample = await inKit('--batch', join(dir, 'sample'), '--out', join(dir, 'sample-out'))
    const perStudent = sample.ms / SHARD_SAMPLE
    // Three late submissions: a comment added to one file of each.
    for (const student of studentsIn(join(dir, 'sample')).slice(0, 3)) {
      const file = join(dir, 'sample', student, 'toaster/toaster.ts')
      await writeFile(file, `${await readFile(file, 'utf8')}\n// handed in late\n`)
    }
    const regrade = await inKit('--batch', join(dir, 'sample'), '--out', join(dir, 'sample-out'))
    const unchanged = await inKit('--batch', join(dir, 'sample'), '--out', join(dir, 'sample-out'))
    console.log(`sample: ${seconds(sample.ms)} (${ms(perStudent)} a student), 3 late ${seconds(regrade.ms)}, none changed ${seconds(unchanged.ms)}`)
    console.log(`grading ${MEMORY_CLASS} students for their peak memory...`)
    await sampleClass(join(dir, 'large'), MEMORY_CLASS)
    const large = await inKit('--batch', join(dir, 'large'), '--out', join(dir, 'large-out'))

    // 10,000 reports: each student gets the report of a sample student (their name and folder changed).
    const manifest = await readManifest(join(dir, 'sample-out'))
    const pool = await Promise.all(manifest.students.map(async (student) => JSON.parse(await readFile(join(dir, 'sample-out', `${student}.json`), 'utf8'))))
    const names = Array.from({ length: CLASS }, (_, index) => `s${String(index).padStart(5, '0')}`)
    const parts = Array.from({ length: SHARDS }, () => [] as string[])
    const results = []
    for (const [index, student] of names.entries()) {
      const report = { ...pool[(index * 13) % pool.length], submission: `/class/${student}` }
      const shard = shardOf(student, SHARDS)
      parts[shard - 1]!.push(student)
      const out = join(dir, 'shards', String(shard))
      await mkdir(join(out, STATE_DIR), { recursive: true })
      await writeFile(join(out, `${student}.json`), `${JSON.stringify(report, null, 2)}\n`)
      results.push({ student, report: lightReport(report) })
    }
    for (const [index, students] of parts.entries()) {
      await writeManifest(join(dir, 'shards', String(index + 1)), { ...manifest, shard: `${index + 1}/${SHARDS}`, students: students.sort() })
    }
    const single = join(dir, 'single')
    await mkdir(single, { recursive: true })
    results.sort((a, b) => (a.student < b.student ? -1 : 1))
    await writeClassFiles({ out: single, exerciseIds: manifest.exercises, results })
    const merge = await inKit('--merge', ...parts.map((_, index) => join(dir, 'shards', String(index + 1))), '--out', join(dir, 'merged'))
    const files = Object.keys(CLASS_FILES)
    const equal = (
      await Promise.all(files.map(async (file) => (await readFile(join(single, file), 'utf8')) === (await readFile(join(dir, 'merged', file), 'utf8'))))
    ).every(Boolean)
    const sizes = parts.map((students) => students.length)
    const perShard = (perStudent * CLASS) / SHARDS
    console.log(`merge of ${CLASS}: ${seconds(merge.ms)}, ${Math.round(merge.peakRssMb)} MB; equal: ${equal}`)

    const text = `## A class beyond one machine

Written by \`npm run bench -- --only shards\` on ${new Date().toISOString().slice(0, 10)} (${availableParallelism()} cores, shared). A class of
${CLASS.toLocaleString('en')} is too many to grade here, so it is simulated: a real sample of ${SHARD_SAMPLE} students is graded
for real (copies of solutions/, every third with one exercise replaced by a wrong submission of
tests/submissions/), which gives the time a student; the ${CLASS.toLocaleString('en')} reports are generated from the
sample's real reports (names changed), put in ${SHARDS} shard folders as \`--shard K/${SHARDS}\` places them, and
merged for real by \`npm run grade -- --merge\`.

| figure | value |
| --- | --- |
| a real batch of ${SHARD_SAMPLE} students, all exercises (chunks of 15) | ${seconds(sample.ms)}, ${ms(perStudent)} a student |
| the same batch again after 3 late submissions (27 reused) | ${seconds(regrade.ms)} |
| the same batch again, nothing changed | ${seconds(unchanged.ms)} |
| peak memory (RSS, all processes): ${SHARD_SAMPLE} students, ${MEMORY_CLASS} students | ${Math.round(sample.peakRssMb)} MB, ${Math.round(large.peakRssMb)} MB |
| ${MEMORY_CLASS} students, wall time | ${seconds(large.ms)} |
| students per shard (${SHARDS} shards, by a hash of the name) | ${Math.min(...sizes)} to ${Math.max(...sizes)} |
| time per shard of ${CLASS / SHARDS} at the sample's pace (one 2-core job each) | about ${(perShard / 60_000).toFixed(1)} min |
| \`--merge\` of ${SHARDS} shard folders, ${CLASS.toLocaleString('en')} reports: wall time, peak memory | ${seconds(merge.ms)}, ${Math.round(merge.peakRssMb)} MB |
| merged ${files.join(', ')} equal to the single-machine ones | ${equal ? 'yes, byte for byte' : 'NO'} |
`
    const previous = await readFile(join(kitRoot, 'BENCHMARKS.md'), 'utf8').catch(() => '# Benchmarks\n')
    const start = previous.indexOf('\n## A class beyond one machine')
    const end = start < 0 ? -1 : previous.indexOf('\n## ', start + 1)
    const updated = start < 0 ? `${previous.trimEnd()}\n\n${text}` : `${previous.slice(0, start).trimEnd()}\n\n${text}${end < 0 ? '' : previous.slice(end)}`
    await writeFile(join(kitRoot, 'BENCHMARKS.md'), updated)
    if (!equal) process.exitCode = 1
    console.log('written: BENCHMARKS.md')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const only = process.argv.indexOf('--only')
if (only >= 0 && process.argv[only + 1] === 'shards') await shards()
else await main()
