// The one output-safety layer. Every text that came from a submission or from a folder
// name (feedback, captured output, problems, timeline labels, paths, student names)
// goes through `safeText` before a writer emits it; `safeReport` (schema.ts) applies it
// to every string of a report, and each writer starts from a safe report. The escapers
// below then add what one format needs on top of that.
//
// safeText(value) returns a string that is, in this order:
// - coerced: a string as is; a number, boolean or bigint with String(); null and
//   undefined as ''; an Error as "name: message"; any other object as its JSON. It never
//   throws, whatever the value (a Proxy, a throwing getter, a cycle).
// - without escape sequences: CSI (ESC [ or U+009B), OSC incl. OSC 8 hyperlinks, DCS, SOS,
//   PM and APC strings up to BEL or ST, two-character escapes, and a lone ESC, removed;
// - without bidi controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C);
// - well formed: a lone surrogate becomes U+FFFD, so every JSON we write is valid UTF-8
//   for strict parsers;
// - visible: a line break (CR LF, CR, LF, VT, FF, NEL, U+2028, U+2029) becomes ⏎ in a
//   line and LF in a block; TAB becomes a space in a line and stays in a block; any other
//   C0 or C1 control, and DEL, becomes the four characters \xHH (BEL is `\x07`);
// - capped: at most `max` code points (2,000 for a line, 4,000 for a block), the last one
//   being … when the text was cut. A surrogate pair or a \xHH is never split.
// safeText(safeText(x)) === safeText(x): applying it again at another boundary is harmless.

/** Code points of a one-line field (message, expected, mistake, a path, a name...). */
export const LINE_LIMIT = 2000
/** Code points of captured output, the only field shown on several lines. */
export const BLOCK_LIMIT = 4000
export const LINE_BREAK = '⏎'
export const ELLIPSIS = '…'

export interface SafeTextOptions {
  /** Keep line breaks (as LF) and tabs: captured output. Otherwise the text is one line. */
  block?: boolean
  /** Code points at most, … included; Infinity for no cap. */
  max?: number
}

const ESCAPE_SEQUENCE = new RegExp(
  [
    // CSI: parameters, intermediates, a final byte.
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]',
    // OSC (hyperlinks, titles, clipboard), DCS, SOS, PM, APC: a string up to BEL or ST.
    // The body stops at any introducer, so that the match stays linear.
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d-\\u009f])[^\\u001b\\u0007\\u0090\\u0098\\u009c-\\u009f]*(?:\\u0007|\\u001b\\\\|\\u009c)',
    // Two-character escapes, with intermediates (ESC ( B); then a lone ESC.
    '\\u001b[ -/]*[0-~]',
    '\\u001b',
  ].join('|'),
  'g',
)
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const LINE_BREAKS = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g
/** After line breaks are handled: the controls left, TAB included (a line) or not (a block). */
const LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f]/
const BLOCK_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

/** Any value as text, never throwing. */
export function toText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value
    case 'undefined':
      return ''
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'symbol':
      return String(value)
    case 'function':
      return '[function]'
  }
  if (value === null) return ''
  try {
    if (value instanceof Error) return `${value.name}: ${value.message}`
    const json = JSON.stringify(value)
    if (typeof json === 'string') return json
  } catch {
    // A cycle, a BigInt inside, a throwing getter or Proxy: try String() below.
  }
  try {
    return String(value)
  } catch {
    return '[unprintable value]'
  }
}

export function safeText(value: unknown, { block = false, max = block ? BLOCK_LIMIT : LINE_LIMIT }: SafeTextOptions = {}): string {
  let text = toText(value)
  const limit = Math.max(1, Math.floor(max) || 1)
  // Work on a bounded prefix: 5 MB of output is cut before any regular expression sees
  // it. Eight times the cap leaves room for the escape sequences removed below.
  let cut = false
  const prefix = limit * 8 + 64
  if (text.length > prefix) {
    const end = /[\ud800-\udbff]/.test(text[prefix - 1]!) ? prefix - 1 : prefix
    text = text.slice(0, end)
    cut = true
  }
  text = text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(BIDI, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(LINE_BREAKS, block ? '\n' : LINE_BREAK)
  if (!block) text = text.replace(/\t/g, ' ')
  return visible(text, block ? BLOCK_CONTROL : LINE_CONTROL, limit, cut)
}

/** Every lone surrogate as U+FFFD: the text encodes to UTF-8 and a strict JSON parser reads it. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd')
}

/** Escapes the controls left as \xHH, and caps the result at `limit` code points, … included. */
function visible(text: string, control: RegExp, limit: number, cut: boolean): string {
  let shown = ''
  let used = 0
  // The length of `shown` when what it held still left room for the ellipsis.
  let fits = 0
  for (const char of text) {
    const piece = control.test(char) ? `\\x${char.codePointAt(0)!.toString(16).padStart(2, '0')}` : char
    used += piece === char ? 1 : piece.length
    if (used > limit) return `${shown.slice(0, fits)}${ELLIPSIS}`
    shown += piece
    if (used <= limit - 1) fits = shown.length
  }
  return cut ? `${shown.slice(0, fits)}${ELLIPSIS}` : shown
}

/** Captured output: several lines, each without controls, 4,000 code points at most. */
export function safeBlock(value: unknown): string {
  return safeText(value, { block: true })
}

/**
 * Text streamed live (`npm run try`): what safeBlock does, without the cap, so that a
 * long run is shown whole.
 */
export function sanitize(text: string): string {
  return safeText(text, { block: true, max: Infinity })
}

// Per-format escaping, on top of safeText.

const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** XML 1.0 text or attribute value: characters XML cannot hold (U+FFFE, U+FFFF...) removed, markup escaped. */
export function xmlEscape(text: string): string {
  return text.replace(XML_INVALID, '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!)
}

const MARKDOWN_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * Markdown (GitHub's step summary), one line, safe in a table cell or a heading:
 * `&`, `<`, `>` as entities (no HTML, no `<!--`), and `\`, `` ` ``, `*`, `_`, `~`, `[`,
 * `]`, `|`, `#`, `$` backslash-escaped (no code span, emphasis, link, cell break, heading
 * or math). A line break is already ⏎: the text cannot leave its row.
 */
export function markdownText(value: unknown): string {
  return safeText(value)
    .replace(/[&<>]/g, (char) => MARKDOWN_ENTITIES[char]!)
    .replace(/[\\`*_~[\]|#$]/g, '\\$&')
}

/** The data of a GitHub workflow command (after `::`), escaped as the runner reads it. */
export function workflowData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property of a GitHub workflow command (`file=`, `title=`). */
export function workflowProperty(text: string): string {
  return workflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * A CSV cell, one safe line. A text a spreadsheet could read as a formula (it starts
 * with `=`, `+`, `-`, `@`, TAB or CR, or with spaces then one of the first four) is
 * neutralised by a leading `'` (OWASP's CSV injection guidance) and quoted; so is a text
 * holding `"`, `,` or `;` (the separator of some locales), with `"` doubled.
 */
export function csvCell(value: unknown): string {
  const text = safeText(value)
  const formula = /^[\t\r]/.test(toText(value)) || /^\s*[=+\-@]/.test(text)
  const cell = formula ? `'${text}` : text
  return formula || /[",;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}
