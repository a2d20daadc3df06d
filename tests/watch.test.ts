// Watch mode, driven as a student would: save a file, read what the grader says.
import { spawn } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { kitRoot, testLimits } from './support/grading.ts'

it('re-grades a saved exercise, shows only what changed, and a hanging save does not hold it up', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kit-watch-'))
  const file = join(dir, 'toaster/toaster.ts')
  await mkdir(join(dir, 'toaster'))
  await copyFile(join(kitRoot, 'exercises/toaster/toaster.ts'), file)
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'grader/cli.ts', 'toaster', '--dir', dir, '--watch', '--watchdog-ms', String(testLimits.watchdogMs)],
    {
      cwd: kitRoot,
      env: { ...process.env, NO_COLOR: '1' },
    },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (pattern.test(output)) resolve(clearInterval(poll))
        else if (child.exitCode !== null) reject(new Error(`the watcher exited: ${output}`))
      }, 50)
    })
  try {
    await waitFor(/Watching for changes/)
    expect(output).toMatch(/^toaster {2}Toaster: sequential and concurrent breakfast {2}0\/10$/m)

    await copyFile(join(kitRoot, 'solutions/toaster/toaster.ts'), file)
    await waitFor(/^toaster {2}0\/10 → 10\/10$/m)
    expect(output).toMatch(/✓ breakfastConcurrent starts the toast and the coffee at t=0 {2}2\/2/)
    const settled = output.length

    // A save that hangs at load, fixed 300 ms later: the hanging grading is cancelled.
    await copyFile(join(kitRoot, 'tests/submissions/hostile/busy-loop-at-load.ts'), file)
    await new Promise((resolve) => setTimeout(resolve, 300))
    await copyFile(join(kitRoot, 'tests/submissions/toaster/timer-not-reset.ts'), file)
    await waitFor(/^toaster {2}10\/10 → 8\/10$/m)
    const latest = output.slice(settled)
    expect(latest).not.toMatch(/blocked while loading/)
    expect(latest).toMatch(/main printed 4\.00 then 6\.00 instead of 4\.00 then 2\.00/)
    expect(latest).toMatch(/\(5 checks unchanged\)/)
  } finally {
    child.kill()
    await rm(dir, { recursive: true, force: true })
  }
})

it('answers every save, whether the editor writes the file in place or replaces it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kit-watch-saves-'))
  const file = join(dir, 'toaster/toaster.ts')
  await mkdir(join(dir, 'toaster'))
  await copyFile(join(kitRoot, 'exercises/toaster/toaster.ts'), file)
  const child = spawn(process.execPath, ['--import', 'tsx', 'grader/cli.ts', 'toaster', '--dir', dir, '--watch'], {
    cwd: kitRoot,
    env: { ...process.env, NO_COLOR: '1' },
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const printedSince = (from: number, pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (pattern.test(output.slice(from))) resolve(clearInterval(poll))
        else if (child.exitCode !== null) reject(new Error(`the watcher exited: ${output}`))
      }, 20)
    })
  try {
    await printedSince(0, /Watching for changes/)
    // Node 20's recursive watch lost a replaced file now and then: a save, then none, was seen.
    for (let save = 0; save < 12; save++) {
      const from = output.length
      const source = join(kitRoot, save % 2 === 0 ? 'solutions/toaster/toaster.ts' : 'exercises/toaster/toaster.ts')
      if (save % 4 < 2) await copyFile(source, file)
      else {
        await copyFile(source, `${file}.swp`)
        await rename(`${file}.swp`, file)
      }
      await printedSince(from, save % 2 === 0 ? /^Score: 10\/10$/m : /^Score: 0\/10$/m)
    }
  } finally {
    child.kill()
    await rm(dir, { recursive: true, force: true })
  }
}, 120_000)
