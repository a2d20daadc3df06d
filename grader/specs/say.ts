// Feedback in the language of the grading: specs write `say({ en: '...', fr: '...' })`.
import { isLang, type Lang, type Text } from '../language.ts'

// Written out (not process.env[LANG_ENV]): in a jail, where there is no environment, the
// world's bundle has this expression replaced by the grading's language (compile.ts).
const requested = process.env.KIT_LANG ?? ''
export const lang: Lang = isLang(requested) ? requested : 'en'

export function say(text: Text): string {
  return text[lang]
}
