// How a choice item is judged: the option chosen, recognised by its salted hash (keys.ts), so
// that the grader states no answer. A wrong option is told what it gets wrong, in its own
// text, and where to read.
import { show } from '../../sandbox/plain.ts'
import { fail } from '../feedback.ts'
import type { Run } from '../run.ts'
import { say } from '../say.ts'
import { fingerprint } from './fingerprint.ts'
import { type ChoiceItem, OPTIONS, type Option } from './items.shared.ts'
import { KEYS } from './keys.ts'
import { CHOICE_SECTIONS, OPTION_TEXTS, T } from './texts.ts'

/** The option chosen for `item`, a letter in either case; fails when there is none. */
function chosenOption(item: ChoiceItem, chosen: unknown): Option {
  if (typeof chosen !== 'object' || chosen === null || Array.isArray(chosen))
    fail({ message: T.notATable('choose', show(chosen)), mistake: T.keepTheStubShape })
  const answer = (chosen as Record<string, unknown>)[item]
  if (answer === undefined) fail({ message: T.notAnswered('choose', item, T.missingItem), expected: T.oneLetter, mistake: T.keepTheStubShape })
  if (answer === null || answer === '') fail({ message: T.notAnswered('choose', item, T.noOption), expected: T.oneLetter })
  const option = typeof answer === 'string' ? answer.trim().toLowerCase() : undefined
  if (!OPTIONS.includes(option as Option)) fail({ message: T.notAnOption(item, show(answer)), expected: T.oneLetter, mistake: T.letterNotWords })
  return option as Option
}

/** The option chosen is the one the key's hash names. */
export function judgeChoice(item: ChoiceItem, run: Run<{ chosen: unknown }>): void {
  const option = chosenOption(item, run.resolved('choose').value.chosen)
  if (fingerprint(item, option, KEYS.salt) === KEYS.sha256[item]) return
  const read = T.readSection(CHOICE_SECTIONS[item])
  fail({ message: T.chose(item, option), expected: T.theOptionThatHolds(read), mistake: T.because(say(OPTION_TEXTS[item][option]), read) })
}
