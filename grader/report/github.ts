// GitHub Actions integration: a job summary, an `::error` annotation per failed check on
// the student's file, and the report wrapped in ::stop-commands:: so that nothing a
// submission printed can be read as a workflow command.
import { randomUUID } from 'node:crypto'
import { relative } from 'node:path'
import type { Report } from './schema.ts'

/** GitHub shows at most 10 error annotations a step: the first ones matter most. */
const MAX_ANNOTATIONS = 10

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function annotations(report: Report, workspace: string): string[] {
  return report.exercises
    .flatMap((exercise) =>
      exercise.checks
        .filter((check) => check.status === 'failed' && !/not implemented yet/.test(check.message ?? ''))
        .map((check) => {
          const file = relative(workspace, exercise.file)
          const text = [check.message, check.mistake && `Likely mistake: ${check.mistake}`].filter(Boolean).join('\n')
          return `::error file=${escapeProperty(file)},title=${escapeProperty(`${exercise.id}: ${check.title}`)}::${escapeData(text)}`
        }),
    )
    .slice(0, MAX_ANNOTATIONS)
}

export function stepSummary(report: Report): string {
  const { points, max } = report.score
  const lines = [`## Async kit: ${points}/${max}`, '', '| exercise | points | status |', '| --- | --- | --- |']
  for (const exercise of report.exercises) {
    lines.push(`| ${exercise.id}${exercise.bonus ? ' (bonus)' : ''} | ${exercise.points}/${exercise.max} | ${exercise.status} |`)
  }
  for (const exercise of report.exercises.filter((candidate) => candidate.status !== 'passed' && candidate.status !== 'missing')) {
    lines.push('', `### ${exercise.id}`, '', '| check | points |', '| --- | --- |')
    for (const check of exercise.checks) {
      const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
      const verdict = check.status === 'passed' ? '✓' : `✗ ${cell(check.message ?? '')}`
      lines.push(`| ${cell(check.title)}: ${verdict} | ${check.points}/${check.max} |`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** Text that may hold submission output, fenced so the runner executes no command in it. */
export function withoutWorkflowCommands(text: string, token = randomUUID()): string {
  return `::stop-commands::${token}\n${text}\n::${token}::`
}
