// The report a student reads in the terminal: points per exercise, a line per check,
// and for each failed check what was expected, what happened and the likely mistake.
//
// Every text it shows comes from a safe report (schema.ts, safeReport): one line per
// field, controls and escape sequences gone; only what the code printed spans several
// lines, each behind the `│` margin, so no submission text can draw a report line.
import kleur from 'kleur'
import { catalog } from '../catalog.ts'
import type { Lang } from '../language.ts'
import { safeText } from './safe-text.ts'
import { safeExercise, safeReport, type BatchResult, type CheckResult, type ExerciseResult, type Report } from './schema.ts'
import { renderTimeline } from './timeline.ts'
import { wordsFor, type Word } from './words.ts'

export interface TerminalOptions {
  color: boolean
  /** Draw each scenario's timeline, passing checks included (`--timeline`). */
  timelines?: boolean
}

/** Color only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function shouldColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true
  return Boolean(stream.isTTY)
}

/** Submission text for a terminal, keeping its line breaks (`npm run try`): see safe-text.ts. */
export { sanitize } from './safe-text.ts'

const percent = (points: number, max: number) => (max === 0 ? 100 : Math.floor((100 * points) / max))

export function renderReport(input: Report, options: TerminalOptions): string {
  kleur.enabled = options.color
  const report = safeReport(input)
  const t = wordsFor(report.lang)
  const lines = [kleur.bold(`${t('grading')} ${report.submission}`), '', ...renderIntegrity(report, t)]
  for (const exercise of report.exercises) lines.push(...renderExercise(exercise, t, options), '')
  const { points, max } = report.score
  const total = `${t('score')}${t('colon')} ${points}/${max} (${percent(points, max)}%)`
  const bonus = report.bonus ? [`${t('bonusScore')}${t('colon')} ${report.bonus.points}/${report.bonus.max}`] : []
  // Only bonus exercises graded: no core score to state ("0/0 (100%)" would read as a pass).
  const core = max === 0 && report.bonus ? [] : [kleur.bold(points === max ? kleur.green(total) : total)]
  lines.push(...core, ...bonus, ...renderNext(report, t))
  return lines.join('\n')
}

/** What to work on next: the first exercise not done, in the catalog's order, bonus last. */
function renderNext(report: Report, t: (word: Word) => string): string[] {
  const pending = report.exercises.filter((exercise) => exercise.points < exercise.max)
  const next = pending.find((exercise) => !exercise.bonus) ?? pending[0]
  const statementOf = (id: string) => `exercises/${id}/README${report.lang === 'fr' ? '.fr' : ''}.md`
  if (!next) {
    // Only some exercises were graded, all at full marks: name the next one of the catalog.
    const graded = new Set(report.exercises.map((exercise) => exercise.id))
    const after = catalog.find(
      (exercise) =>
        !graded.has(exercise.id) &&
        catalog.indexOf(exercise) > Math.max(...report.exercises.map((done) => catalog.findIndex((candidate) => candidate.id === done.id))),
    )
    return [kleur.green(t('allPassed')), ...(after ? [`${kleur.bold(t('next'))} ${after.id}, ${t('statement')}${t('colon')} ${statementOf(after.id)}`] : [])]
  }
  const statement = statementOf(next.id)
  const firstFailed = next.checks.find((check) => check.status === 'failed')
  return [
    `${kleur.bold(t('next'))} ${next.id} (${next.points}/${next.max}), ${t('statement')}${t('colon')} ${statement}`,
    ...(firstFailed ? [`  ${t('firstFailed')}${t('colon')} ${firstFailed.title}`] : []),
    `  ${t('stuck')} npm run hint -- ${next.id}`,
  ]
}

/** A teacher reviewing a repository must see at once if the grader itself was edited. */
function renderIntegrity(report: Report, t: (word: Word) => string): string[] {
  const integrity = report.integrity
  if (!integrity?.sealed) return []
  const changes = [
    ...integrity.modified.map((file) => `${file} ${t('modified')}`),
    ...integrity.added.map((file) => `${file} ${t('added')}`),
    ...integrity.removed.map((file) => `${file} ${t('removed')}`),
  ]
  if (changes.length === 0) return []
  return [kleur.yellow(kleur.bold(t('tampered'))), ...changes.map((change) => kleur.yellow(`  ${change}`)), '']
}

function renderExercise(exercise: ExerciseResult, t: (word: Word) => string, options: TerminalOptions): string[] {
  const color = exercise.status === 'passed' ? kleur.green : exercise.points > 0 ? kleur.yellow : kleur.red
  const title = `${exercise.id}${exercise.bonus ? ` ${t('bonus')}` : ''}  ${exercise.title}`
  const lines = [`${kleur.bold(title)}  ${color(`${exercise.points}/${exercise.max}`)}`]
  if (exercise.message) {
    // Every check failed for this one reason: say it once.
    lines.push(`  ${kleur.red(t(exercise.status === 'missing' ? 'missing' : 'error'))}${t('colon')} ${exercise.message}`)
    const example = exercise.checks[0]
    if (example?.mistake) lines.push(`  ${kleur.cyan(t('mistake'))}   ${example.mistake}`)
    if (example?.output) lines.push(...renderOutput(example.output, t))
    for (const check of exercise.checks) lines.push(kleur.dim(`  ✗ ${check.title}  0/${check.max}`))
    return lines
  }
  for (const check of exercise.checks) lines.push(...renderCheck(check, t))
  if (options.timelines) lines.push(...renderScenarioTimelines(exercise, t))
  return lines
}

/** `--timeline`: what the code did in each scenario, passing or not. */
function renderScenarioTimelines(exercise: ExerciseResult, t: (word: Word) => string): string[] {
  return (exercise.timelines ?? []).flatMap(({ scenario, spans }) => {
    const chart = renderTimeline([{ title: t('yours'), spans }])
    return chart.length === 0
      ? []
      : [`  ${kleur.cyan(`${t('timeline')}${t('colon')} ${scenario}`)}  ${kleur.dim(t('virtualTime'))}`, ...chart.map((line) => `    ${line}`)]
  })
}

function renderCheck(check: CheckResult, t: (word: Word) => string): string[] {
  const score = `${check.points}/${check.max}`
  if (check.status === 'passed') return [`  ${kleur.green('✓')} ${check.title}  ${kleur.dim(score)}`]
  const lines = [`  ${kleur.red('✗')} ${check.title}  ${kleur.red(score)}`]
  const detail = (label: Word, text: string | undefined) => {
    if (text) lines.push(`      ${kleur.cyan(t(label).padEnd(9))} ${text}`)
  }
  lines.push(`      ${kleur.bold(check.message ?? t('failed'))}`)
  detail('expected', check.expected)
  detail('got', check.actual)
  detail('mistake', check.mistake)
  if (check.timeline) {
    const blocks = [
      ...(check.timeline.expected ? [{ title: t('expected'), spans: check.timeline.expected }] : []),
      { title: t('yours'), spans: check.timeline.actual },
    ]
    const chart = renderTimeline(blocks)
    if (chart.length > 0) lines.push(`      ${kleur.cyan(t('timeline'))}  ${kleur.dim(t('virtualTime'))}`, ...chart.map((line) => `        ${line}`))
  }
  for (const problem of check.problems ?? []) detail('problem', problem)
  if (check.output) lines.push(...renderOutput(check.output, t))
  return lines
}

function renderOutput(output: string, t: (word: Word) => string): string[] {
  const printed = output.trimEnd().split('\n').slice(0, 12)
  return [`      ${kleur.cyan(t('printed'))}`, ...printed.map((line) => kleur.dim(`        │ ${line}`))]
}

/** One line per student, for --batch: the details are in each student's JSON report. */
export function renderBatchSummary(results: readonly BatchResult[], out: string, options: TerminalOptions & { lang: Lang }): string {
  kleur.enabled = options.color
  const t = wordsFor(options.lang)
  const rows = results.map(({ student, report }) => ({ student: safeText(student), report: safeReport(report) }))
  const width = Math.max(7, ...rows.map(({ student }) => student.length))
  const lines = [kleur.bold(`${t('student').padEnd(width)}  ${t('score').toLowerCase()}`)]
  for (const { student, report } of rows) {
    const { points, max } = report.score
    const broken = report.exercises.filter((exercise) => exercise.status === 'error').map((exercise) => exercise.id)
    const note = broken.length > 0 ? kleur.red(`  ${t('errorIn')} ${broken.join(', ')}`) : ''
    lines.push(`${student.padEnd(width)}  ${points}/${max} (${percent(points, max)}%)${note}`)
  }
  lines.push('', `${results.length} ${t('batchDone')} ${safeText(out)}`)
  return lines.join('\n')
}

/**
 * Watch mode: what changed in an exercise since its previous grading. Checks that now
 * fail are shown with their feedback; unchanged checks are only counted.
 */
export function renderChanges(before: ExerciseResult | undefined, now: ExerciseResult, options: TerminalOptions & { lang: Lang }): string {
  kleur.enabled = options.color
  const t = wordsFor(options.lang)
  const previous = before && safeExercise(before)
  const current = safeExercise(now)
  const earlier = new Map(previous?.checks.map((check) => [check.id, check]))
  const score = `${previous ? `${previous.points}/${previous.max} → ` : ''}${current.points}/${current.max}`
  const lines = [`${kleur.bold(current.id)}  ${current.points === current.max ? kleur.green(score) : score}`]
  if (current.message) lines.push(`  ${kleur.red(t(current.status === 'missing' ? 'missing' : 'error'))}${t('colon')} ${current.message}`)
  let unchanged = 0
  for (const check of current.checks) {
    const old = earlier.get(check.id)
    const same = old?.status === check.status && old.message === check.message
    if (same) unchanged++
    else if (check.status === 'passed') lines.push(`  ${kleur.green('✓')} ${check.title}  ${kleur.dim(`${check.points}/${check.max}`)}`)
    else if (!current.message) lines.push(...renderCheck(check, t))
  }
  if (unchanged > 0 && previous) lines.push(kleur.dim(`  (${unchanged} ${t('unchanged')})`))
  return lines.join('\n')
}
