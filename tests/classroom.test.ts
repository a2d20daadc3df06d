// What CI systems, gradebooks and teaching platforms read, each checked against its real
// consumer: the JSON report against its schema; JUnit against the Ant and the Jenkins XSD
// with libxml2 itself; GitHub Classroom's JSON through its grading reporter's own
// computation (support/classroom-reporter.ts); every JSON with a strict UTF-8 decoder. The
// workflows of classroom/ are run step by step as a runner would (support/workflow.ts).
// Gradescope's autograder has its own file, gradescope.test.ts.
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findExercise } from '../grader/catalog.ts'
import { ClassroomResultsSchema } from '../grader/report/classroom.ts'
import { GradescopeResultsSchema } from '../grader/report/gradescope.ts'
import { ReportSchema, type Report } from '../grader/report/schema.ts'
import { autogradingReport, logScore, readRunners, stepFailure } from './support/classroom-reporter.ts'
import { runGrader, type CommandResult } from './support/cli.ts'
import { classroomDoc, documentedArgs } from './support/docs.ts'
import { ONE_WRONG_EACH, kitRoot } from './support/grading.ts'
import { JUNIT_SCHEMAS, schemaErrors } from './support/xsd.ts'
import { parseXml, type XmlElement } from './support/xml.ts'
import { readWorkflow, runStep, workspaceWith, type StepRun, type WorkflowStep } from './support/workflow.ts'

const printsCommands = join(kitRoot, 'tests/fixtures/prints-commands')
let scratch: string
let exported: CommandResult
let onGitHub: CommandResult
let summary: string
/** A toaster whose error message and output hold lone surrogates, a weather that does not compile. */
let broken: string
let brokenRun: CommandResult
let batchRun: CommandResult
/** classroom/classroom-workflow.yml's grade step, on one wrong solution of each exercise. */
let classroomWorkspace: string
let classroomStep: StepRun
/** classroom/student-workflow.yml's grade step. */
let ciWorkspace: string
let ciStep: StepRun

const classroomWorkflow = readWorkflow('classroom/classroom-workflow.yml')
const ciWorkflow = readWorkflow('classroom/student-workflow.yml')
const stepsOf = (workflow: typeof classroomWorkflow) => Object.values(workflow.jobs)[0]!.steps
const gradeStep = (steps: WorkflowStep[]) => steps.find((step) => step.name === 'Grade')!
const reporterOf = (steps: WorkflowStep[]) => steps.find((step) => step.uses?.startsWith('classroom-resources/autograding-grading-reporter@'))!

function wrongSolutions(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(ONE_WRONG_EACH).map(([id, file]) => [`exercises/${id}/${findExercise(id)!.file}`, join(kitRoot, 'tests/submissions', file)]),
  )
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kit-classroom-'))
  await writeFile(join(scratch, 'summary.md'), '')
  broken = join(scratch, 'broken')
  await cp(join(kitRoot, 'tests/fixtures/lone-surrogate/toaster'), join(broken, 'toaster'), { recursive: true })
  await mkdir(join(broken, 'weather-timeout'))
  await cp(join(kitRoot, 'tests/submissions/broken/syntax-error.ts'), join(broken, 'weather-timeout/weather.ts'))
  await cp(broken, join(scratch, 'submissions/alice'), { recursive: true })
  await cp(printsCommands, join(scratch, 'submissions/bob'), { recursive: true })
  classroomWorkspace = workspaceWith(wrongSolutions())
  ciWorkspace = workspaceWith({ exercises: printsCommands })
  const out = (file: string) => join(scratch, file)
  ;[exported, onGitHub, brokenRun, batchRun, classroomStep, ciStep] = await Promise.all([
    runGrader([
      'toaster',
      '--dir',
      printsCommands,
      '--json',
      out('report.json'),
      '--junit',
      out('junit.xml'),
      '--gradescope',
      out('results.json'),
      '--classroom',
      out('classroom.json'),
      '--student',
      'alice@example.org',
    ]),
    runGrader(['toaster', '--dir', printsCommands], {
      env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: out('summary.md'), GITHUB_WORKSPACE: join(kitRoot, 'tests/fixtures') },
    }),
    // As GitHub Classroom's command grader runs a command: no GITHUB_ACTIONS, FORCE_COLOR set.
    runGrader(
      [
        'toaster',
        'weather-timeout',
        '--dir',
        broken,
        '--json',
        out('broken/report.json'),
        '--junit',
        out('broken/junit.xml'),
        '--gradescope',
        out('broken/results.json'),
        '--classroom',
        out('broken/classroom.json'),
      ],
      { env: { FORCE_COLOR: 'true' } },
    ),
    // docs/classroom.md's command, as written.
    runGrader(documentedArgs('npm run grade -- --batch submissions --out grades', { submissions: out('submissions'), grades: out('grades') })),
    runStep(gradeStep(stepsOf(classroomWorkflow)), classroomWorkspace),
    runStep(gradeStep(stepsOf(ciWorkflow)), ciWorkspace),
  ])
  summary = await readFile(out('summary.md'), 'utf8')
})
afterAll(async () => {
  await Promise.all([scratch, classroomWorkspace, ciWorkspace].map((dir) => rm(dir, { recursive: true, force: true })))
})

const children = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name)
const property = (suite: XmlElement, name: string) =>
  children(children(suite, 'properties')[0]!, 'property').find((one) => one.attributes.name === name)?.attributes.value

/** The fenced part of a log: what lies between ::stop-commands::TOKEN and ::TOKEN::. */
function fenced(stdout: string): { inside: string[]; after: string[] } {
  const lines = stdout.split('\n')
  const start = lines.findIndex((line) => /^::stop-commands::\S+$/.test(line))
  expect(start, 'a ::stop-commands:: line').toBeGreaterThanOrEqual(0)
  const token = lines[start]!.slice('::stop-commands::'.length)
  const end = lines.indexOf(`::${token}::`)
  expect(end).toBeGreaterThan(start)
  return { inside: lines.slice(start + 1, end), after: lines.slice(end + 1).filter(Boolean) }
}

describe('exports', () => {
  it('the JSON report validates against the schema', async () => {
    expect(exported.code).toBe(0)
    const report = ReportSchema.parse(JSON.parse(await readFile(join(scratch, 'report.json'), 'utf8')))
    expect(report.score).toEqual({ points: 3, max: 10 })
  })

  it('JUnit: valid against the Ant and the Jenkins schema', async () => {
    const xml = await readFile(join(scratch, 'junit.xml'), 'utf8')
    expect(await schemaErrors(xml, JUNIT_SCHEMAS.ant)).toEqual([])
    expect(await schemaErrors(xml, JUNIT_SCHEMAS.jenkins)).toEqual([])
  })

  it('JUnit: a testcase per check with its time, a typed failure with the feedback, the student in the properties', async () => {
    const root = parseXml(await readFile(join(scratch, 'junit.xml'), 'utf8'))
    expect(root.name).toBe('testsuites')
    const [suite] = children(root, 'testsuite')
    expect(suite!.attributes).toMatchObject({ name: 'toaster', package: 'async-kit', id: '0', tests: '7', failures: '5', errors: '0' })
    expect(suite!.attributes.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/)
    expect(Math.abs(Date.parse(`${suite!.attributes.timestamp}Z`) - Date.now())).toBeLessThan(10 * 60_000)
    expect(suite!.attributes.hostname).not.toBe('')
    expect(Number(suite!.attributes.time)).toBeGreaterThan(0)
    expect(property(suite!, 'student')).toBe('alice@example.org')
    expect(property(suite!, 'submission')).toBe(printsCommands)
    expect([property(suite!, 'points'), property(suite!, 'max')]).toEqual(['3', '10'])
    const cases = children(suite!, 'testcase')
    expect(cases).toHaveLength(7)
    const caseTimes = cases.reduce((sum, testcase) => sum + Number(testcase.attributes.time), 0)
    expect(caseTimes).toBeCloseTo(Number(suite!.attributes.time), 2)
    const failed = cases.filter((testcase) => children(testcase, 'failure').length > 0)
    expect(failed.map((testcase) => testcase.attributes.name)).toContain('breakfastConcurrent starts the toast and the coffee at t=0 (2 pts)')
    const failure = children(failed.find((testcase) => /starts the toast/.test(testcase.attributes.name!))!, 'failure')[0]!
    expect(failure.attributes).toEqual({ message: 'the coffee started at t=2000, not at t=0', type: 'wrong-behaviour' })
    expect(failure.text).toMatch(/mistake: you awaited the toast before starting the coffee/)
  })

  it('Gradescope: results.json with a test per check, scores summing to the total, visible by default', async () => {
    const results = GradescopeResultsSchema.parse(JSON.parse(await readFile(join(scratch, 'results.json'), 'utf8')))
    expect(results.score).toBe(3)
    expect(results).toMatchObject({ visibility: 'visible', stdout_visibility: 'hidden' })
    expect(results.tests).toHaveLength(7)
    expect(results.tests.reduce((sum, test) => sum + test.score, 0)).toBe(3)
    expect(results.tests.reduce((sum, test) => sum + test.max_score, 0)).toBe(10)
    // Each test inherits the top-level visibility: one of its own would override it.
    expect(results.tests.every((test) => test.visibility === undefined)).toBe(true)
    expect(results.tests.find((test) => test.status === 'failed')!.output).toMatch(/Likely mistake: /)
  })

  it('GitHub Classroom: the reporter JSON, a test per check with its points, max_score the total', async () => {
    const results = ClassroomResultsSchema.parse(JSON.parse(await readFile(join(scratch, 'classroom.json'), 'utf8')))
    expect(results).toMatchObject({ version: 1, status: 'fail', max_score: 10 })
    expect(results.tests).toHaveLength(7)
    expect(results.tests[0]).toEqual({
      name: 'toaster: breakfastSequential toasts from t=0 to 2000, then brews from 2000 to 4000 (2 pts)',
      status: 'pass',
      score: 2,
      filename: 'toaster/toaster.ts',
      line_no: 0,
    })
    expect(results.tests.find((test) => /starts the toast/.test(test.name))).toMatchObject({
      status: 'fail',
      score: 0,
      message: 'the coffee started at t=2000, not at t=0',
    })
    expect(autogradingReport([{ results }])).toEqual({ totalPoints: 3, maxPoints: 10 })
  })
})

describe('a check that never got to be judged is an error, not a failure', () => {
  let suites: XmlElement[]
  beforeAll(async () => {
    suites = children(parseXml(await readFile(join(scratch, 'broken/junit.xml'), 'utf8')), 'testsuite')
  })

  it('JUnit: errors counts them, each an <error> with its type; still valid against both schemas', async () => {
    const weather = suites.find((suite) => suite.attributes.name === 'weather-timeout')!
    const checks = children(weather, 'testcase')
    expect(weather.attributes).toMatchObject({ failures: '0', errors: String(checks.length) })
    for (const testcase of checks) {
      expect(children(testcase, 'failure')).toEqual([])
      expect(children(testcase, 'error')[0]!.attributes).toMatchObject({ type: 'load-error' })
    }
    expect(suites.find((suite) => suite.attributes.name === 'toaster')!.attributes).toMatchObject({ errors: '0' })
    const xml = await readFile(join(scratch, 'broken/junit.xml'), 'utf8')
    expect(await schemaErrors(xml, JUNIT_SCHEMAS.ant)).toEqual([])
    expect(await schemaErrors(xml, JUNIT_SCHEMAS.jenkins)).toEqual([])
  })

  it('GitHub Classroom: status "error", the message naming the check (the reporter prints it alone)', async () => {
    const results = ClassroomResultsSchema.parse(JSON.parse(await readFile(join(scratch, 'broken/classroom.json'), 'utf8')))
    const weather = results.tests.filter((test) => test.name.startsWith('weather-timeout: '))
    expect(weather.length).toBeGreaterThan(0)
    for (const test of weather) {
      expect(test.status).toBe('error')
      expect(test.message!.startsWith(`${test.name}: `)).toBe(true)
    }
    expect(results.status).toBe('fail')
  })
})

describe('every JSON the kit writes is well-formed UTF-8 for strict parsers', () => {
  /** What a strict consumer does: refuse bytes that are not UTF-8, then parse. */
  const strictJson = (bytes: Uint8Array) => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  /** A \uD800-\uDFFF escape that is not one half of a pair, after an even run of backslashes. */
  const LONE_ESCAPE = /(?<!\\)(?:\\\\)*\\u(?:d[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2})|d[c-f][0-9a-f]{2})/i
  const files = ['broken/report.json', 'broken/results.json', 'broken/classroom.json', 'grades/alice.json']

  it.each(files)('%s', async (file) => {
    const bytes = await readFile(join(scratch, file))
    expect(strictJson(bytes)).toBeTypeOf('object')
    expect(LONE_ESCAPE.test(bytes.toString('utf8'))).toBe(false)
  })

  it('the lone surrogates of the error message and the output are shown as U+FFFD', async () => {
    expect(brokenRun.code).toBe(0)
    expect(batchRun.code).toBe(0)
    for (const file of ['broken/report.json', 'grades/alice.json']) {
      const report: Report = strictJson(await readFile(join(scratch, file)))
      const toaster = report.exercises.find((exercise) => exercise.id === 'toaster')!
      const rejected = toaster.checks.find((check) => check.message?.includes('burnt'))!
      expect(rejected.message).toContain('burnt \ufffd toast \ufffd end')
      expect(rejected.output).toContain('printed \ufffd half an emoji')
    }
    const classroom = strictJson(await readFile(join(scratch, 'broken/classroom.json')))
    expect(JSON.stringify(classroom)).toContain('burnt \ufffd toast \ufffd end')
  })

  it('the gradebook of the batch holds every student', async () => {
    const [header, ...rows] = (await readFile(join(scratch, 'grades/gradebook.csv'), 'utf8')).trim().split('\n')
    const columns = header!.split(',')
    const cell = (row: string, column: string) => row.split(',')[columns.indexOf(column)]
    expect(rows.map((row) => cell(row, 'student'))).toEqual(['alice', 'bob'])
    expect(rows.map((row) => [cell(row, 'toaster'), cell(row, 'weather-timeout')])).toEqual([
      [expect.stringMatching(/^\d+$/), '0'],
      ['3', '0'],
    ])
  })
})

describe('GitHub Classroom: classroom/classroom-workflow.yml', () => {
  const steps = stepsOf(classroomWorkflow)
  const reporter = () => reporterOf(steps)

  it("is the workflow Classroom expects: its name, events, permissions, and the reporter's step last but the artifact", () => {
    expect(classroomWorkflow.name).toBe('Autograding Tests')
    expect(classroomWorkflow.on).toEqual(expect.arrayContaining(['push', 'repository_dispatch']))
    expect(classroomWorkflow.permissions).toEqual({ checks: 'write', actions: 'read', contents: 'read' })
    expect(Object.keys(classroomWorkflow.jobs)).toEqual(['run-autograding-tests'])
    expect(reporter()).toMatchObject({ uses: 'classroom-resources/autograding-grading-reporter@v1' })
    // The grader package, pinned, from the grader repository: never the student's own copy.
    expect(steps.find((step) => step.name === 'Install the grader, pinned')?.run).toContain('"github:GRADER_REPOSITORY#GRADER_REF"')
  })

  it("hands the reporter each runner's result under the name it reads: <RUNNER>_RESULTS", () => {
    const runners = String(reporter().with?.runners).split(',')
    expect(runners).toEqual(['grade'])
    for (const runner of runners) {
      expect(reporter().env).toEqual({ [`${runner.trim().toUpperCase()}_RESULTS`]: `\${{ steps.${runner}.outputs.result }}` })
      expect(steps.find((step) => step.id === runner)).toBe(gradeStep(steps))
    }
  })

  it("partial credit: the points the reporter posts are the report's, not 0 as with --fail-under 100", async () => {
    expect(classroomStep.code, classroomStep.stderr).toBe(0)
    const runners = readRunners('grade', { GRADE_RESULTS: classroomStep.outputs.result })
    const results = ClassroomResultsSchema.parse(runners[0]!.results)
    const report = ReportSchema.parse(JSON.parse(await readFile(join(classroomWorkspace, 'grade.json'), 'utf8')))
    const { points, max } = report.score
    expect(points).toBeGreaterThan(0)
    expect(points).toBeLessThan(max)
    // The bonus counts on top, as extra credit: Classroom has one number.
    expect(autogradingReport(runners)).toEqual({ totalPoints: points + (report.bonus?.points ?? 0), maxPoints: max })
    const checks = report.exercises.flatMap((exercise) => exercise.checks)
    expect(results.tests.map((test) => test.score)).toEqual(checks.map((check) => check.points))
    expect(stepFailure(runners)).toBe('Some tests failed.')
    // The reporter's log table rescales by the share of checks passed (its issue #10): not the points.
    expect(logScore(results)).toBeCloseTo((max * checks.filter((check) => check.status === 'passed').length) / checks.length, 6)
  })

  it('the result fits in one environment variable (128 KiB on Linux)', () => {
    expect(classroomStep.outputs.result!.length).toBeLessThan(128 * 1024)
    expect(classroomStep.outputs.result).toMatch(/^[A-Za-z0-9+/]+=*$/)
  })

  it("the student's output is fenced in the log, on Actions and under the command grader alike", () => {
    expect(fenced(classroomStep.stdout).inside.length).toBeGreaterThan(0)
    // brokenRun ran without GITHUB_ACTIONS, with --classroom.
    const { inside, after } = fenced(brokenRun.stdout)
    expect(inside.join('\n')).toContain('printed \ufffd half an emoji')
    expect(after).toEqual([])
  })
})

describe('plain CI: classroom/student-workflow.yml', () => {
  it('grades the student repository with the pinned grader and keeps the reports', async () => {
    expect(ciStep.code, ciStep.stderr).toBe(0)
    const report = ReportSchema.parse(JSON.parse(await readFile(join(ciWorkspace, 'grade.json'), 'utf8')))
    expect(report.exercises.find((exercise) => exercise.id === 'toaster')!.points).toBe(3)
    expect(await schemaErrors(await readFile(join(ciWorkspace, 'grade.xml'), 'utf8'), JUNIT_SCHEMAS.ant)).toEqual([])
    const upload = stepsOf(ciWorkflow).find((step) => step.uses?.startsWith('actions/upload-artifact@'))!
    for (const path of String(upload.with?.path).trim().split('\n')) expect(existsSync(join(ciWorkspace, path)), path).toBe(true)
  })

  it('fences the log, annotates failed checks, writes the job summary', () => {
    const { inside, after } = fenced(ciStep.stdout)
    expect(inside.join('\n')).toContain('::add-mask::everything')
    // Annotations on the student's file, none for the exercises not handed in.
    expect(after.length).toBeGreaterThan(0)
    for (const line of after) expect(line).toMatch(/^::error file=student\/exercises\/toaster\/toaster\.ts,title=/)
    expect(ciStep.summary).toMatch(/^## Async kit: 3\/\d+/m)
  })
})

describe('GitHub Actions', () => {
  const lines = () => onGitHub.stdout.split('\n')

  it('fences the report, submission output included, between ::stop-commands:: and its token', () => {
    const [first] = lines()
    const token = first!.match(/^::stop-commands::(\S+)$/)?.[1]
    expect(token).toBeDefined()
    const end = lines().indexOf(`::${token}::`)
    expect(end).toBeGreaterThan(0)
    const inside = lines().slice(1, end).join('\n')
    expect(inside).toContain('::add-mask::everything')
    // Outside the fence, only the grader's own annotations.
    for (const line of lines()
      .slice(end + 1)
      .filter(Boolean))
      expect(line).toMatch(/^::error file=prints-commands\/toaster\/toaster\.ts,title=/)
  })

  it('annotates the student file once per failed check, escaped', () => {
    const errors = lines().filter((line) => line.startsWith('::error '))
    expect(errors).toHaveLength(5)
    expect(errors[0]).toMatch(
      /^::error file=prints-commands\/toaster\/toaster\.ts,title=toaster%3A breakfastConcurrent starts the toast and the coffee at t=0::the coffee started at t=2000, not at t=0%0ALikely mistake: you awaited the toast before starting the coffee/,
    )
  })

  it('appends a job summary with the score and a table per exercise', () => {
    expect(summary).toMatch(/^## Async kit: 3\/10$/m)
    expect(summary).toMatch(/^\| toaster \| 3\/10 \| partial \|$/m)
    expect(summary).toMatch(/breakfastConcurrent starts the toast and the coffee at t=0: ✗ the coffee started at t=2000, not at t=0 \| 0\/2 \|/)
  })
})

describe('docs/classroom.md says what the tests run', () => {
  it('the grade commands of both workflows, as the workflows run them', () => {
    const doc = classroomDoc()
    expect(doc).toContain(gradeStep(stepsOf(classroomWorkflow)).run!.split('\n')[0])
    expect(doc).toContain(gradeStep(stepsOf(ciWorkflow)).run!.trim())
    expect(doc).toContain('`classroom/classroom-workflow.yml`')
    expect(doc).toContain(`\`runners: ${reporterOf(stepsOf(classroomWorkflow)).with?.runners}\``)
  })
})

describe('flags', () => {
  it('--visibility goes with --gradescope and takes one of its values', async () => {
    const [alone, wrong] = await Promise.all([
      runGrader(['toaster', '--dir', printsCommands, '--visibility', 'hidden']),
      runGrader(['toaster', '--dir', printsCommands, '--gradescope', join(scratch, 'x.json'), '--visibility', 'later']),
    ])
    expect([alone.code, wrong.code]).toEqual([2, 2])
    expect(alone.stderr).toMatch(/--visibility goes with --gradescope/)
    expect(wrong.stderr).toMatch(/--visibility takes hidden, after_due_date, after_published, visible, not "later"/)
  })
})
