// The kit speaks English and French: the report, the feedback of the checks, the hints.
// `--lang` picks one; otherwise LANG (or LC_ALL, LC_MESSAGES) does, as for any command.

export const LANGS = ['en', 'fr'] as const
export type Lang = (typeof LANGS)[number]

/** A text in every language of the kit. */
export type Text = Record<Lang, string>

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value)
}

export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}
