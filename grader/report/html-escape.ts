// HTML for the pages of --html and the class dashboard, built so that text can never
// become markup: `html` is a tagged template whose every interpolation is escaped unless
// it is itself Markup built the same way. Submission text is therefore data by
// construction, in element and (double-quoted) attribute contexts alike.
//
// On top of safeText (schema.ts's safeReport already capped each field and made it one
// line where the report does), a string interpolated here loses what HTML cannot carry
// cleanly (escape sequences, controls as \xHH, lone surrogates, noncharacters) and has
// the five XML entities escaped. The output is also well-formed XML, so the kit's small
// XML reader can check a page's structure without a browser.
import { sanitize } from './safe-text.ts'

/** Markup we wrote ourselves: interpolated as is. Only `html` and `trusted` make one. */
export class Markup {
  readonly #text: string
  private constructor(text: string) {
    this.#text = text
  }
  static of(text: string): Markup {
    return new Markup(text)
  }
  toString(): string {
    return this.#text
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
/** Noncharacters and the like that XML 1.0 cannot hold (U+FFFE, U+FFFF...). */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu

/**
 * Any value as escaped HTML text. Line breaks are kept (a <pre> shows them, elsewhere they
 * are white space); the cap is the report's, applied before (safeReport, safeText).
 */
export function escapeHtml(value: unknown): string {
  return sanitize(typeof value === 'string' ? value : String(value ?? ''))
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (char) => ENTITIES[char]!)
}

type Piece = Markup | string | number | boolean | null | undefined | readonly Piece[]

function piece(value: Piece): string {
  if (value instanceof Markup) return value.toString()
  if (Array.isArray(value)) return value.map(piece).join('')
  if (value === null || value === undefined || value === false) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0'
  return escapeHtml(value)
}

/** `html\`<p title="${text}">${text}</p>\``: every interpolation escaped, Markup and lists of it kept. */
export function html(strings: TemplateStringsArray, ...values: readonly Piece[]): Markup {
  let text = strings[0]!
  values.forEach((value, index) => {
    text += piece(value) + strings[index + 1]!
  })
  return Markup.of(text)
}

/** Markup from the kit itself (a stylesheet): never pass it submission text. */
export function trusted(text: string): Markup {
  return Markup.of(text)
}

/** A number for an SVG attribute: finite, at most two decimals. */
export function svgNumber(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0'
}
