// JUnit XML: one testsuite per exercise, one testcase per check, a <failure> with the
// feedback for each failed check. CI dashboards and LMS importers read this format. It
// reads a safe report (schema.ts), and escapes every text for XML 1.0 (safe-text.ts).
import { xmlEscape as xml } from './safe-text.ts'
import { safeReport, type CheckResult, type Report } from './schema.ts'

function details(check: CheckResult): string {
  return [
    check.message,
    check.expected && `expected: ${check.expected}`,
    check.actual && `got: ${check.actual}`,
    check.mistake && `mistake: ${check.mistake}`,
    check.output && `your code printed:\n${check.output}`,
  ]
    .filter(Boolean)
    .join('\n')
}

export function toJUnit(input: Report): string {
  const report = safeReport(input)
  const failures = report.exercises.flatMap((exercise) => exercise.checks).filter((check) => check.status === 'failed').length
  const tests = report.exercises.reduce((sum, exercise) => sum + exercise.checks.length, 0)
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="async-kit" tests="${tests}" failures="${failures}" errors="0">`]
  for (const exercise of report.exercises) {
    const failed = exercise.checks.filter((check) => check.status === 'failed').length
    lines.push(`  <testsuite name="${xml(exercise.id)}" tests="${exercise.checks.length}" failures="${failed}" errors="0">`)
    lines.push(`    <properties><property name="points" value="${exercise.points}"/><property name="max" value="${exercise.max}"/></properties>`)
    for (const check of exercise.checks) {
      const open = `    <testcase classname="${xml(exercise.id)}" name="${xml(`${check.title} (${check.max} pt${check.max > 1 ? 's' : ''})`)}"`
      if (check.status === 'passed') {
        lines.push(`${open}/>`)
      } else {
        lines.push(`${open}>`, `      <failure message="${xml(check.message ?? 'failed')}">${xml(details(check))}</failure>`, '    </testcase>')
      }
    }
    lines.push('  </testsuite>')
  }
  lines.push('</testsuites>', '')
  return lines.join('\n')
}
