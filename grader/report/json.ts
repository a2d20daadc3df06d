// The text of every JSON file the grader writes (--json, --classroom, --gradescope):
// indented, ending with a line break, and well-formed UTF-8 for strict parsers. Writers
// start from a safe report, whose strings already went through safeText; this last pass
// makes sure that no string reaches JSON.stringify with a lone surrogate, which it would
// write as an escape (\ud83d) that strict parsers (serde_json, Go's) refuse.
import { wellFormed } from './safe-text.ts'

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, (_key, field: unknown) => (typeof field === 'string' ? wellFormed(field) : field), 2)}\n`
}
