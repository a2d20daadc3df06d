// GitHub Actions integration: a job summary, an `::error` annotation per failed check on
// the student's file, and the report wrapped in ::stop-commands:: so that nothing a
// submission printed can be read as a workflow command. Both read a safe report
// (schema.ts), then escape for their format (safe-text.ts): Markdown for the summary,
// workflow-command data and properties for the annotations.
import { randomUUID } from 'node:crypto'
import { relative } from 'node:path'
import { markdownText, workflowData, workflowProperty } from './safe-text.ts'
import { safeReport, type Report } from './schema.ts'

/** GitHub shows at most 10 error annotations a step: the first ones matter most. */
const MAX_ANNOTATIONS = 10

export function annotations(input: Report, workspace: string): string[] {
  const report = safeReport(input)
  // A missing file has nowhere to show an annotation: the report says it once.
  const handedIn = report.exercises.filter((exercise) => exercise.status !== 'missing')
  return handedIn
    .flatMap((exercise) =>
      exercise.checks
        .filter((check) => check.status === 'failed' && !/not implemented yet/.test(check.message ?? ''))
        .map((check) => {
          const file = relative(workspace, exercise.file)
          // Each field is one line: the only line break is the one between them.
          const text = [check.message, check.mistake && `Likely mistake: ${check.mistake}`].filter(Boolean).join('\n')
          return `::error file=${workflowProperty(file)},title=${workflowProperty(`${exercise.id}: ${check.title}`)}::${workflowData(text)}`
        }),
    )
    .slice(0, MAX_ANNOTATIONS)
}

/** Markdown whose every line the grader wrote: each submission text is inside one cell or heading. */
export function stepSummary(input: Report): string {
  const report = safeReport(input)
  const { points, max } = report.score
  const bonus = report.bonus ? `, bonus ${report.bonus.points}/${report.bonus.max}` : ''
  const lines = [`## Async kit: ${points}/${max}${bonus}`, '', '| exercise | points | status |', '| --- | --- | --- |']
  for (const exercise of report.exercises) {
    lines.push(`| ${markdownText(exercise.id)}${exercise.bonus ? ' (bonus)' : ''} | ${exercise.points}/${exercise.max} | ${exercise.status} |`)
  }
  for (const exercise of report.exercises.filter((candidate) => candidate.status !== 'passed' && candidate.status !== 'missing')) {
    lines.push('', `### ${markdownText(exercise.id)}`, '', '| check | points |', '| --- | --- |')
    for (const check of exercise.checks) {
      const verdict = check.status === 'passed' ? '✓' : `✗ ${markdownText(check.message ?? '')}`
      lines.push(`| ${markdownText(check.title)}: ${verdict} | ${check.points}/${check.max} |`)
    }
  }
  return `${lines.join('\n')}\n`
}

/**
 * Text that may hold submission output, fenced so the runner executes no command in it.
 * The token is random, and never one the text holds: a text cannot end the fence.
 */
export function withoutWorkflowCommands(text: string, token: string = randomUUID()): string {
  let fence = token
  while (fence.length < 16 || text.includes(fence)) fence = randomUUID()
  return `::stop-commands::${fence}\n${text}\n::${fence}::`
}
