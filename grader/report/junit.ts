// JUnit XML: one testsuite per exercise, one testcase per check; a failed check has a
// <failure> with the feedback, a check that never got to be judged (its run was killed,
// crashed or did not load, or the grading broke down) an <error>. CI dashboards and LMS
// importers read this format. The document is valid against both the Ant schema
// (windyroad/JUnit-Schema's JUnit.xsd: a bare <testsuites>, each suite with package, id,
// timestamp, hostname and time, properties first, system-out and system-err last, a
// type on each failure and error) and Jenkins' (xunit-plugin's junit-10.xsd). It reads a
// safe report (schema.ts), and escapes every text for XML 1.0 (safe-text.ts).
import { hostname as osHostname } from 'node:os'
import { safeText, xmlEscape as xml } from './safe-text.ts'
import { safeReport, type CheckResult, type ExerciseResult, type Report } from './schema.ts'
import { problemKind, verdictOf } from './verdict.ts'

export interface JUnitOptions {
  /** When the grading started (default: now). */
  startedAt?: Date
  /** How long the whole grading took, in seconds (default 0). */
  seconds?: number
  /** The machine that graded (default: this one's name, or localhost). */
  hostname?: string
  /** Who handed the submission in, for the suites' properties (default: the graded folder). */
  student?: string
}

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

/** Ant's pattern: seconds, no fraction, no time zone (this is UTC). */
function timestamp(date: Date): string {
  const time = Number.isFinite(date.getTime()) ? date : new Date(0)
  return time.toISOString().slice(0, 19)
}

/** A decimal number of seconds, as both schemas read it. */
const seconds = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0).toFixed(3)

function testcase(exercise: ExerciseResult, check: CheckResult, time: string): string[] {
  const open = `    <testcase classname="${xml(exercise.id)}" name="${xml(`${check.title} (${check.max} pt${check.max > 1 ? 's' : ''})`)}" time="${time}"`
  const verdict = verdictOf(exercise, check)
  if (verdict === 'passed') return [`${open}/>`]
  const tag = verdict === 'error' ? 'error' : 'failure'
  const attributes = `message="${xml(check.message ?? verdict)}" type="${xml(problemKind(exercise, check))}"`
  return [`${open}>`, `      <${tag} ${attributes}>${xml(details(check))}</${tag}>`, '    </testcase>']
}

export function toJUnit(input: Report, options: JUnitOptions = {}): string {
  const report = safeReport(input)
  const started = timestamp(options.startedAt ?? new Date())
  const host = safeText(options.hostname ?? osHostname()).trim() || 'localhost'
  const student = safeText(options.student ?? report.submission).trim() || 'unknown'
  // The report holds no time per check, and the exercises are graded at once: the
  // grading's time is shared out evenly, so that every level adds up to it.
  const checks = report.exercises.reduce((sum, exercise) => sum + exercise.checks.length, 0)
  const perCheck = checks > 0 ? (options.seconds ?? 0) / checks : 0

  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>']
  report.exercises.forEach((exercise, index) => {
    const count = (verdict: string) => exercise.checks.filter((check) => verdictOf(exercise, check) === verdict).length
    lines.push(
      `  <testsuite name="${xml(exercise.id)}" package="async-kit" id="${index}" tests="${exercise.checks.length}" failures="${count('failed')}" errors="${count('error')}" skipped="0" time="${seconds(perCheck * exercise.checks.length)}" timestamp="${started}" hostname="${xml(host)}">`,
      '    <properties>',
      ...[
        ['student', student],
        ['submission', report.submission],
        ['points', String(exercise.points)],
        ['max', String(exercise.max)],
        ['bonus', String(exercise.bonus)],
      ].map(([name, value]) => `      <property name="${name}" value="${xml(value!)}"/>`),
      '    </properties>',
      ...exercise.checks.flatMap((check) => testcase(exercise, check, seconds(perCheck))),
      '    <system-out/>',
      '    <system-err/>',
      '  </testsuite>',
    )
  })
  lines.push('</testsuites>', '')
  return lines.join('\n')
}
