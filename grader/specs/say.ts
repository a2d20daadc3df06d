// Feedback in the language of the grading: specs write `say({ en: '...', fr: '...' })`.
import { LANG_ENV, isLang, type Lang, type Text } from '../language.ts'

const requested = process.env[LANG_ENV] ?? ''
export const lang: Lang = isLang(requested) ? requested : 'en'

export function say(text: Text): string {
  return text[lang]
}
