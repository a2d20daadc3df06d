// The class dashboard of a batch: `index.html` in the batch's output folder, with the
// score distribution (an SVG histogram), the pass rate of every check, the most common
// diagnosed mistakes with how many students made them, and a table of the students, each
// linked to their own page (students/NAME.html, the page of --html). Everything is
// computed from the safe reports (schema.ts) and escaped (html-escape.ts): a student's
// folder name is submission text like any other.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Lang } from '../language.ts'
import { html, svgNumber, type Markup } from './html-escape.ts'
import { percentOf, classStats, type ClassStats } from './html-class-stats.ts'
import { htmlPage } from './html-page.ts'
import { toHtml } from './html-report.ts'
import { htmlWordsFor, type HtmlWord } from './html-words.ts'
import { safeText } from './safe-text.ts'
import { safeReport, type BatchResult, type Report } from './schema.ts'
import { wordsFor, type Word } from './words.ts'

/** Mistakes listed at most: the long tail is in each student's page (and checks.csv). */
const MISTAKE_LIMIT = 25

export interface ClassStudent {
  student: string
  report: Report
  /** The student's page, relative to index.html. */
  href: string
}

interface Say {
  t: (word: Word) => string
  h: (word: HtmlWord) => string
}

/**
 * A file name for each student, unique in the batch and safe on every file system and in
 * a URL: the folder name's letters, digits, `.`, `_` and `-` (others become `_`), a
 * number added when two names end up the same.
 */
export function pageNames(students: readonly string[]): string[] {
  const taken = new Set<string>()
  return students.map((student) => {
    const base =
      safeText(student, { max: 80 })
        .replace(/[^A-Za-z0-9._-]/g, '_')
        .replace(/^\.+/, '_') || 'student'
    let name = base
    for (let index = 2; taken.has(name.toLowerCase()); index++) name = `${base}-${index}`
    taken.add(name.toLowerCase())
    return `${name}.html`
  })
}

/** The dashboard page itself. */
export function toClassDashboard(students: readonly ClassStudent[], lang: Lang): string {
  const say: Say = { t: wordsFor(lang), h: htmlWordsFor(lang) }
  const { t, h } = say
  const stats = classStats(students.map(({ report }) => report))
  const summary = html`<p class="meta"><span class="student-count">${stats.students}</span> ${h('students')} · ${h('mean')} ${svgNumber(stats.mean)}% · ${h('median')} ${svgNumber(stats.median)}%</p>`
  const body = html`<header><h1>${h('dashboard')}</h1>${summary}</header><main><section id="distribution"><h2>${h('distribution')}</h2>${histogram(stats, say)}</section><section id="checks"><h2>${h('passRate')}</h2>${checkRates(stats, say)}</section><section id="mistakes"><h2>${h('commonMistakes')}</h2>${commonMistakes(stats, say)}</section><section id="students"><h2>${h('perStudent')}</h2>${studentTable(students, say)}</section></main>`
  return htmlPage(lang, `${h('dashboard')} (${h('students')}${t('colon')} ${stats.students})`, body)
}

function histogram(stats: ClassStats, { t, h }: Say): Markup {
  const width = 640
  const height = 220
  const left = 36
  const bottom = 30
  const top = 18
  const highest = Math.max(1, ...stats.bins)
  const slot = (width - left) / stats.bins.length
  const bars = stats.bins.map((count, index) => {
    const barHeight = ((height - top - bottom) * count) / highest
    const x = left + index * slot + 4
    const y = height - bottom - barHeight
    const range = index === 9 ? '90-100' : `${index * 10}-${index * 10 + 9}`
    return html`<g class="bin" data-range="${range}" data-count="${count}"><rect class="bar" x="${svgNumber(x)}" y="${svgNumber(y)}" width="${svgNumber(slot - 8)}" height="${svgNumber(barHeight)}"><title>${range}%${t('colon')} ${count}</title></rect>${count > 0 ? html`<text class="count" x="${svgNumber(x + (slot - 8) / 2)}" y="${svgNumber(y - 4)}" text-anchor="middle">${count}</text>` : ''}<text class="tick-label" x="${svgNumber(x + (slot - 8) / 2)}" y="${height - bottom + 16}" text-anchor="middle">${range}</text></g>`
  })
  return html`<figure class="histogram"><svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${h('distribution')}</title><line class="axis" x1="${left}" x2="${width}" y1="${height - bottom}" y2="${height - bottom}"/>${bars}<text class="unit" x="${left - 4}" y="${height - bottom + 16}" text-anchor="end">%</text></svg></figure>`
}

function checkRates(stats: ClassStats, { h }: Say): Markup {
  const rows = stats.checks.map((rate) => {
    const share = rate.total === 0 ? 0 : Math.round((100 * rate.passed) / rate.total)
    return html`<tr data-exercise="${rate.exercise}" data-check="${rate.check}"><td>${rate.exercise}</td><td>${rate.title}</td><td class="number">${rate.passed}/${rate.total}</td><td class="number"><span class="rate" style="width: ${share}px"></span> ${share}%</td></tr>`
  })
  return html`<table class="check-rates"><thead><tr><th>${h('exercise')}</th><th>${h('check')}</th><th class="number">${h('passed')}</th><th class="number">%</th></tr></thead><tbody>${rows}</tbody></table>`
}

function commonMistakes(stats: ClassStats, { t, h }: Say): Markup {
  if (stats.mistakes.length === 0) return html`<p class="dim">${h('noMistakes')}</p>`
  const rows = stats.mistakes
    .slice(0, MISTAKE_LIMIT)
    .map(
      (mistake) =>
        html`<tr><td class="number mistake-count">${mistake.students} ${h('of')} ${stats.students}</td><td>${mistake.exercise}</td><td><span class="mistake">${mistake.mistake}</span><br/><span class="dim">${h('inChecks')} ${mistake.checks.join(' · ')}</span></td></tr>`,
    )
  return html`<table class="mistakes"><thead><tr><th class="number">${h('studentsCount')}</th><th>${h('exercise')}</th><th>${t('mistake')}</th></tr></thead><tbody>${rows}</tbody></table>`
}

function studentTable(students: readonly ClassStudent[], { t, h }: Say): Markup {
  const withBonus = students.some(({ report }) => report.bonus)
  const rows = students.map(({ student, report, href }) => {
    const { points, max } = report.score
    const notes = report.exercises.filter((exercise) => exercise.status === 'error' || exercise.status === 'missing')
    return html`<tr class="student"><td><a href="${href}">${student}</a></td><td class="number">${points}/${max}</td><td class="number">${percentOf(points, max)}%</td>${withBonus ? html`<td class="number">${report.bonus ? `${report.bonus.points}/${report.bonus.max}` : ''}</td>` : ''}<td>${notes.map((exercise) => `${exercise.id}: ${t(exercise.status === 'missing' ? 'missing' : 'error')}`).join(' · ')}</td></tr>`
  })
  return html`<table class="student-table"><thead><tr><th>${t('student')}</th><th class="number">${t('score')}</th><th class="number">%</th>${withBonus ? html`<th class="number">bonus</th>` : ''}<th>${h('notes')}</th></tr></thead><tbody>${rows}</tbody></table>`
}

export interface ClassPagesOptions {
  /** The language of the dashboard; by default the first report's. */
  lang?: Lang
  /**
   * The student's full report for their page, when `results` holds lightened ones (a
   * batch keeps no timelines in memory): read one at a time. Undefined falls back to `results`.
   */
  fullReport?: (student: string) => Promise<Report | undefined>
}

/**
 * Writes the dashboard of a batch: `outDir/index.html`, and each student's page in
 * `outDir/students/`. Returns the paths written, index.html first.
 */
export async function writeClassPages(outDir: string, results: readonly BatchResult[], options: ClassPagesOptions = {}): Promise<string[]> {
  const reports = results.map(({ report }) => safeReport(report))
  const names = pageNames(results.map(({ student }) => student))
  const students = results.map(({ student }, index) => ({ student: safeText(student), report: reports[index]!, href: `students/${names[index]}` }))
  await mkdir(join(outDir, 'students'), { recursive: true })
  // One page at a time: a class of thousands never holds more than one full report.
  const written: string[] = []
  for (const [index, { student, report }] of students.entries()) {
    const full = await options.fullReport?.(results[index]!.student).catch(() => undefined)
    const path = join(outDir, 'students', names[index]!)
    await writeFile(path, toHtml(full ?? report, { student, backTo: '../index.html' }))
    written.push(path)
  }
  const index = join(outDir, 'index.html')
  await writeFile(index, toClassDashboard(students, options.lang ?? reports[0]?.lang ?? 'en'))
  return [index, ...written]
}
