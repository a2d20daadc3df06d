// Runs the shell steps of the kit's GitHub workflows (classroom/*.yml) as a runner would,
// to check the workflows as written: a workspace laid out like the runner's (the
// student's checkout in student/, the grader installed in grader/), each `run:` script through bash
// with -e and pipefail in its working-directory, and the files and variables GitHub
// Actions gives a step (GITHUB_ACTIONS, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// GITHUB_WORKSPACE). `uses:` steps are GitHub's own and are not run; the install step's
// `npm install` of the pinned grader is replaced by the same files (grader-package.ts).
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { installGraderPackage } from './grader-package.ts'
import { kitRoot } from './grading.ts'

export interface WorkflowStep {
  name?: string
  id?: string
  uses?: string
  run?: string
  if?: string
  'working-directory'?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}

export interface Workflow {
  name: string
  on: unknown
  permissions?: Record<string, string>
  jobs: Record<string, { 'runs-on': string; if?: string; steps: WorkflowStep[] }>
}

export function readWorkflow(file: string): Workflow {
  return parseYaml(readFileSync(join(kitRoot, file), 'utf8')) as Workflow
}

/**
 * A runner's workspace: student/ holding `studentFiles` (laid out as the repository is),
 * and the grader installed as the workflows' install step does (grader/node_modules/).
 */
export function workspaceWith(studentFiles: Record<string, string>): string {
  const workspace = mkdtempSync(join(tmpdir(), 'kit-workflow-'))
  for (const [path, source] of Object.entries(studentFiles)) cpSync(source, join(workspace, 'student', path), { recursive: true })
  installGraderPackage(join(workspace, 'grader'))
  return workspace
}

export interface StepRun {
  code: number
  stdout: string
  stderr: string
  /** What the step wrote to GITHUB_OUTPUT, by name. */
  outputs: Record<string, string>
  /** What it appended to GITHUB_STEP_SUMMARY. */
  summary: string
}

/** Runs one `run:` step in `workspace`, with the runner's defaults for a bash step. */
export function runStep(step: WorkflowStep, workspace: string, env: Record<string, string> = {}): Promise<StepRun> {
  if (!step.run) throw new Error(`step ${step.name ?? step.id} has no run: script`)
  if (step.run.includes('${{')) throw new Error(`step ${step.name ?? step.id} uses an expression: the runner would fill it in`)
  const output = join(workspace, `.output-${step.id ?? 'step'}`)
  const summary = join(workspace, `.summary-${step.id ?? 'step'}`)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NO_COLOR|FORCE_COLOR|GITHUB_.*|RUNNER_.*)$/.test(key)))
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: join(workspace, step['working-directory'] ?? '.'),
      env: {
        ...inherited,
        ...step.env,
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        ...env,
      },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const outputs = Object.fromEntries(
        readFileSync(output, 'utf8')
          .split('\n')
          .filter((line) => line.includes('='))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      )
      resolve({ code: code ?? 1, stdout, stderr, outputs, summary: readFileSync(summary, 'utf8') })
    })
  })
}
