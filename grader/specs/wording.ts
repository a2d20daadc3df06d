// Feedback as data: each exercise keeps what its checks say in one table of English and
// French texts (its texts.ts), and the checks read the table in the grading's language.
//
//   const T = wording({
//     nothingMade: { en: 'nothing was made', fr: "rien n'a été préparé" },
//     startedAt: (lane: string, at: number) => ({ en: `${lane} started at t=${at}`, fr: `${lane} a démarré à t=${at}` }),
//   })
//   T.nothingMade        // a string, in the grading's language
//   T.startedAt('toast', 0)
import type { Text } from '../language.ts'
import { say } from './say.ts'

type Entry = Text | ((...args: any[]) => Text)

/** The table as the checks read it: texts become strings, functions return strings. */
export type Said<Table> = {
  readonly [Key in keyof Table]: Table[Key] extends (...args: infer Args) => Text ? (...args: Args) => string : string
}

/** A table of texts, read in the language of the grading each time an entry is read. */
export function wording<Table extends Record<string, Entry>>(table: Table): Said<Table> {
  const said = {}
  for (const [key, entry] of Object.entries(table)) {
    Object.defineProperty(said, key, {
      enumerable: true,
      get:
        typeof entry === 'function'
          ? () =>
              (...args: unknown[]) =>
                say(entry(...args))
          : () => say(entry),
    })
  }
  return said as Said<Table>
}

/** "1 page", "3 pages": `forms` holds the singular and the plural of each language. */
export function count(n: number, forms: Record<keyof Text, [string, string]>): string {
  return say({ en: `${n} ${forms.en[n === 1 ? 0 : 1]}`, fr: `${n} ${forms.fr[n < 2 ? 0 : 1]}` })
}

/** "a, b and c" ("a, b et c"); `or` for "a, b or c" ("a, b ou c"). */
export function listed(items: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (items.length < 2) return items.join('')
  const last = say(joiner === 'and' ? { en: ' and ', fr: ' et ' } : { en: ' or ', fr: ' ou ' })
  return `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`
}
