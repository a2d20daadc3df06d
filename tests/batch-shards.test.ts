// A batch that survives and goes beyond one machine, with real gradings and real CLI
// runs: a batch run again reuses every unchanged report and regrades a late submission
// only; a batch killed halfway resumes from the reports it wrote; shards of a class
// merged give the single machine's class files, byte for byte; a merge short of a shard
// or given one twice is refused. And the CI workflow that runs the shards is what the
// docs say it is.
import { spawn } from 'node:child_process'
import { appendFile, cp, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { CLASS_FILES } from '../grader/engine/class-files.ts'
import { parseShard, shardOf } from '../grader/engine/shard.ts'
import { runGrader as runKitGrader } from './support/cli.ts'
import { kitRoot, testLimits } from './support/grading.ts'
import { copyKit } from './support/kit-copy.ts'

let scratch: string
// A copy of the kit: the grader's version (a hash of its sources) must not change under
// the test when someone edits the kit meanwhile.
let kit: string
const runGrader = (args: string[]) => runKitGrader(args, { root: kit })
const submissions = () => join(scratch, 'submissions')
const STUDENTS = ['ana', 'ben', 'chloe', 'dan', 'eve', 'fay']

async function student(name: string, file: string): Promise<void> {
  await mkdir(join(submissions(), name, 'toaster'), { recursive: true })
  await cp(join(kitRoot, file), join(submissions(), name, 'toaster/toaster.ts'))
}

/** The students of stderr's log lines: graded, or reused when "(unchanged)". */
function logged(stderr: string): { graded: string[]; reused: string[] } {
  const lines = stderr.split('\n').flatMap((line) => {
    const match = /^\d+\/\d+ (\S+) \d+\/\d+( \(unchanged\))?/.exec(line)
    return match ? [{ student: match[1]!, reused: match[2] !== undefined }] : []
  })
  // Students are logged as their grading ends: in no set order.
  const students = (reused: boolean) =>
    lines
      .filter((line) => line.reused === reused)
      .map((line) => line.student)
      .sort()
  return { graded: students(false), reused: students(true) }
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kit-shards-'))
  kit = copyKit()
  const files = ['solutions/toaster/toaster.ts', 'tests/submissions/toaster/concurrent-awaits-each.ts', 'exercises/toaster/toaster.ts']
  for (const [index, name] of STUDENTS.entries()) await student(name, files[index % files.length]!)
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
  await rm(kit, { recursive: true, force: true })
})

describe('a batch run again', () => {
  it('reuses every unchanged report, and regrades only a late submission', async () => {
    const out = join(scratch, 'again')
    const first = await runGrader(['toaster', '--batch', submissions(), '--out', out])
    expect(first.code).toBe(0)
    expect(logged(first.stderr)).toEqual({ graded: STUDENTS, reused: [] })
    const gradebook = await readFile(join(out, 'gradebook.csv'), 'utf8')

    const second = await runGrader(['toaster', '--batch', submissions(), '--out', out])
    expect(logged(second.stderr)).toEqual({ graded: [], reused: STUDENTS })
    expect(await readFile(join(out, 'gradebook.csv'), 'utf8')).toBe(gradebook)

    await appendFile(join(submissions(), 'dan/toaster/toaster.ts'), '\n// handed in late\n')
    const third = await runGrader(['toaster', '--batch', submissions(), '--out', out])
    expect(logged(third.stderr)).toEqual({ graded: ['dan'], reused: STUDENTS.filter((name) => name !== 'dan') })
    expect(await readFile(join(out, 'gradebook.csv'), 'utf8')).toBe(gradebook)
  })

  it('grades every student again under another grader version (another language here)', async () => {
    const out = join(scratch, 'version')
    await runGrader(['toaster', '--batch', submissions(), '--out', out])
    const french = await runGrader(['toaster', '--batch', submissions(), '--out', out, '--lang', 'fr'])
    expect(logged(french.stderr).graded).toEqual(STUDENTS)
  })

  it('resumes a batch killed halfway from the reports it had written', async () => {
    const out = join(scratch, 'killed')
    // One student per engine run: the batch is killed once the first report is on disk.
    const child = spawn(
      process.execPath,
      [
        join(kit, 'grader/launch.mjs'),
        'grader/cli.ts',
        '--watchdog-ms',
        String(testLimits.watchdogMs),
        'toaster',
        '--batch',
        submissions(),
        '--out',
        out,
        '--chunk',
        '1',
      ],
      { cwd: kit, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
    )
    let stderr = ''
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        if (/^2\/6 /m.test(stderr)) {
          process.kill(-child.pid!, 'SIGKILL')
          resolve()
        }
      })
      child.on('exit', () => resolve())
    })
    const written = (await readdir(out)).filter((file) => file.endsWith('.json'))
    expect(written.length).toBeGreaterThanOrEqual(2)
    expect(written.length).toBeLessThan(STUDENTS.length)
    // No class file from a batch that did not finish, and no manifest for --merge to trust.
    expect(await readdir(join(out, '.batch'))).not.toContain('manifest.json')

    const resumed = await runGrader(['toaster', '--batch', submissions(), '--out', out])
    const { graded, reused } = logged(resumed.stderr)
    expect(reused.length).toBeGreaterThanOrEqual(2)
    expect([...reused, ...graded].sort()).toEqual(STUDENTS)
    const single = join(scratch, 'again')
    expect(await readFile(join(out, 'gradebook.csv'), 'utf8')).toBe(await readFile(join(single, 'gradebook.csv'), 'utf8'))
  })
})

describe('shards', () => {
  it('split a class by a hash of each name: stable, whatever else the class holds', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 })
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(/--shard takes K\/N/)
    const names = Array.from({ length: 1000 }, (_, index) => `student-${index}`)
    const sizes = [1, 2, 3, 4].map((shard) => names.filter((name) => shardOf(name, 4) === shard).length)
    expect(Math.min(...sizes)).toBeGreaterThan(200)
    expect(shardOf('alice', 4)).toBe(shardOf('alice', 4))
  })

  it('merged give the class files of a single machine, byte for byte', async () => {
    const outs = [1, 2, 3].map((shard) => join(scratch, `shard-${shard}`))
    for (const [index, out] of outs.entries()) {
      const run = await runGrader(['toaster', '--batch', submissions(), '--out', out, '--shard', `${index + 1}/3`])
      expect(run.code).toBe(0)
      expect(logged(run.stderr).graded).toEqual(STUDENTS.filter((name) => shardOf(name, 3) === index + 1))
    }
    const merged = join(scratch, 'merged')
    const merge = await runGrader(['--merge', ...outs, '--out', merged])
    expect(merge.stderr).toBe('')
    expect(merge.code).toBe(0)
    const single = join(scratch, 'again')
    for (const file of Object.keys(CLASS_FILES)) {
      expect(await readFile(join(merged, file), 'utf8'), file).toBe(await readFile(join(single, file), 'utf8'))
    }
    for (const name of STUDENTS) {
      expect(JSON.parse(await readFile(join(merged, `${name}.json`), 'utf8')).score).toEqual(
        JSON.parse(await readFile(join(single, `${name}.json`), 'utf8')).score,
      )
    }
  })

  it('are refused when one is missing, given twice, or from another grader version', async () => {
    const outs = [1, 2, 3].map((shard) => join(scratch, `shard-${shard}`))
    const missing = await runGrader(['--merge', outs[0]!, outs[2]!, '--out', join(scratch, 'no')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe("error: --merge: shard 2/3 missing: every shard's output is needed for the class's gradebook\n")
    const twice = await runGrader(['--merge', outs[0]!, outs[1]!, outs[1]!, '--out', join(scratch, 'no')])
    expect(twice.stderr).toMatch(/shard 2\/3 is given twice/)
    const french = join(scratch, 'shard-2-fr')
    await runGrader(['toaster', '--batch', submissions(), '--out', french, '--shard', '2/3', '--lang', 'fr'])
    const mixed = await runGrader(['--merge', outs[0]!, french, outs[2]!, '--out', join(scratch, 'no')])
    expect(mixed.stderr).toMatch(/was graded by another version of the grader/)
    const notBatch = await runGrader(['--merge', submissions(), '--out', join(scratch, 'no')])
    expect(notBatch.stderr).toMatch(/is not the output of a batch/)
  })
})

describe('the workflow of the shards (classroom/batch-shards-workflow.yml)', () => {
  /** A GitHub Actions expression, as the workflow writes it. */
  const gh = (inner: string) => `\${{ ${inner} }}`
  type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
  type Job = {
    needs?: string | string[]
    if?: string
    strategy?: { 'fail-fast'?: boolean; matrix: Record<string, unknown> }
    outputs?: Record<string, string>
    steps: Step[]
  }
  let workflow: { on: { workflow_dispatch: { inputs: Record<string, unknown> } }; jobs: Record<string, Job> }
  beforeAll(async () => {
    workflow = parseYaml(await readFile(join(kitRoot, 'classroom/batch-shards-workflow.yml'), 'utf8'))
  })

  it('is a matrix of N grading jobs, one per shard, then a merge', () => {
    expect(Object.keys(workflow.on.workflow_dispatch.inputs)).toEqual(['submissions', 'shards', 'exercises'])
    expect(Object.keys(workflow.jobs)).toEqual(['plan', 'grade', 'merge'])
    const { plan, grade, merge } = workflow.jobs as Record<string, Job>
    expect(plan!.outputs!.shards).toBe(gh('steps.plan.outputs.shards'))
    expect(grade!.needs).toBe('plan')
    expect(grade!.strategy).toEqual({ 'fail-fast': false, matrix: { shard: gh('fromJSON(needs.plan.outputs.shards)') } })
    const gradeStep = grade!.steps.find((step) => step.run?.includes('--batch'))!
    expect(gradeStep.run).toBe('npm run grade -- $EXERCISES --batch ../submissions --out ../grades --shard "$SHARD"')
    expect(gradeStep.env!.SHARD).toBe(`${gh('matrix.shard')}/${gh('inputs.shards')}`)
    const upload = grade!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!
    expect(upload.with).toMatchObject({ name: `shard-${gh('matrix.shard')}`, path: 'grades', 'include-hidden-files': true })
    expect(grade!.steps.some((step) => step.uses?.startsWith('actions/cache') && step.with?.path === 'grades')).toBe(true)
    expect(merge!.needs).toBe('grade')
    expect(merge!.steps.find((step) => step.uses?.startsWith('actions/download-artifact'))!.with).toEqual({ pattern: 'shard-*', path: 'shards' })
    expect(merge!.steps.find((step) => step.run?.includes('--merge'))!.run).toBe('npm run grade -- --merge ../shards/shard-* --out ../class')
  })

  it('is documented in docs/classroom.md as it runs', async () => {
    const doc = (await readFile(join(kitRoot, 'docs/classroom.md'), 'utf8')).replace(/\s+/g, ' ')
    expect(doc).toContain('`classroom/batch-shards-workflow.yml`')
    expect(doc).toContain('`npm run grade -- --batch ../submissions --out ../grades --shard K/N`')
    expect(doc).toContain(`\`${workflow.jobs.merge!.steps.find((step) => step.run?.includes('--merge'))!.run}\``)
    expect(doc).toContain('`SUBMISSIONS_TOKEN`')
  })

  it('lists the shards 1 to N in its plan step', async () => {
    const script = /node -e '([^']+)'/.exec(workflow.jobs.plan!.steps[0]!.run!)![1]!
    const output = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['-e', script], { env: { SHARDS: '3' } })
      let text = ''
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
      child.on('exit', () => resolve(text))
    })
    expect(output.trim()).toBe('shards=[1,2,3]')
  })
})
