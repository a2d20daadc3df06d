// The shell every HTML page of the grader shares: one self-contained document, its
// stylesheet inline, no script, no font, no image, nothing fetched. Its Content Security
// Policy allows inline styles only, so that even a text that escaped its escaping could
// run nothing and load nothing; the page reads the same offline, and prints (a print
// stylesheet: no background, no break inside a check or a chart).
import type { Lang } from '../language.ts'
import { html, trusted, type Markup } from './html-escape.ts'

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

const STYLE = `
:root { color-scheme: light; --ink: #1d232b; --dim: #5b6673; --line: #d8dde3; --pass: #17803d; --fail: #c62828; --part: #a56300; --bar: #2f6fd0; --want: #7b8794; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0 auto; max-width: 62rem; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
a { color: var(--bar); }
.meta, .dim { color: var(--dim); }
.score { font-size: 1.1rem; font-weight: 600; }
.warning { border: 2px solid var(--part); padding: .5rem 1rem; }
.exercise { margin-top: 1.75rem; }
.exercise > h2 { display: flex; gap: 1rem; justify-content: space-between; align-items: baseline; }
.points { white-space: nowrap; font-variant-numeric: tabular-nums; }
.exercise.passed > h2 .points, li.check.passed .points, .status-passed { color: var(--pass); }
.exercise.partial > h2 .points, .status-partial { color: var(--part); }
.exercise.failed > h2 .points, .exercise.error > h2 .points, .exercise.missing > h2 .points, li.check.failed .points { color: var(--fail); }
.status-failed, .status-error, .status-missing { color: var(--fail); }
ul.checks { list-style: none; padding: 0; margin: 0; }
li.check { border-left: 4px solid var(--line); padding: .35rem .75rem; margin: .5rem 0; break-inside: avoid; }
li.check.passed { border-color: var(--pass); }
li.check.failed { border-color: var(--fail); background: #fdf5f5; }
.check-title { display: flex; gap: 1rem; justify-content: space-between; }
.mark { font-weight: 700; margin-right: .4rem; }
.passed .mark { color: var(--pass); }
.failed .mark { color: var(--fail); }
dl.feedback { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: .4rem 0; }
dl.feedback dt { color: var(--dim); }
dl.feedback dd { margin: 0; overflow-wrap: anywhere; }
.message { font-weight: 600; margin: .25rem 0; overflow-wrap: anywhere; }
pre.output { background: #f3f5f7; border: 1px solid var(--line); padding: .5rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 24rem; }
figure.timeline { margin: .5rem 0; overflow-x: auto; break-inside: avoid; }
figure.timeline svg { max-width: 100%; height: auto; font: 11px system-ui, sans-serif; }
svg .lane-bg { fill: #f3f5f7; }
svg .span { fill: var(--bar); }
svg .span.open { fill: var(--bar); fill-opacity: .3; stroke: var(--bar); stroke-dasharray: 3 2; }
svg .block-title { font-weight: 700; fill: var(--ink); }
svg .lane-name, svg .tick-label, svg .unit { fill: var(--dim); }
svg .tick { stroke: var(--line); }
svg .block-rule { stroke: var(--line); stroke-dasharray: 2 3; }
svg .bar { fill: var(--bar); }
svg .axis { stroke: var(--dim); }
svg .count { fill: var(--ink); font-weight: 600; }
.legend { color: var(--dim); font-size: .85rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
th { font-weight: 600; white-space: nowrap; overflow-wrap: normal; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.rate { display: inline-block; height: .6rem; background: var(--bar); vertical-align: middle; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  li.check.failed, pre.output, svg .lane-bg { background: none; fill: none; }
  pre.output { max-height: none; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
  h2 { break-after: avoid; }
  .exercise { break-inside: auto; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`

/** The whole document: `title` and `body` are already HTML (html-escape.ts). */
export function htmlPage(lang: Lang, title: string, body: Markup): string {
  return `<!DOCTYPE html>\n${html`<html lang="${lang}"><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="${POLICY}"/><meta name="referrer" content="no-referrer"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="generator" content="async-ts-kit grader"/><title>${title}</title><style>${trusted(STYLE)}</style></head><body>${body}</body></html>`}\n`
}
