// `--html FILE`: one self-contained page for a submission, what the terminal report says
// laid out for reading: every exercise and check, each failed check's feedback (message,
// expected, got, mistake, problems, what the code printed), and its expected and actual
// timelines drawn as SVG (html-timeline.ts), then what the code did in each scenario.
// It reads a safe report (schema.ts): every text was coerced, capped and made one line
// there; html-escape.ts makes it data in the page.
import { html, type Markup } from './html-escape.ts'
import { htmlPage } from './html-page.ts'
import { svgTimeline } from './html-timeline.ts'
import { htmlWordsFor, timelineWords, type HtmlWord } from './html-words.ts'
import { safeText } from './safe-text.ts'
import { safeReport, type CheckResult, type ExerciseResult, type Report } from './schema.ts'
import { wordsFor, type Word } from './words.ts'

export interface HtmlReportOptions {
  /** Who the page is about (a batch's student); by default the graded folder. */
  student?: string
  /** A link back to the class dashboard, relative to the page. */
  backTo?: string
}

interface Say {
  t: (word: Word) => string
  h: (word: HtmlWord) => string
  report: Report
}

const percent = (points: number, max: number) => (max === 0 ? 100 : Math.floor((100 * points) / max))

export function toHtml(input: Report, options: HtmlReportOptions = {}): string {
  const report = safeReport(input)
  const say: Say = { t: wordsFor(report.lang), h: htmlWordsFor(report.lang), report }
  const { t, h } = say
  const who = options.student === undefined ? report.submission : safeText(options.student)
  const { points, max } = report.score
  const body = html`${options.backTo ? html`<nav><a href="${options.backTo}">← ${h('backToClass')}</a></nav>` : ''}<header><h1>${h('report')}</h1><p class="meta">${h('submission')}${t('colon')} <span class="submission">${who}</span></p><p class="score">${t('score')}${t('colon')} <span class="total">${points}/${max}</span> (${percent(points, max)}%)${report.bonus ? html` · ${t('bonusScore')}${t('colon')} ${report.bonus.points}/${report.bonus.max}` : ''}</p>${integrity(say)}<p class="legend">${h('legend')}</p></header><main>${report.exercises.map((exercise) => exerciseSection(exercise, say))}</main>`
  return htmlPage(report.lang, `${h('report')}${t('colon')} ${who} (${points}/${max})`, body)
}

/** A teacher must see at once if the grader itself was edited. */
function integrity({ report, t }: Say): Markup | string {
  const found = report.integrity
  if (!found?.sealed) return ''
  const changes = [
    ...found.modified.map((file) => `${file} ${t('modified')}`),
    ...found.added.map((file) => `${file} ${t('added')}`),
    ...found.removed.map((file) => `${file} ${t('removed')}`),
  ]
  if (changes.length === 0) return ''
  return html`<div class="warning" role="alert"><p>${t('tampered')}</p><ul>${changes.map((change) => html`<li>${change}</li>`)}</ul></div>`
}

function exerciseSection(exercise: ExerciseResult, say: Say): Markup {
  const { t, h } = say
  const status =
    exercise.status === 'passed'
      ? h('passed')
      : exercise.status === 'partial'
        ? h('partial')
        : t(exercise.status === 'missing' ? 'missing' : exercise.status === 'error' ? 'error' : 'failed')
  const problem = exercise.message
    ? html`<p class="message status-${exercise.status}">${t(exercise.status === 'missing' ? 'missing' : 'error')}${t('colon')} ${exercise.message}</p>`
    : ''
  const scenarios = (exercise.timelines ?? []).flatMap(({ scenario, spans }) => {
    const chart = svgTimeline([{ title: t('yours'), spans }], `${t('timeline')}${t('colon')} ${scenario}`, timelineWords(say.report.lang))
    return chart ? [html`<h3>${t('timeline')}${t('colon')} ${scenario} <span class="dim">${t('virtualTime')}</span></h3>${chart}`] : []
  })
  return html`<section class="exercise ${exercise.status}" id="exercise-${exercise.id}" data-exercise="${exercise.id}"><h2><span>${exercise.id}${exercise.bonus ? ` ${t('bonus')}` : ''} · ${exercise.title}</span><span class="points">${exercise.points}/${exercise.max} · ${status}</span></h2><p class="meta">${exercise.file}</p>${problem}<ul class="checks">${exercise.checks.map((check) => checkItem(check, say))}</ul>${scenarios}</section>`
}

function checkItem(check: CheckResult, say: Say): Markup {
  const { t } = say
  const passed = check.status === 'passed'
  const head = html`<div class="check-title"><span><span class="mark">${passed ? '✓' : '✗'}</span><span class="title">${check.title}</span></span><span class="points">${check.points}/${check.max}</span></div>`
  if (passed) return html`<li class="check passed" data-check="${check.id}">${head}</li>`
  const rows: Array<[Word, string | undefined]> = [
    ['expected', check.expected],
    ['got', check.actual],
    ['mistake', check.mistake],
    ...(check.problems ?? []).map((problem): [Word, string] => ['problem', problem]),
  ]
  const feedback = rows.filter((row): row is [Word, string] => Boolean(row[1]))
  return html`<li class="check failed" data-check="${check.id}">${head}<p class="message">${check.message ?? t('failed')}</p>${feedback.length > 0 ? html`<dl class="feedback">${feedback.map(([label, text]) => html`<dt>${t(label)}</dt><dd class="${label}">${text}</dd>`)}</dl>` : ''}${checkTimeline(check, say)}${check.output ? html`<p class="dim">${t('printed')}</p><pre class="output">${check.output}</pre>` : ''}</li>`
}

function checkTimeline(check: CheckResult, { t, report }: Say): Markup | string {
  if (!check.timeline) return ''
  const blocks = [
    ...(check.timeline.expected ? [{ title: t('expected'), spans: check.timeline.expected }] : []),
    { title: t('yours'), spans: check.timeline.actual },
  ]
  const chart = svgTimeline(blocks, `${t('timeline')}${t('colon')} ${check.title}`, timelineWords(report.lang))
  return chart ? html`<p class="dim">${t('timeline')} ${t('virtualTime')}</p>${chart}` : ''
}
